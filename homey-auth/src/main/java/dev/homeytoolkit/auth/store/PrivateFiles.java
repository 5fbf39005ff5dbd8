package dev.homeytoolkit.auth.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one way homey-toolkit writes its stores (profiles, {@code global.*}, tags): whole files replaced atomically
 * (a temporary file beside the target, flushed to disk, then renamed over it, so a crash never leaves half a file),
 * readable by the owner only, and changed under a lock that holds against other threads and other processes.
 *
 * <pre>
 * PrivateFiles.locked(dir.resolve("tags.json.lock"), () -> {
 *   var text = Files.readString(file);               // read, change, write back: nobody else writes meanwhile
 *   PrivateFiles.writeAtomically(file, changed(text).getBytes(UTF_8));
 *   return null;
 * });
 * </pre>
 */
public final class PrivateFiles {
  private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
  static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private PrivateFiles() {}

  /** What {@link #locked} runs. */
  @FunctionalInterface
  public interface LockedAction<T> {
    T run() throws IOException;
  }

  /**
   * Creates {@code dir} and whichever of its parents are missing, each readable by its owner only, and makes {@code dir}
   * itself owner-only if it was there with wider permissions (it is ours). Folders that were already there above it
   * are left as they are: {@code ~/.config} is not ours. Safe when another process creates the same folders meanwhile.
   */
  public static void createDirectories(Path dir) throws IOException {
    if (!POSIX) {
      Files.createDirectories(dir);
      return;
    }
    createMissing(dir.toAbsolutePath());
    if (!Files.getPosixFilePermissions(dir).equals(OWNER_ONLY_FOLDER)) {
      Files.setPosixFilePermissions(dir, OWNER_ONLY_FOLDER);
    }
  }

  private static void createMissing(Path dir) throws IOException {
    if (Files.isDirectory(dir)) return;
    var parent = dir.getParent();
    if (parent != null) createMissing(parent);
    try {
      Files.createDirectory(dir, ownerOnly(true));
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir)) throw e; // else: made by another process meanwhile
    }
  }

  /** Replaces {@code file} with {@code content} atomically; the file is readable by its owner only. */
  public static void writeAtomically(Path file, byte[] content) throws IOException {
    var name = file.getFileName().toString();
    var tmp = POSIX
        ? Files.createTempFile(file.getParent(), "." + name + "-", ".tmp", ownerOnly(false))
        : Files.createTempFile(file.getParent(), "." + name + "-", ".tmp");
    try {
      try (var channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        var buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) channel.write(buffer);
        channel.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Runs {@code action} holding the lock {@code lockFile} (created, owner-only, if missing): a lock per path inside
   * this JVM, since a file lock is held per process, and the file lock against other processes.
   */
  public static <T> T locked(Path lockFile, LockedAction<T> action) throws IOException {
    var local = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath(), p -> new ReentrantLock());
    local.lock();
    try (var channel = POSIX
        ? FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), ownerOnly(false))
        : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        var ignored = channel.lock()) {
      return action.run();
    } finally {
      local.unlock();
    }
  }

  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

  static FileAttribute<Set<PosixFilePermission>> ownerOnly(boolean folder) {
    return PosixFilePermissions.asFileAttribute(folder ? OWNER_ONLY_FOLDER : PosixFilePermissions.fromString("rw-------"));
  }
}
