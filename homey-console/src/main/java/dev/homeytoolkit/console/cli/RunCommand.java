package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.console.batch.Batch;
import dev.homeytoolkit.console.batch.Durations;
import dev.homeytoolkit.console.runtime.ScriptRuntime;
import dev.homeytoolkit.console.runtime.StartupTrace;
import dev.homeytoolkit.console.runtime.store.StateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code homey-console run a.js [b.js …]}: runs saved HomeyScripts from this computer against the Homey (or the
 * simulated one), in order, in one process, as the hub would run them.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run HomeyScript files against the Homey, in order, in one process.",
        "Exit code 0 when every script succeeds, 1 when one fails, 2 for a usage error.",
        "Example: homey-console run scripts/battery-report.js --arg 20"})
public final class RunCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Parameters(arity = "1..*", paramLabel = "FILE.js", description = "The scripts to run, in this order.")
  List<Path> files = new ArrayList<>();

  /** Where relative script paths start: the client's folder when the daemon runs the command; null for this JVM's. */
  Path workingDirectory;

  @Option(names = "--arg", paramLabel = "TEXT",
      description = "A value for the scripts' `args` array (repeat for more); as a Flow card's text argument gives.")
  List<String> args = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s",
      description = "Time limit per script, busy loops included (default: ${DEFAULT-VALUE}); e.g. 500ms, 2m.")
  String timeout;

  @Option(names = "--json", description = "Print each script's {success, returns} as one line of JSON on stdout; "
      + "what the scripts print goes to stderr.")
  boolean json;

  @Option(names = "--athom-hosts", paramLabel = "URL",
      description = "Send requests for accounts.athom.com, api.athom.com and <id>.connect.athom.com to this base "
          + "URL instead (default in demo mode: the simulator).")
  String athomHosts;

  @Override public Integer call() {
    ScriptRuntime.prewarm(); // the JS engine loads while we connect
    StartupTrace.mark("run command");
    var out = connection.mixee.commandLine().getOut();
    var err = connection.err();
    Duration limit;
    try {
      limit = Durations.parse(timeout);
    } catch (IllegalArgumentException e) {
      err.println("homey-console run: --timeout: " + e.getMessage());
      err.flush();
      return Batch.USAGE;
    }
    try (var conn = connection.connect()) {
      StartupTrace.mark("connected");
      var state = StateStore.forProfile(connection.configDir(), connection.stateProfile(conn.demo()));
      var client = conn.clientBuilder().build();
      var builder = conn.runtimeBuilder(client)
          .state(state)
          .defaultTimeout(limit)
          .footers(!json)
          .out(json ? err : out)
          .err(err);
      if (athomHosts != null) builder.athomHosts(athomHosts); // over the simulator's, in demo mode
      try (var runtime = builder.build()) {
        var batch = new Batch(runtime, state);
        List<Batch.Entry> entries;
        try {
          entries = batch.load(workingDirectory == null ? files : files.stream().map(workingDirectory::resolve).toList(),
              args, null);
        } catch (IllegalArgumentException e) {
          err.println("homey-console run: " + e.getMessage());
          err.flush();
          return Batch.USAGE;
        }
        StartupTrace.mark("runtime ready");
        int code = batch.run(entries, json, files.size() > 1 && !json, out, err);
        StartupTrace.mark("scripts done");
        return code;
      } finally {
        client.close();
        StartupTrace.mark("runtime closed");
      }
    } catch (IllegalArgumentException e) {
      err.println("homey-console run: " + e.getMessage());
      err.flush();
      return Batch.USAGE;
    } catch (IOException e) {
      err.println("homey-console run: " + e.getMessage());
      err.flush();
      return Batch.SCRIPT_FAILED;
    }
  }
}
