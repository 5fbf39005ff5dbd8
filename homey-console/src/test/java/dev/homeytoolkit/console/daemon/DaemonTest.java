package dev.homeytoolkit.console.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident console end to end with its real client, bin/lib/daemon-client.bash, as bin/homey-console uses it:
 * what reaches the command, what comes back on which stream, and every way it declines a command.
 */
class DaemonTest {
  static final Path CLIENT = Path.of("..", "bin", "lib", "daemon-client.bash").toAbsolutePath().normalize();

  @TempDir Path tmp;
  Path dir;
  Path buildId;
  final List<Request> received = new CopyOnWriteArrayList<>();
  final CountDownLatch clientGone = new CountDownLatch(1);
  Daemon daemon;

  @BeforeEach void files() throws IOException {
    assertTrue(Files.isRegularFile(CLIENT), "missing " + CLIENT);
    dir = tmp.resolve("dist").resolve("daemon");
    buildId = tmp.resolve("dist").resolve(".built");
    Files.createDirectories(buildId.getParent());
    Files.writeString(buildId, "build-1\n");
  }

  @AfterEach void stop() {
    if (daemon != null) daemon.close();
  }

  Daemon start(Daemon.Handler handler, Duration idle) throws IOException {
    daemon = Daemon.start(dir, buildId, idle, (request, out, err) -> {
      received.add(request);
      return handler.handle(request, out, err);
    }, () -> {}, clientGone::countDown).orElseThrow();
    return daemon;
  }

  /** What the launcher does: source the client, run a command, print what the client decided. */
  record Client(int exit, String out, String err) {}

