package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.api.HomeyApiException;
import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.console.runtime.Script;
import dev.homeytoolkit.console.runtime.store.StateStore;
import dev.homeytoolkit.console.sync.HomeyScriptApp;
import dev.homeytoolkit.console.sync.HubScript;
import dev.homeytoolkit.console.sync.RunAnswer;
import dev.homeytoolkit.console.sync.RuntimeExecutor;
import dev.homeytoolkit.console.sync.ScriptDiff;
import dev.homeytoolkit.console.sync.ScriptSync;
import dev.homeytoolkit.console.sync.ScriptSyncException;
import dev.homeytoolkit.console.sync.SyncAction;
import dev.homeytoolkit.console.sync.SyncReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code homey-console scripts …}: the hub's HomeyScripts as files in a folder, to keep under git, edit in a real
 * editor, run here and send back. The work is done by {@link ScriptSync}; this class only parses and prints.
 */
@Command(
    name = "scripts",
    mixinStandardHelpOptions = true,
    description = {
        "Keep the HomeyScripts on your Homey in a folder under git: list, pull, push, diff, run.",
        "Needs the HomeyScript app on the Homey, and an API key with the homey.app scope or a cloud login."},
    subcommands = {
        ScriptsCommand.ListScripts.class,
        ScriptsCommand.Pull.class,
        ScriptsCommand.Push.class,
        ScriptsCommand.Diff.class,
        ScriptsCommand.Run.class,
    },
    footer = {"", "A git workflow:",
        "  homey-console scripts pull                 # writes scripts/hub/*.js",
        "  git add scripts/hub && git commit -m 'scripts as on the hub'",
        "  $EDITOR scripts/hub/Lights.js",
        "  homey-console scripts run Lights           # run the edited file here",
        "  homey-console scripts push --dry-run       # what would change on the hub",
        "  homey-console scripts push && git commit -am 'lights: dim at night'"})
public final class ScriptsCommand implements Runnable {
  static final String DEFAULT_DIR = "scripts/hub";

  @Spec CommandSpec spec;

