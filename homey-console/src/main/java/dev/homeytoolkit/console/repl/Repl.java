package dev.homeytoolkit.console.repl;

import dev.homeytoolkit.console.runtime.ScriptRuntime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive console: JavaScript entries evaluated in one long-lived runtime session, shown like Node's REPL.
 * On a terminal it reads with JLine (history per profile, multi-line entries, Tab completion, Ctrl-C); from a pipe
 * it reads entries line by line without prompts and exits 1 when an entry failed.
 *
 * <pre>{@code
 * try (var repl = Repl.builder().runtime(runtime).homeyName("Home").demo(true)
 *     .historyFile(configDir.resolve("history/default")).build()) {
 *   int exit = System.console() != null ? repl.interactive(terminal) : repl.piped(stdin, System.out, System.err);
 * }
 * }</pre>
 */
public final class Repl implements AutoCloseable {

  static final String HELP = """
      .clear   forget every declaration and start a fresh context
      .exit    leave the console (also Ctrl-D, or Ctrl-C twice on an empty line)
      .help    show this list
      .load    .load file.js: evaluate a file as one entry
      .save    .save file.js: write this session's entries to a file
      Press Tab to complete names, Homey.<manager>.<operation> and properties of values.
      Ctrl-C stops a running entry and keeps the session. Entries may use await.""";

  private static final Pattern DOT_COMMAND = Pattern.compile("^\\.([a-z]+)(?:\\s+(.*))?$");
  private static final String RED = "\u001b[31m", GREY = "\u001b[90m", CYAN = "\u001b[36m", RESET = "\u001b[0m";

  private final Evaluator evaluator;
  private final Completeness completeness = new Completeness();
  private final String homeyName;
  private final boolean demo;
  private final Path historyFile;
  private final boolean colors;
  private final List<String> entries = new ArrayList<>();
  private final ScriptOutput scriptOutput;

  private Repl(Builder b) {
    this.evaluator = b.evaluator != null ? b.evaluator
        : new SessionEvaluator(Objects.requireNonNull(b.runtime, "runtime"), b.colors);
    this.homeyName = b.homeyName;
    this.demo = b.demo;
    this.historyFile = b.historyFile;
    this.colors = b.colors;
    this.scriptOutput = b.scriptOutput;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The prompt: the Homey's name, with "demo" on the simulated Homey. */
  String prompt() {
    var text = homeyName + (demo ? " (demo)" : "") + "> ";
    return colors ? CYAN + text + RESET : text;
  }

  /** Reads entries from a terminal until .exit, Ctrl-D or Ctrl-C twice on an empty line. Answers 0. */
  public int interactive(Terminal terminal) throws IOException {
    var builder = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("homey-console")
        .parser(new EntryParser(completeness))
        .completer(new EntryCompleter(evaluator))
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
        .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.INSERT_TAB, false)
        .option(LineReader.Option.AUTO_FRESH_LINE, true);
    if (historyFile != null) {
      Files.createDirectories(historyFile.toAbsolutePath().getParent());
      builder.variable(LineReader.HISTORY_FILE, historyFile);
    }
    var reader = builder.build();
    if (scriptOutput != null) scriptOutput.attach(reader);
    var out = terminal.writer();
    var previous = terminal.handle(Terminal.Signal.INT, signal -> evaluator.interrupt());
    int emptyInterrupts = 0;
    try {
      while (true) {
        String entry;
        try {
          entry = reader.readLine(prompt());
        } catch (UserInterruptException e) {
          if (!e.getPartialLine().isBlank()) {
            emptyInterrupts = 0;
          } else if (++emptyInterrupts >= 2) {
            break;
          } else {
            out.println("(To exit, press Ctrl+C again or Ctrl+D or type .exit)");
          }
          continue;
        } catch (EndOfFileException e) {
          break;
        }
        emptyInterrupts = 0;
        if (entry.isBlank()) continue;
        if (!handle(entry, out, out, true)) break;
        out.flush();
      }
    } finally {
      if (scriptOutput != null) scriptOutput.detach();
      terminal.handle(Terminal.Signal.INT, previous);
      reader.getHistory().save();
      out.flush();
    }
    return 0;
  }

