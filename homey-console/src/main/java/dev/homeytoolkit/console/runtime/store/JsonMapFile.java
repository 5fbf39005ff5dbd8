package dev.homeytoolkit.console.runtime.store;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;

/**
 * A JSON object file of {@code name → any JSON value}, values kept as their raw JSON text so nothing is lost in a
 * round trip. Writes are read-modify-write under a file lock (two processes may run scripts at once), land in a
 * temporary file first and replace the old one by an atomic rename, with owner-only permissions: a crash never leaves
 * half a file, and a second process never loses the first one's change.
 */
final class JsonMapFile {
  private static final Map<Path, ReentrantLock> LOCKS_IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Path file;

  JsonMapFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  Path path() {
    return file;
  }

  /** The current contents (empty when the file does not exist yet). */
  Map<String, String> read() {
    try (BufferedSource source = Okio.buffer(Okio.source(file))) {
      return parse(source);
    } catch (NoSuchFileException e) {
      return new LinkedHashMap<>();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Applies {@code change} to the contents under the lock and writes the result atomically. */
  void update(Consumer<Map<String, String>> change) {
    var jvmLock = LOCKS_IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
    jvmLock.lock();
    try {
      Path dir = file.getParent();
      createPrivateDirectories(dir);
      Path lockFile = dir.resolve(file.getFileName() + ".lock");
      try (var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          var ignored = channel.lock()) {
        var contents = read();
        change.accept(contents);
        write(contents);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      jvmLock.unlock();
    }
  }

  private void write(Map<String, String> contents) throws IOException {
    var buffer = new Buffer();
    try (var writer = JsonWriter.of(buffer)) {
      writer.setIndent("  ");
      writer.beginObject();
      for (var entry : contents.entrySet()) {
        writer.name(entry.getKey());
        // Values are already JSON text (from JSON.stringify or an earlier read): keep them byte for byte.
        try (var sink = writer.valueSink()) {
          sink.writeUtf8(entry.getValue());
        }
      }
      writer.endObject();
    }
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    Files.createFile(temp, ownerOnly());
    Files.write(temp, buffer.readByteArray());
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Map<String, String> parse(BufferedSource source) throws IOException {
    var result = new LinkedHashMap<String, String>();
    if (source.exhausted()) return result;
    var reader = JsonReader.of(source);
    try {
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        try (var value = reader.nextSource()) {
          result.put(name, value.readUtf8());
        }
      }
      reader.endObject();
    } catch (com.squareup.moshi.JsonDataException | com.squareup.moshi.JsonEncodingException e) {
      throw new IllegalStateException(
          file + " is not a JSON object (" + e.getMessage() + "); fix it by hand or delete it to start empty", e);
    }
    return result;
  }

  private static java.nio.file.attribute.FileAttribute<?> ownerOnly() {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  }

  static void createPrivateDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) return;
    Path parent = dir.getParent();
    if (parent != null) createPrivateDirectories(parent);
    try {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (java.nio.file.FileAlreadyExistsException ignored) {
      // created by another process meanwhile
    }
  }
}