  @Override public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What every subcommand shares: the connection, the folder, error reporting. */
  abstract static class Base implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec CommandSpec spec;
    HomeyClient client;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }

    @Override public final Integer call() {
      try (var homey = connection.connect();
           var client = homey.clientBuilder().build();
           var executor = attachRuntime(homey, client)) {
        this.client = client;
        return work(homey, HomeyScriptApp.over(client));
      } catch (ScriptSyncException e) {
        return fail(e.getMessage());
      } catch (HomeyApiException e) {
        return fail(e.getMessage());
      } catch (IOException e) {
        return fail(e.getMessage() == null ? e.toString() : e.getMessage());
      } finally {
        out().flush();
        err().flush();
      }
    }

    int fail(String message) {
      err().println("homey-console scripts " + spec.name() + ": " + message);
      return 1;
    }

    abstract int work(Connection homey, HomeyScriptApp app) throws IOException;

    /** Something to undo when the command ends. */
    interface Attached extends AutoCloseable {
      @Override void close();
    }

    /** Where scripts run here keep {@code global.*}, tags and last-run times: as {@code homey-console run} does. */
    StateStore state(Connection homey) {
      return StateStore.forProfile(connection.configDir(), connection.stateProfile(homey.demo()));
    }

    /**
     * In demo mode the simulated Homey runs {@code run --remote} scripts with this console's runtime, keeping its
     * state where local runs keep theirs, so the two can be compared.
     */
    Attached attachRuntime(Connection homey, HomeyClient client) {
      var simulator = homey.simulator().orElse(null);
      if (simulator == null) return () -> { };
      var runtime = homey.runtimeBuilder(client).state(state(homey)).footers(false).build();
      simulator.scriptExecutor(new RuntimeExecutor(runtime));
      return runtime::close;
    }
  }

  /** Base of the subcommands that use the scripts folder. */
  abstract static class InFolder extends Base {
    @Option(names = "--dir", paramLabel = "DIR", defaultValue = DEFAULT_DIR,
        description = "the scripts folder (default: ${DEFAULT-VALUE})")
    Path dir;

    ScriptSync sync(Connection homey, HomeyScriptApp app) {
      return new ScriptSync(app, dir, homey.homeyId());
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "The scripts on the hub: name, id, HomeyScript API version, last run.")
  static final class ListScripts extends Base {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override int work(Connection homey, HomeyScriptApp app) throws IOException {
      var scripts = app.scripts();
      var rows = new ArrayList<String[]>();
      rows.add(new String[] {"NAME", "ID", "VERSION", "LAST RUN"});
      for (HubScript s : scripts) {
        rows.add(new String[] {s.name(), s.id(), s.version() == null ? "-" : String.valueOf(s.version()),
            s.lastExecuted() == null ? "never" : WHEN.format(s.lastExecuted().atZone(ZoneId.systemDefault()))});
      }
      printTable(out(), rows);
      if (scripts.isEmpty()) out().println("(no scripts on " + homey.homeyName() + ")");
      return 0;
    }
  }

  @Command(name = "pull", mixinStandardHelpOptions = true,
      description = {"Write the hub's scripts (all, or those named) to DIR as <name>.js, with their ids in "
          + "DIR/.homeyscripts.json.",
          "Files changed here since the last pull are kept unless --force. Exit code 1 when some were kept."})
  static final class Pull extends InFolder {
    @Parameters(paramLabel = "NAME", arity = "0..*", description = "script names, file names or ids (default: all)")
    List<String> names = new ArrayList<>();

    @Option(names = "--force", description = "overwrite local changes with the hub's code")
    boolean force;

    @Override int work(Connection homey, HomeyScriptApp app) throws IOException {
      var report = sync(homey, app).pull(names, force);
      printReport(out(), report, false);
      out().println(totals(report, "pulled from " + homey.homeyName() + " into " + dir));
      return report.refused() ? 1 : 0;
    }
  }

  @Command(name = "push", mixinStandardHelpOptions = true,
      description = {"Send the files in DIR (all, or those named) to the hub: update the scripts they were pulled "
          + "from, create scripts for new files.",
          "Refuses to overwrite a script changed on the hub since the pull unless --force. Exit code 1 when some "
              + "were refused."})
  static final class Push extends InFolder {
    @Parameters(paramLabel = "FILE", arity = "0..*",
        description = "files in DIR, or pulled scripts' names (default: every .js file in DIR)")
    List<String> files = new ArrayList<>();

    @Option(names = "--force", description = "overwrite scripts changed on the hub since the pull")
    boolean force;

    @Option(names = "--dry-run", description = "show what would change, as diffs; send and write nothing")
    boolean dryRun;

    @Override int work(Connection homey, HomeyScriptApp app) throws IOException {
      var report = sync(homey, app).push(files, force, dryRun);
      printReport(out(), report, dryRun);
      out().println(totals(report, (dryRun ? "would be pushed to " : "pushed to ") + homey.homeyName()));
      if (dryRun) out().println("nothing was sent (--dry-run)");
      return report.refused() ? 1 : 0;
    }
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = {"Local files against the hub, as unified diffs (hub → local).",
          "Exit code 0 when they agree, 1 when they differ."})
  static final class Diff extends InFolder {
    @Parameters(paramLabel = "NAME", arity = "0..*", description = "script names, files or ids (default: all)")
    List<String> names = new ArrayList<>();

    @Override int work(Connection homey, HomeyScriptApp app) throws IOException {
      boolean differ = false;
      for (var diff : sync(homey, app).diff(names)) {
        switch (diff.state()) {
          case SAME -> {
          }
          case ONLY_ON_HUB -> out().println("Only on the hub: " + diff.file() + " (`scripts pull` writes it)");
          case ONLY_HERE -> out().println("Only here: " + diff.file() + " (`scripts push` creates it on the hub)");
          case DIFFERENT -> out().print(diff.diff());
        }
        differ |= diff.state() != ScriptDiff.State.SAME;
      }
      return differ ? 1 : 0;
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = {"Run a script: the local file with this console's runtime, or with --remote the hub's copy on "
          + "the hub.", "Prints {success, returns} either way, so the two can be compared. Exit code 1 when the "
          + "script failed."})
  static final class Run extends InFolder {
    @Parameters(paramLabel = "NAME", description = "a script name, a file in DIR, or (with --remote) an id")
    String name;

    @Option(names = "--remote", description = "run the hub's copy on the hub, through the HomeyScript app")
    boolean remote;

    @Option(names = "--arg", paramLabel = "TEXT", description = "the text the script gets as args[0]")
    String arg;

    /**
     * Runs the file with the runtime {@code homey-console run} uses, as the script it was pulled from (its hub name
     * and id in {@code __filename__} and {@code __script_id__}). What the script prints, and the footer, go to
     * stderr; stdout gets only {@code {success, returns}}, exactly as {@code --remote} prints it.
     */
    int runLocal(Connection homey, ScriptSync.LocalScript local, List<String> args) {
      var state = state(homey);
      try (var runtime = homey.runtimeBuilder(client).state(state).out(err()).err(err()).build()) {
        var id = local.id() != null ? local.id() : state.scriptId(local.file());
        var result = runtime.run(new Script(local.name(), local.code(), id, args, null));
        err().flush();
        out().println(new RunAnswer(result.success(), result.returns() == null ? "null" : result.returns()).toJson());
        return result.success() ? 0 : 1;
      }
    }

    @Override int work(Connection homey, HomeyScriptApp app) throws IOException {
      var args = arg == null ? List.<String>of() : List.of(arg);
      var sync = sync(homey, app);
      if (remote) {
        var run = sync.runRemote(name, args);
        out().println(run.toJson());
        return run.success() ? 0 : 1;
      }
      var local = sync.local(name).orElseThrow(() -> new ScriptSyncException("there is no file for '" + name
          + "' in " + dir + "; `scripts pull " + name + "` writes it, or add --remote to run the hub's copy"));
      return runLocal(homey, local, args);
    }
  }

  static void printReport(PrintWriter out, SyncReport report, boolean withDiffs) {
    for (var action : report.actions()) {
      out.println(report.dryRun() ? action.dryRunSummary() : action.summary());
      boolean show = withDiffs && (action.kind() == SyncAction.Kind.ADDED || action.kind() == SyncAction.Kind.UPDATED)
          || action.kind() == SyncAction.Kind.REFUSED;
      if (show && !action.diff().isEmpty()) out.print(action.diff());
    }
  }

  static String totals(SyncReport report, String what) {
    var counts = new EnumMap<SyncAction.Kind, Integer>(SyncAction.Kind.class);
    for (var a : report.actions()) counts.merge(a.kind(), 1, Integer::sum);
    var parts = new ArrayList<String>();
    counts.forEach((kind, n) -> parts.add(n + " " + kind.word()));
    return report.actions().size() + " script" + (report.actions().size() == 1 ? "" : "s") + " " + what
        + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }

  static void printTable(PrintWriter out, List<String[]> rows) {
    var widths = new int[rows.getFirst().length];
    for (var row : rows) for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
    for (var row : rows) {
      var line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) line.append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.println(line);
    }
  }
}
