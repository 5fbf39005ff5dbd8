package dev.homeytoolkit.console.daemon;

import dev.homeytoolkit.auth.store.PrivateFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A resident {@code homey-console}: keeps one JVM with a warm JS engine (and a JIT that has compiled GraalJS's parser)
 * so that {@code bin/homey-console run} answers in a tenth of a second instead of paying for a new JVM every time.
 * The launcher starts it in the background after a cold run and talks to it with plain bash ({@code /dev/tcp}); it
 * stops by itself after an idle period, when its distribution is rebuilt, or when its folder goes away.
 *
 * <p>Protocol, on 127.0.0.1 only. The port, a secret token and the process id are in {@code <dir>/daemon}, a file only
 * its owner can read, so only that user's clients get in. A command takes three connections:
 * <pre>
 * control → "HOMEY-DAEMON 1\n" token "\n" build-id "\n" cwd\0 n\0 NAME=value\0… n\0 arg\0…
 * control ← "OK " session "\n"  (or DENIED, STALE: rebuilt, BUSY: a command is running; the client then runs its own JVM)
 * out     → "OUT " session "\n", then reads the command's stdout to the end
 * err     → "ERR " session "\n", then reads the command's stderr to the end
 * control ← "EXIT " code "\n" once both streams are closed
 * </pre>
 * A client that goes away mid-command (Ctrl-C) ends the daemon, which is the one sure way to stop any script it was
 * running; the next run starts a fresh one.
 */
public final class Daemon implements AutoCloseable {
  static final String HELLO = "HOMEY-DAEMON 1";
  static final String FILE = "daemon";
  static final String STARTING = "starting";

  /** Runs one command; the streams are the client's stdout and stderr. Returns the exit code. */
  @FunctionalInterface
  public interface Handler {
    int handle(Request request, OutputStream out, OutputStream err) throws Exception;
  }

  private final Path dir;
  private final Path buildIdFile;
  private final String buildId;
  private final Duration idle;
  private final Handler handler;
  private final Runnable onClientGone;
  private final String token;
  private final ServerSocket server;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final AtomicBoolean busy = new AtomicBoolean();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile long lastUsed = System.nanoTime();
  private volatile String stopReason;

  private Daemon(Path dir, Path buildIdFile, Duration idle, Handler handler, Runnable onClientGone,
      FileChannel lockChannel, FileLock lock) throws IOException {
    this.dir = dir;
    this.buildIdFile = buildIdFile;
    this.buildId = readBuildId(buildIdFile);
    this.idle = idle;
    this.handler = handler;
    this.onClientGone = onClientGone;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.token = HexFormat.of().formatHex(randomBytes(32));
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  }

  /**
   * Starts serving, or returns empty when another daemon already serves {@code dir}. {@code warmUp} runs before the
   * daemon makes itself known, so clients meanwhile start their own JVM instead of waiting on one busy compiling.
   * {@code onClientGone} runs when a client disconnects mid-command (the command line passes {@code Runtime.halt}).
   */
  public static Optional<Daemon> start(Path dir, Path buildIdFile, Duration idle, Handler handler, Runnable warmUp,
      Runnable onClientGone) throws IOException {
    PrivateFiles.createDirectories(dir);
    var channel = FileChannel.open(dir.resolve(FILE + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock = null; // held by this very process
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    var daemon = new Daemon(dir, buildIdFile, idle, handler, onClientGone, channel, lock);
    // While it warms up, `starting` holds its pid: a launcher then starts no second daemon (it would only find the lock).
    var starting = dir.resolve(STARTING);
    Files.writeString(starting, ProcessHandle.current().pid() + "\n");
    try {
      warmUp.run();
      daemon.lastUsed = System.nanoTime();
      daemon.publish();
    } finally {
      Files.deleteIfExists(starting);
    }
    Thread.ofPlatform().name("homey-daemon-accept").start(daemon::acceptLoop);
    Thread.ofPlatform().daemon().name("homey-daemon-watch").start(daemon::watch);
    return Optional.of(daemon);
  }

  /** Blocks until the daemon stopped; returns why. */
  public String awaitStop() throws InterruptedException {
    stopped.await();
    return stopReason;
  }

  public int port() {
    return server.getLocalPort();
  }

  private void publish() throws IOException {
    var line = port() + " " + token + " " + ProcessHandle.current().pid() + "\n";
    PrivateFiles.writeAtomically(dir.resolve(FILE), line.getBytes(StandardCharsets.US_ASCII));
  }

  /** The daemon's published {@code port token pid} line in {@code dir}, if one is there. */
  public static Optional<String[]> published(Path dir) {
    try {
      var parts = Files.readString(dir.resolve(FILE)).trim().split(" ");
      return parts.length == 3 ? Optional.of(parts) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        var socket = server.accept();
        Thread.ofVirtual().name("homey-daemon-client").start(() -> serve(socket));
      } catch (IOException e) {
        if (!server.isClosed()) stop("accept failed: " + e.getMessage());
      }
    }
  }

  private void serve(Socket socket) {
    boolean keep = false;
    try {
      socket.setSoTimeout(10_000); // a client sends its request at once
      var in = new BufferedInputStream(socket.getInputStream());
      var reader = new Request.FieldReader(in);
      var first = reader.line();
      if (first.equals(HELLO)) {
        control(socket, in, reader);
      } else if (first.startsWith("OUT ") || first.startsWith("ERR ")) {
        // a command's stdout or stderr: the command's own thread writes to it and closes it
        var session = sessions.get(first.substring(4));
        keep = session != null && (first.startsWith("OUT ") ? session.out : session.err).complete(socket);
      }
    } catch (IOException e) {
      // a client that does not speak the protocol: drop it
    } finally {
      if (!keep) closeQuietly(socket);
    }
  }

  /** Handles one command on its control connection, which the caller closes afterwards. */
  private void control(Socket socket, InputStream in, Request.FieldReader reader) throws IOException {
    var reply = socket.getOutputStream();
    var clientToken = reader.line();
    var clientBuild = reader.line();
    if (!MessageDigest.isEqual(clientToken.getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII))) {
      send(reply, "DENIED");
      return;
    }
    // Read the whole request before answering: closing a socket with unread bytes sends a reset, which can reach the
    // client before the answer does and turn a STALE into what looks like a denial.
    var request = Request.read(in);
    if (!clientBuild.equals(buildId)) {
      send(reply, "STALE");
      stop("the distribution was rebuilt");
      return;
    }
    if (!busy.compareAndSet(false, true)) {
      send(reply, "BUSY");
      return;
    }
    var id = HexFormat.of().formatHex(randomBytes(16));
    var session = new Session();
    sessions.put(id, session);
    try {
      send(reply, "OK " + id);
      Socket out;
      Socket err;
      try {
        out = session.out.get(10, TimeUnit.SECONDS);
        err = session.err.get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        return; // the client never attached its streams
      }
      socket.setSoTimeout(0);
      Thread.ofVirtual().start(() -> watchClient(in, session));
      int code;
      try (out; err) {
        var stdout = out.getOutputStream();
        var stderr = err.getOutputStream();
        try {
          code = handler.handle(request, stdout, stderr);
        } catch (Exception e) {
          stderr.write(("homey-console: " + e + "\n").getBytes(StandardCharsets.UTF_8));
          code = 1;
        }
        stdout.flush();
        stderr.flush();
      }
      session.finished = true; // from here on, the client closing the connection is the normal end
      send(reply, "EXIT " + code);
    } finally {
      sessions.remove(id);
      lastUsed = System.nanoTime();
      busy.set(false);
      giveBackMemory();
    }
  }

  /**
   * A command may leave hundreds of MB of garbage (a 5000-device list is ~150 MB of JS objects). Collecting it now, after
   * the client has its answer, keeps that full collection (~0.1 s) out of the next command. (It does not give the
   * memory back to the system: the heap keeps at least its initial size, 1/64 of the machine's memory.)
   */
  private static void giveBackMemory() {
    var runtime = Runtime.getRuntime();
    if (runtime.totalMemory() - runtime.freeMemory() > 64L << 20) System.gc();
  }

  /**
   * The control connection stays open during a command; its end before the command's end is a Ctrl-C. (Not stopped
   * by an interrupt: that would close the socket under a virtual thread; it ends with the connection.)
   */
  private void watchClient(InputStream in, Session session) {
    try {
      in.read();
    } catch (IOException e) {
      // closed: the same as the end of the stream
    }
    if (!session.finished) onClientGone.run();
  }

  /** Stops when idle too long, when the distribution was rebuilt, or when the published file is no longer ours. */
  private void watch() {
    var tick = Duration.ofMillis(Math.min(15_000, Math.max(50, idle.toMillis() / 4)));
    while (stopped.getCount() > 0) {
      try {
        Thread.sleep(tick);
      } catch (InterruptedException e) {
        return;
      }
      if (busy.get()) continue;
      if (System.nanoTime() - lastUsed > idle.toNanos()) {
        stop("idle for " + idle.toMinutes() + " min");
      } else if (!buildId.equals(readBuildIdQuietly())) {
        stop("the distribution was rebuilt");
      } else if (published(dir).map(p -> !p[1].equals(token)).orElse(true)) {
        stop("its file " + dir.resolve(FILE) + " is gone");
      }
    }
  }

  private String readBuildIdQuietly() {
    try {
      return readBuildId(buildIdFile);
    } catch (IOException e) {
      return null;
    }
  }

  private static String readBuildId(Path file) throws IOException {
    return Files.readString(file).trim();
  }

  void stop(String reason) {
    synchronized (this) {
      if (stopped.getCount() == 0) return;
      stopReason = reason;
      closeQuietly(server);
      if (published(dir).map(p -> p[1].equals(token)).orElse(false)) {
        try {
          Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException ignored) {
          // the watch of a next daemon replaces it anyway
        }
      }
      try {
        lock.release();
        lockChannel.close();
      } catch (IOException ignored) {
        // released with the process
      }
      stopped.countDown();
    }
  }

  @Override public void close() {
    stop("closed");
  }

  private static void send(OutputStream out, String line) throws IOException {
    out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private static byte[] randomBytes(int n) {
    var bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // closing anyway
    }
  }

  private static final class Session {
    final CompletableFuture<Socket> out = new CompletableFuture<>();
    final CompletableFuture<Socket> err = new CompletableFuture<>();
    volatile boolean finished;
  }

}
