package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.console.runtime.ScriptRuntime;
import dev.homeytoolkit.console.runtime.StartupTrace;
import java.util.List;
import java.util.Set;
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
    description = "Script and administer an Athom Homey from a terminal.")
public final class HomeyConsole implements Runnable {

  /**
   * Every subcommand, in the order help lists them. They are made on demand ({@link #newCommand}): picocli reads a
   * command's annotations by reflection, and doing that for all of them took ~0.2 s of a cold {@code run} that needs
   * one.
   */
  private static final List<String> COMMANDS = List.of(
      "help", "login", "logout", "status", "token", "homeys", "simulator", "port", "repl", "scripts", "run", "tags",
      "api", "daemon");

  // A switch, not a map of constructor references: lambdas held in a static field crash the JDK 25 AOT cache writer.
  private static Object newCommand(String name) {
    return switch (name) {
      case "help" -> new CommandLine.HelpCommand();
      case "login" -> new LoginCommand();
      case "logout" -> new LogoutCommand();
      case "status" -> new StatusCommand();
      case "token" -> new TokenCommand();
      case "homeys" -> new HomeysCommand();
      case "simulator" -> new SimulatorCommand();
      case "port" -> new PortCommand();
      case "repl" -> new ReplCommand();
      case "scripts" -> new ScriptsCommand();
      case "run" -> new RunCommand();
      case "tags" -> new TagsCommand();
      case "api" -> new ApiCommand();
      case "daemon" -> new DaemonCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /**
   * Whether these arguments run JavaScript ({@code run}, the console, {@code scripts run}): then the JS engine starts
   * loading before picocli, on the other core. Other commands (login, scripts pull…) would only pay for it.
   */
  static boolean runsScripts(String[] args) {
    if (args.length == 0) return true;
    return switch (args[0]) {
      case "run", "repl" -> true;
      case "scripts" -> args.length > 1 && args[1].equals("run");
      default -> false;
    };
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * With no command: the interactive console ({@code repl}). A piped session in which an entry failed exits 1, which
   * a Runnable cannot return through picocli, hence the exit here.
   */
  @Override public void run() {
    var commandLine = spec.commandLine();
    if (!commandLine.getSubcommands().containsKey("repl")) commandLine.addSubcommand("repl", new ReplCommand());
    int exit = commandLine.getSubcommands().get("repl").execute();
    if (exit != 0) exit(exit);
  }

  public static void main(String[] args) {
    StartupTrace.mark("main");
    args = withDefaultCommand(args);
    if (runsScripts(args)) ScriptRuntime.prewarm();
    var commandLine = commandLine(args);
    int exit = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    StartupTrace.mark("exit");
    exit(exit);
  }

  /**
   * Ends the process once what it printed is out. Everything that must outlive a command is written before the
   * command returns (stores are written atomically, with fsync), so the JVM's own shutdown (closing the JS engine,
   * letting HTTP threads wind down: ~0.25 s of every cold run) has nothing left to do for us. The launcher's training
   * run for the start-up cache is the exception: the JVM writes that cache during its normal shutdown.
   */
  private static void exit(int code) {
    System.out.flush();
    System.err.flush();
    if (System.getenv("HOMEY_AOT_TRAINING") != null) System.exit(code);
    Runtime.getRuntime().halt(code);
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

  private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  /** The configured command line with every subcommand, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    var commandLine = new CommandLine(new HomeyConsole());
    for (var name : COMMANDS) commandLine.addSubcommand(name, newCommand(name));
    return commandLine;
  }

  /** The command line for these arguments: just the named subcommand when there is one, else all of them. */
  static CommandLine commandLine(String[] args) {
    if (args.length == 0 || !COMMANDS.contains(args[0]) || args[0].equals("help")) return commandLine();
    var commandLine = new CommandLine(new HomeyConsole());
    commandLine.addSubcommand(args[0], newCommand(args[0]));
    return commandLine;
  }
}
