package dev.homeytoolkit.console.batch;

import dev.homeytoolkit.console.runtime.Script;
import dev.homeytoolkit.console.runtime.ScriptResult;
import dev.homeytoolkit.console.runtime.ScriptRuntime;
import dev.homeytoolkit.console.runtime.store.StateStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs script files in order on one runtime (one engine, so each script after the first starts fast), as
 * {@code homey-console run a.js b.js} does. Each file keeps a stable script id and its last-run time in the state store.
 *
 * <p>Exit codes: {@link #OK} when every script succeeded, {@link #SCRIPT_FAILED} when one failed (the others still
 * run), {@link #USAGE} when a file cannot be read (checked before anything runs).
 */
public final class Batch {
  public static final int OK = 0;
  public static final int SCRIPT_FAILED = 1;
  public static final int USAGE = 2;

  /** A file's script, ready to run. */
  public record Entry(Path file, Script script) {}

  private final ScriptRuntime runtime;
  private final StateStore state;

  public Batch(ScriptRuntime runtime, StateStore state) {
    this.runtime = runtime;
    this.state = state;
  }

  /**
   * Reads every file first, so a typo in the last name fails before the first script changed anything.
   *
   * @throws IllegalArgumentException naming the file and the problem
   */
  public List<Entry> load(List<Path> files, List<String> args, Duration timeout) {
    var entries = new ArrayList<Entry>();
    for (Path file : files) {
      if (!Files.exists(file)) throw new IllegalArgumentException("no such file: " + file);
      if (Files.isDirectory(file)) {
        throw new IllegalArgumentException(file + " is a folder: name the .js files to run (e.g. " + file + "/*.js)");
      }
      String code;
      try {
        code = Files.readString(file, StandardCharsets.UTF_8);
      } catch (MalformedInputException e) {
        throw new IllegalArgumentException(file + " is not UTF-8 text");
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
      }
      String id = state.scriptId(file);
      entries.add(new Entry(file, new Script(file.getFileName().toString(), code, id, args, timeout)));
    }
    return entries;
  }

  /**
   * Runs the entries in order. Scripts print as they go (the runtime's streams); with {@code json}, each script's
   * {@code {success, returns}} is printed to {@code out} as one line of JSON when it ends.
   *
   * @param headers whether to print a line naming each script before it runs (to {@code err}), for several scripts
   */
  public int run(List<Entry> entries, boolean json, boolean headers, PrintWriter out, PrintWriter err) {
    boolean allOk = true;
    for (var entry : entries) {
      if (headers) {
        err.println("── " + entry.file());
        err.flush();
      }
      ScriptResult result = runtime.run(entry.script());
      allOk &= result.success();
      if (json) {
        out.println(result.toJson());
        out.flush();
      }
    }
    return allOk ? OK : SCRIPT_FAILED;
  }
}