  /**
   * Reads entries from a pipe: lines are gathered until they form a complete entry, which is evaluated; results go
   * to {@code out}, failures to {@code err}. Answers 1 when an entry failed, else 0.
   */
  public int piped(BufferedReader in, PrintStream out, PrintStream err) throws IOException {
    var outWriter = new PrintWriter(out, true);
    var errWriter = new PrintWriter(err, true);
    var pending = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null) {
      if (pending.isEmpty() && line.isBlank()) continue;
      if (pending.isEmpty() && DOT_COMMAND.matcher(line.strip()).matches()) {
        if (!handle(line.strip(), outWriter, errWriter, false)) break;
        continue;
      }
      pending.append(line).append('\n');
      if (completeness.isIncomplete(pending.toString())) continue;
      evaluate(pending.toString().stripTrailing(), outWriter, errWriter, false);
      pending.setLength(0);
    }
    if (!pending.toString().isBlank()) evaluate(pending.toString().stripTrailing(), outWriter, errWriter, false);
    return failures > 0 ? 1 : 0;
  }

  /** Entries and commands that failed in this session (a piped session exits 1 when there is any). */
  private int failures;

  /** One entry or dot command; false when the session should end. */
  private boolean handle(String entry, PrintWriter out, PrintWriter err, boolean interactive) throws IOException {
    var m = DOT_COMMAND.matcher(entry.strip());
    if (!m.matches()) {
      evaluate(entry, out, err, interactive);
      return true;
    }
    var argument = m.group(2) == null ? "" : m.group(2).strip();
    switch (m.group(1)) {
      case "exit" -> {
        return false;
      }
      case "help" -> out.println(HELP);
      case "clear" -> {
        evaluator.reset();
        entries.clear();
        out.println("Clearing context...");
      }
      case "load" -> load(argument, out, err, interactive);
      case "save" -> save(argument, out, err);
      default -> {
        err.println("Invalid REPL keyword: ." + m.group(1) + " (.help lists them)");
        failures++;
      }
    }
    return true;
  }

  private void load(String file, PrintWriter out, PrintWriter err, boolean interactive) {
    if (file.isEmpty()) {
      err.println(".load needs a file: .load script.js");
      failures++;
      return;
    }
    String code;
    try {
      code = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      err.println("Failed to load: " + file + " (" + describe(e) + ")");
      failures++;
      return;
    }
    evaluate(code.stripTrailing(), out, err, interactive);
  }

  private void save(String file, PrintWriter out, PrintWriter err) {
    if (file.isEmpty()) {
      err.println(".save needs a file: .save session.js");
      failures++;
      return;
    }
    try {
      var text = entries.isEmpty() ? "" : String.join("\n", entries) + "\n";
      Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
      out.println("Session saved to: " + file);
    } catch (IOException | RuntimeException e) {
      err.println("Failed to save: " + file + " (" + describe(e) + ")");
      failures++;
    }
  }

  private static String describe(Exception e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : String.valueOf(e.getMessage());
  }

  /** Evaluates and prints like Node: the value, {@code undefined} (interactive only), or "Uncaught" and the error. */
  private void evaluate(String code, PrintWriter out, PrintWriter err, boolean interactive) {
    Evaluator.Result result;
    try {
      result = evaluator.eval(code);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    entries.add(code);
    if (result.success()) {
      if (!result.undefined()) {
        out.println(result.display());
      } else if (interactive) {
        out.println(colors ? GREY + "undefined" + RESET : "undefined");
      }
    } else {
      failures++;
      var text = result.interrupted() ? result.display() : "Uncaught " + result.display();
      err.println(colors ? RED + text + RESET : text);
    }
    out.flush();
    err.flush();
  }

  @Override public void close() {
    evaluator.close();
    completeness.close();
  }

  public static final class Builder {
    private Evaluator evaluator;
    private ScriptRuntime runtime;
    private String homeyName = "homey";
    private boolean demo;
    private Path historyFile;
    private boolean colors;
    private ScriptOutput scriptOutput;

    private Builder() {}

    /**
     * The stream the runtime's {@code out} writes to, so that script output arriving while the prompt waits is
     * printed above it instead of through the line being typed.
     */
    public Builder scriptOutput(ScriptOutput output) {
      this.scriptOutput = output;
      return this;
    }

    /** The runtime whose session evaluates entries: the same sandbox and globals as {@code run}. */
    public Builder runtime(ScriptRuntime runtime) {
      this.runtime = runtime;
      return this;
    }

    Builder evaluator(Evaluator evaluator) {
      this.evaluator = evaluator;
      return this;
    }

    public Builder homeyName(String name) {
      this.homeyName = name;
      return this;
    }

    /** On the simulated Homey: the prompt says so. */
    public Builder demo(boolean demo) {
      this.demo = demo;
      return this;
    }

    /** Where entries are remembered across sessions (one file per profile); none keeps them in memory only. */
    public Builder historyFile(Path file) {
      this.historyFile = file;
      return this;
    }

    /** ANSI colours in results and prompt: on a terminal, unless NO_COLOR is set. */
    public Builder colors(boolean colors) {
      this.colors = colors;
      return this;
    }

    public Repl build() {
      return new Repl(this);
    }
  }
}
