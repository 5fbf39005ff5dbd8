package dev.homeytoolkit.console.port;

import dev.homeytoolkit.api.model.Json;
import java.util.List;
import java.util.Map;

/** Renders findings for people (compiler-style, with the source line and a caret) or for tools (JSON). */
public final class ReportFormat {
  private static final String RED = "\u001b[31m", YELLOW = "\u001b[33m", BOLD = "\u001b[1m", DIM = "\u001b[2m",
      RESET = "\u001b[0m";

  private ReportFormat() {}

  /**
   * One block per finding, then a summary line.
   *
   * @param sources each file's text by its name, to quote the offending line
   */
  public static String text(List<Diagnostic> diagnostics, Map<String, String> sources, boolean colour) {
    var out = new StringBuilder();
    for (var d : diagnostics) {
      var severity = d.severity().label();
      if (colour) severity = (d.severity() == Severity.ERROR ? RED : YELLOW) + severity + RESET;
      out.append(colour ? BOLD + d.location() + RESET : d.location()).append(": ").append(severity).append(": ")
          .append(d.message()).append(" [").append(d.rule().id()).append("]\n");
      var source = sources.get(d.file());
      if (source != null) {
        var line = source.lines().skip(d.line() - 1).findFirst().orElse("");
        if (!line.isBlank() && line.length() <= 200) {
          out.append("    ").append(line.replace('\t', ' ')).append('\n')
              .append("    ").append(" ".repeat(Math.max(0, d.column() - 1))).append("^\n");
        }
      }
      out.append("    ").append(colour ? DIM : "").append("fix: ").append(d.suggestion())
          .append(d.fix().isPresent() ? " (--fix does this)" : "").append(colour ? RESET : "").append('\n');
    }
    out.append(summary(diagnostics, sources.size())).append('\n');
    return out.toString();
  }

  static String summary(List<Diagnostic> diagnostics, int files) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.size() - errors;
    long fixable = diagnostics.stream().filter(d -> d.fix().isPresent()).count();
    var text = plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(files, "file");
    if (fixable > 0) text += " (" + fixable + " fixable with --fix)";
    return text + (errors > 0 ? ": the scripts will stop where the errors are." : ".");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** {@code {"errors":n,"warnings":n,"diagnostics":[{file,line,column,severity,rule,message,suggestion,fixable}]}}. */
  public static String json(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    var out = new StringBuilder("{\"errors\":").append(errors)
        .append(",\"warnings\":").append(diagnostics.size() - errors).append(",\"diagnostics\":[");
    for (int i = 0; i < diagnostics.size(); i++) {
      var d = diagnostics.get(i);
      if (i > 0) out.append(',');
      out.append("\n  {\"file\":").append(quote(d.file())).append(",\"line\":").append(d.line())
          .append(",\"column\":").append(d.column()).append(",\"severity\":").append(quote(d.severity().label()))
          .append(",\"rule\":").append(quote(d.rule().id())).append(",\"message\":").append(quote(d.message()))
          .append(",\"suggestion\":").append(quote(d.suggestion())).append(",\"fixable\":")
          .append(d.fix().isPresent()).append('}');
    }
    return out.append(diagnostics.isEmpty() ? "]}" : "\n]}").toString();
  }

  static String quote(String s) {
    return Json.write(s);
  }
}
