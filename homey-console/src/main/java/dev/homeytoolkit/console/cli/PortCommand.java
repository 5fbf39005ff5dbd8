package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.console.diff.UnifiedDiff;
import dev.homeytoolkit.console.port.Diagnostic;
import dev.homeytoolkit.console.port.OperationCatalog;
import dev.homeytoolkit.console.port.PortCheck;
import dev.homeytoolkit.console.port.ReportFormat;
import dev.homeytoolkit.console.port.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code homey-console port a.js…}: what in these HomeyScripts will not work, or will differ, here. */
@Command(
    name = "port",
    mixinStandardHelpOptions = true,
    description = {
        "Check HomeyScripts written for the Homey before running them here: syntax, older API spellings, "
            + "operations missing from Web API v3, undefined globals, require, timers, console methods, say, "
            + "app API calls, Flow tags and the global store. Each finding has file:line:column and a fix.",
        "Exit code: 1 when something would stop a script, 0 otherwise (warnings only), 2 on bad input."},
    footer = {"", "Examples:", "  homey-console port scripts/*.js", "  homey-console port --fix lights.js",
        "  homey-console port --json lights.js | jq '.diagnostics[] | .rule'"})
public final class PortCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "HomeyScript files (.js)")
  List<Path> files;

  @Option(names = "--json", description = "print the findings as JSON, for tools")
  boolean json;

  @Option(names = "--fix", description = "rewrite the mechanical cases (older spellings) in place, showing the diff")
  boolean fix;

  @Option(names = "--dry-run", description = "with --fix: show the diff, write nothing")
  boolean dryRun;

  @Override public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    var sources = new LinkedHashMap<String, String>();
    var paths = new LinkedHashMap<String, Path>();
    for (var path : files) {
      try {
        sources.put(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        paths.put(path.toString(), path);
      } catch (NoSuchFileException e) {
        err.println("port: " + path + ": no such file");
        return 2;
      } catch (IOException e) {
        err.println("port: cannot read " + path + ": " + e.getMessage());
        return 2;
      }
    }
    var all = new ArrayList<Diagnostic>();
    try (var check = new PortCheck(OperationCatalog.fromHomeyApi())) {
      for (var entry : sources.entrySet()) {
        var name = entry.getKey();
        var found = check.check(name, entry.getValue());
        if (fix && !dryRun) {
          var fixed = fix(name, paths.get(name), entry.getValue(), found);
          if (fixed == null) return 2;
          if (!fixed.equals(entry.getValue())) {
            entry.setValue(fixed);
            found = check.check(name, fixed); // report what remains
          }
        } else if (fix) {
          fix(name, paths.get(name), entry.getValue(), found);
        }
        all.addAll(found);
      }
    }
    if (json) {
      out.println(ReportFormat.json(all));
    } else {
      boolean colour = System.console() != null && System.console().isTerminal() && System.getenv("NO_COLOR") == null;
      out.print(ReportFormat.text(all, sources, colour));
    }
    out.flush();
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? 1 : 0;
  }

  /**
   * Shows the fixes as a unified diff (to stderr under --json, so stdout stays JSON), then writes them unless
   * --dry-run. Answers the fixed text, or null when it could not be written.
   */
  private String fix(String name, Path path, String source, List<Diagnostic> found) {
    var fixed = PortCheck.applyFixes(source, found);
    if (fixed.equals(source)) return source;
    var stream = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
    stream.print(UnifiedDiff.diff("a/" + name, "b/" + name, source, fixed));
    if (dryRun) {
      stream.println("(--dry-run: " + name + " not written)");
      return fixed;
    }
    try {
      Files.writeString(path, fixed, StandardCharsets.UTF_8);
      stream.println("wrote " + name);
      return fixed;
    } catch (IOException e) {
      spec.commandLine().getErr().println("port: cannot write " + name + ": " + e.getMessage());
      return null;
    }
  }
}
