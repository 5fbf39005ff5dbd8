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
    System.exit(commandLine().execute(withDefaultCommand(args)));
  }

  /**
   * Options before any command belong to the default command, the console: {@code homey-console --demo} is
   * {@code homey-console repl --demo}. The root's own {@code --help} and {@code --version} stay its own.
   */
  static String[] withDefaultCommand(String[] args) {
    if (args.length == 0 || !args[0].startsWith("-") || ROOT_OPTIONS.contains(args[0])) return args;
    var withRepl = new String[args.length + 1];
    withRepl[0] = "repl";
    System.arraycopy(args, 0, withRepl, 1, args.length);
    return withRepl;
  }

  private static final java.util.Set<String> ROOT_OPTIONS = java.util.Set.of("-h", "--help", "-V", "--version");

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new HomeyConsole());
  }
}
