package dev.homeytoolkit.console.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code homey-console} command: the root of every subcommand.
 *
 * <pre>
 * bin/homey-console                 # the interactive console
 * bin/homey-console run a.js        # run saved HomeyScripts
 * bin/homey-console simulator       # serve a simulated Homey
 * </pre>
 */
@Command(
    name = "homey-console",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Script and administer an Athom Homey from a terminal.",
    subcommands = {
        CommandLine.HelpCommand.class,
        LoginCommand.class,
        LogoutCommand.class,
        StatusCommand.class,
        TokenCommand.class,
        HomeysCommand.class,
        SimulatorCommand.class,
        PortCommand.class,
        ReplCommand.class,
        ScriptsCommand.class,
        RunCommand.class,
        TagsCommand.class,
        ApiCommand.class,
    })
public final class HomeyConsole implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * With no command: the interactive console ({@code repl}). A piped session in which an entry failed exits 1, which
   * a Runnable cannot return through picocli, hence the exit here.
   */
  @Override public void run() {
    int exit = spec.commandLine().getSubcommands().get("repl").execute();
    if (exit != 0) System.exit(exit);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new HomeyConsole());
  }
}
