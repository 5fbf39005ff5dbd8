package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.console.repl.Repl;
import dev.homeytoolkit.console.repl.ScriptOutput;
import dev.homeytoolkit.console.runtime.store.StateStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code homey-console repl} (also what {@code homey-console} with no command starts): the interactive console on a
 * terminal, or a piped session ({@code echo 'await Homey.zones.getZones()' | homey-console}) that exits 1 when an
 * entry failed.
 */
@Command(
    name = "repl",
    mixinStandardHelpOptions = true,
    description = {
        "Explore your Homey in JavaScript, as in Node's REPL: await, Tab completion, history per profile. "
            + "Type .help inside for the commands. Reads entries from a pipe when stdin is not a terminal, "
            + "and then exits 1 if an entry failed."},
    footer = {"", "Examples:", "  homey-console repl --demo", "  echo 'Object.keys(await Homey.devices.getDevices()).length' | homey-console"})
public final class ReplCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Override public Integer call() throws Exception {
    var console = System.console();
    boolean interactive = console != null && console.isTerminal();
    boolean colors = interactive && System.getenv("NO_COLOR") == null;
    try (var homey = connection.connect()) {
      var profile = connection.stateProfile(homey.demo());
      var state = StateStore.forProfile(connection.configDir(), profile);
      var out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
      var scriptOutput = new ScriptOutput(out);
      var err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
      try (var client = homey.clientBuilder().build();
           var runtime = homey.runtimeBuilder(client).state(state)
               .out(new PrintStream(scriptOutput, true, StandardCharsets.UTF_8)).err(err).footers(false).build();
           var repl = Repl.builder()
               .runtime(runtime)
               .homeyName(homey.homeyName())
               .demo(homey.demo())
               .historyFile(connection.configDir().resolve("history").resolve(profile))
               .colors(colors)
               .scriptOutput(scriptOutput)
               .build()) {
        if (!interactive) {
          var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
          return repl.piped(in, out, err);
        }
        try (var terminal = TerminalBuilder.builder().system(true).build()) {
          return repl.interactive(terminal);
        }
      }
    }
  }
}
