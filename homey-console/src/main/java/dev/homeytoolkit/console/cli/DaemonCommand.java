package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.console.batch.Durations;
import dev.homeytoolkit.console.daemon.Daemon;
import dev.homeytoolkit.console.daemon.Request;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code homey-console daemon}: the resident console that makes {@code bin/homey-console run} fast. The launcher starts
 * it in the background after a cold run and hands it later {@code run} commands; see {@link Daemon}.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
    description = {"The background console that makes `run` start at once (bin/homey-console starts it by itself).",
        "It stops after --idle without work, when the toolkit is rebuilt, or with --stop. HOMEY_DAEMON=0 turns it off."})
public final class DaemonCommand implements Callable<Integer> {
  /** Set by bin/homey-console: the distribution folder, whose {@code .built} file names the build. */
  static final String DIST_PROPERTY = "homey.dist";

  @Spec CommandSpec spec;

  @Option(names = "--idle", paramLabel = "DURATION", defaultValue = "15m",
      description = "Stop after this long without a command (default: ${DEFAULT-VALUE}).")
  String idle;

  @Option(names = "--stop", description = "Stop the running daemon, if any, and exit.")
  boolean stop;

  @Override public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    var dist = System.getProperty(DIST_PROPERTY);
    if (dist == null) {
      err.println("homey-console daemon: start it through bin/homey-console (it needs to know the distribution)");
      return 2;
    }
    var dir = Path.of(dist, "daemon");
    if (stop) return stop(dir, out);
    Duration limit;
    try {
      limit = Durations.parse(idle);
    } catch (IllegalArgumentException e) {
      err.println("homey-console daemon: --idle: " + e.getMessage());
      return 2;
    }
    var daemon = Daemon.start(dir, Path.of(dist, ".built"), limit, DaemonCommand::handle, DaemonCommand::warmUp,
        () -> Runtime.getRuntime().halt(130));
    if (daemon.isEmpty()) {
      err.println("homey-console daemon: one is already running for " + dist);
      return 0;
    }
    // `daemon --stop` (and a shutdown) end it with SIGTERM: it still removes its file on the way out.
    Runtime.getRuntime().addShutdownHook(new Thread(daemon.get()::close));
    try (var running = daemon.get()) {
      running.awaitStop();
    }
    return 0;
  }

  private static int stop(Path dir, PrintWriter out) {
    var published = Daemon.published(dir);
    if (published.isEmpty()) {
      out.println("No daemon is running.");
      return 0;
    }
    var process = ProcessHandle.of(Long.parseLong(published.get()[2]));
    if (process.isPresent() && process.get().destroy()) {
      process.get().onExit().join();
      out.println("Stopped the daemon (pid " + published.get()[2] + ").");
    } else {
      out.println("No daemon is running.");
    }
    return 0;
  }

  /**
   * What most runs go through (the HTTP client, the runtime, items, a capability write, lodash), and device lists big
   * enough for the JIT to compile GraalJS's JSON parser and the item code for the shapes a Homey really answers with.
   */
  private static final String WARM_UP_SCRIPT = """
      let listed = 0;
      for (let round = 0; round < 25; round++) {
        const devices = await Homey.devices.getDevices();
        listed += Object.values(devices).filter(d => d.available && d.capabilitiesObj).length;
      }
      const devices = await Homey.devices.getDevices();
      const zones = await Homey.zones.getZones();
      const lamp = Object.values(devices).find(d => d.capabilitiesObj && d.capabilitiesObj.onoff
          && d.capabilitiesObj.onoff.setable);
      if (lamp) await lamp.setCapabilityValue('onoff', lamp.capabilitiesObj.onoff.value);
      log('%d devices in %d zones', Object.keys(devices).length, Object.keys(zones).length);
      return _.size(devices) + listed;
      """;

  /**
   * Devices of the warm-up's simulated Homey (each list ~0.6 MB of JSON). Few devices, many rounds: the JIT needs
   * repetitions, not volume, and a 1000-device warm-up kept ~70 MB more memory resident for the daemon's whole life.
   */
  private static final int WARM_UP_DEVICES = 250;

  /**
   * Before the daemon takes commands: runs {@link #WARM_UP_SCRIPT} against a simulated Homey of its own, in a
   * throw-away config folder, so that a user's first command does not pay for compiling what every run goes through.
   * About 3 s of one core. Measured: a one-call run right after it is as fast as the tenth; the first 5000-device list
   * takes 0.6–0.8 s (with made-up JSON as warm-up, 1–1.7 s; the tenth ~0.25 s: the first also makes the heap take
   * that much memory from the system).
   */
  static void warmUp() {
    warmUp(OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
  }

  /** {@link #warmUp()}, printing to these streams; returns the warm-up run's exit code, or -1 if it could not run. */
  static int warmUp(OutputStream stdout, OutputStream stderr) {
    Path folder = null;
    try (var simulator = HomeySimulator.builder().devices(WARM_UP_DEVICES).start()) {
      folder = Files.createTempDirectory("homey-daemon-warm-up");
      Files.writeString(folder.resolve("warm-up.js"), WARM_UP_SCRIPT);
      var env = Map.of(
          "XDG_CONFIG_HOME", folder.resolve("config").toString(),
          "HOMEY_ADDRESS", simulator.baseUrl(),
          "HOMEY_TOKEN", simulator.apiKey());
      return handle(new Request(folder, env, List.of("run", "--timeout", "2m", "warm-up.js")), stdout, stderr);
    } catch (IOException | RuntimeException e) {
      return -1; // only a head start
    } finally {
      if (folder != null) deleteQuietly(folder);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (var paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder
    }
  }

  /** One command from a client: its environment and folder stand in for this process's. Only {@code run}. */
  static int handle(Request request, OutputStream stdout, OutputStream stderr) {
    var out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    var err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    var args = request.args().toArray(String[]::new);
    if (args.length == 0 || !args[0].equals("run")) {
      err.println("homey-console daemon: only `run` commands are sent here, not " + String.join(" ", args));
      return 2;
    }
    try (var env = ConnectionOptions.overrideEnvironment(request.environment())) {
      var commandLine = HomeyConsole.commandLine(args).setOut(out).setErr(err);
      var run = (RunCommand) commandLine.getSubcommands().get("run").getCommand();
      run.workingDirectory = request.workingDirectory();
      int code = commandLine.execute(args);
      out.flush();
      err.flush();
      return code;
    }
  }
}