  Client client(String build, String... args) throws Exception {
    var script = new StringBuilder(". '" + CLIENT + "'\n")
        .append("if homey_daemon_run '").append(dir).append("' '").append(build).append("'");
    for (var arg : args) script.append(" '").append(arg.replace("'", "'\\''")).append("'");
    script.append("; then echo \"code=$homey_daemon_code\" >&2; else echo \"declined=$homey_daemon_state\" >&2; fi\n");
    var outFile = Files.createTempFile(tmp, "out", ".txt");
    var errFile = Files.createTempFile(tmp, "err", ".txt");
    var process = new ProcessBuilder("bash", "-c", script.toString())
        .directory(tmp.toFile())
        .redirectOutput(outFile.toFile())
        .redirectError(errFile.toFile());
    process.environment().put("HOMEY_TEST_VALUE", "two\nlines");
    var p = process.start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the client hung");
    return new Client(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
  }

  @Test void aCommandRunsWithTheClientsFolderEnvironmentAndArgumentsAndAnswersOnBothStreams() throws Exception {
    start((request, out, err) -> {
      out.write(("args=" + request.args() + "\n").getBytes(StandardCharsets.UTF_8));
      err.write("to stderr ✅\n".getBytes(StandardCharsets.UTF_8));
      return 3;
    }, Duration.ofMinutes(1));

    var client = client("build-1", "run", "a b.js", "--arg", "x\ny", "");

    assertEquals("args=[run, a b.js, --arg, x\ny, ]\n", client.out());
    assertTrue(client.err().startsWith("to stderr ✅\n"), client.err());
    assertTrue(client.err().endsWith("code=3\n"), client.err());
    var request = received.getFirst();
    assertEquals(tmp.toRealPath(), request.workingDirectory().toRealPath());
    assertEquals("two\nlines", request.environment().get("HOMEY_TEST_VALUE"));
  }

  @Test void aClientWithoutTheTokenIsDenied() throws Exception {
    start((request, out, err) -> 0, Duration.ofMinutes(1));
    try (var socket = new Socket(InetAddress.getLoopbackAddress(), daemon.port())) {
      socket.getOutputStream().write((Daemon.HELLO + "\nnot-the-token\nbuild-1\n").getBytes(StandardCharsets.US_ASCII));
      var reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertEquals("DENIED\n", reply);
    }
    assertTrue(received.isEmpty());
  }

  @Test void theDaemonsFileIsReadableByItsOwnerOnly() throws Exception {
    start((request, out, err) -> 0, Duration.ofMinutes(1));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("daemon"))));
    var published = Daemon.published(dir).orElseThrow();
    assertEquals(String.valueOf(daemon.port()), published[0]);
    assertEquals(String.valueOf(ProcessHandle.current().pid()), published[2]);
  }

  @Test void aSecondCommandWhileOneRunsIsDeclinedAsBusy() throws Exception {
    var inside = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    start((request, out, err) -> {
      inside.countDown();
      release.await(20, TimeUnit.SECONDS);
      return 0;
    }, Duration.ofMinutes(1));
    var first = new ArrayList<Client>();
    var thread = Thread.ofPlatform().start(() -> {
      try {
        first.add(client("build-1", "run", "slow.js"));
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    assertTrue(inside.await(20, TimeUnit.SECONDS));
    var second = client("build-1", "run", "other.js");
    release.countDown();
    thread.join();
    assertEquals("declined=busy\n", second.err());
    assertEquals("", second.out());
    assertTrue(first.getFirst().err().endsWith("code=0\n"), () -> "first: " + first.getFirst());
  }

  @Test void whileItWarmsUpClientsRunTheirOwnAndStartNoSecondDaemon() throws Exception {
    var release = new CountDownLatch(1);
    var started = new java.util.concurrent.CompletableFuture<Daemon>();
    Thread.ofPlatform().start(() -> {
      try {
        started.complete(Daemon.start(dir, buildId, Duration.ofMinutes(1), (r, out, err) -> 7, () -> {
          try {
            release.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }, () -> {}).orElseThrow());
      } catch (Exception e) {
        started.completeExceptionally(e);
      }
    });
    for (int i = 0; i < 200 && !Files.exists(dir.resolve("starting")); i++) Thread.sleep(25);

    assertEquals("declined=starting\n", client("build-1", "run", "a.js").err());

    release.countDown();
    daemon = started.get(20, TimeUnit.SECONDS);
    assertFalse(Files.exists(dir.resolve("starting")));
    assertEquals("code=7\n", client("build-1", "run", "a.js").err());
  }

  @Test void aClientOfANewerBuildIsTurnedAwayAndTheDaemonStepsDown() throws Exception {
    start((request, out, err) -> 0, Duration.ofMinutes(1));
    var client = client("build-2", "run", "a.js");
    assertEquals("declined=stale\n", client.err());
    assertEquals("the distribution was rebuilt", daemon.awaitStop());
    assertFalse(Files.exists(dir.resolve("daemon")));
    assertTrue(received.isEmpty());
  }

  @Test void withNoDaemonTheClientDeclinesAtOnceAndPrintsNothing() throws Exception {
    var client = client("build-1", "run", "a.js");
    assertEquals("declined=none\n", client.err());
    assertEquals("", client.out());
  }

  @Test void aPortNowUsedByAnotherProgramIsDeclinedNotHungOn() throws Exception {
    try (var other = new java.net.ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual().start(() -> {
        try (var socket = other.accept()) {
          socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ignored) {
          // the test fails on its own
        }
      });
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("daemon"), other.getLocalPort() + " old-token 1\n");
      var client = client("build-1", "run", "a.js");
      assertEquals("declined=denied\n", client.err());
      assertEquals("", client.out());
    }
  }

  @Test void aClientThatGoesAwayMidCommandIsNoticed() throws Exception {
    var inside = new CountDownLatch(1);
    start((request, out, err) -> {
      inside.countDown();
      Thread.sleep(20_000);
      return 0;
    }, Duration.ofMinutes(1));
    var process = new ProcessBuilder("bash", "-c",
        ". '" + CLIENT + "'; homey_daemon_run '" + dir + "' build-1 run loop.js").start();
    assertTrue(inside.await(20, TimeUnit.SECONDS));
    process.destroy(); // SIGTERM, as Ctrl-C would end it
    assertTrue(clientGone.await(20, TimeUnit.SECONDS), "the daemon did not notice the client went away");
  }

  @Test void anIdleDaemonStopsAndRemovesItsFile() throws Exception {
    start((request, out, err) -> 0, Duration.ofMillis(300));
    assertTrue(Files.exists(dir.resolve("daemon")));
    assertEquals("idle for 0 min", daemon.awaitStop());
    assertFalse(Files.exists(dir.resolve("daemon")));
  }

  @Test void oneDaemonPerDistribution() throws Exception {
    start((request, out, err) -> 0, Duration.ofMinutes(1));
    assertTrue(Daemon.start(dir, buildId, Duration.ofMinutes(1), (r, o, e) -> 0, () -> {}, () -> {}).isEmpty());
  }
}
