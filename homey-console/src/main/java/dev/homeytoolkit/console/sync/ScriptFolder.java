package dev.homeytoolkit.console.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * The folder of {@code .js} files a pull writes and a push reads ({@code scripts/hub} by default). Only files
 * directly inside it count; sub-folders are the user's own business.
 */
final class ScriptFolder {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;

  ScriptFolder(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  /** The {@code .js} files in the folder, sorted by name; none when the folder does not exist yet. */
  List<String> scriptFiles() throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (var files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(name -> FileNames.nameOf(name) != null)
          .map(Manifest::normal)
          .sorted()
          .toList();
    }
  }

  /** The text of {@code file}, or empty when there is no such file. */
  Optional<String> read(String file) throws IOException {
    var path = dir.resolve(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      throw new ScriptSyncException(path + " is not UTF-8 text; save it as UTF-8 (HomeyScript code is UTF-8)");
    }
  }

  void write(String file, String code) throws IOException {
    writeAtomically(dir.resolve(file), code);
  }

  void move(String from, String to) throws IOException {
    Files.move(dir.resolve(from), dir.resolve(to));
  }

  boolean exists(String file) {
    return Files.exists(dir.resolve(file));
  }

  /**
   * Writes through a temporary file in the same folder and renames it into place, so an editor or a crash never
   * sees half a script.
   */
  static void writeAtomically(Path target, String text) throws IOException {
    var parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // Not Files.createTempFile: that makes the file private (0600), and scripts should get the usual permissions.
    var temp = parent.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
