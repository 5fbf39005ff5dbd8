package dev.homeytoolkit.console.port;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The static porting check: what in a HomeyScript written for the Homey will not work, or will work differently,
 * when it runs in this console. One instance holds a GraalJS parser; check many files with it, then close it.
 *
 * <pre>{@code
 * try (var check = new PortCheck(OperationCatalog.fromHomeyApi())) {
 *   for (var d : check.check("lights.js", source)) System.out.println(d.location() + " " + d.message());
 * }
 * }</pre>
 */
public final class PortCheck implements AutoCloseable {

  private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
      .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
      .thenComparing(d -> d.rule().id());

  private final OperationCatalog catalog;
  private final SyntaxCheck syntax = new SyntaxCheck();

  public PortCheck(OperationCatalog catalog) {
    this.catalog = catalog;
  }

  /** Every finding in one script, in source order. {@code file} is the name the findings carry. */
  public List<Diagnostic> check(String file, String source) {
    var all = new ArrayList<Diagnostic>();
    syntax.check(file, source).ifPresent(all::add);
    all.addAll(ScriptChecks.run(file, source, catalog));
    all.sort(ORDER);
    return List.copyOf(all);
  }

  /**
   * The script with every mechanical fix applied (older spellings). Overlapping fixes keep the first one; run the
   * check again to see what remains.
   */
  public static String applyFixes(String source, List<Diagnostic> diagnostics) {
    var edits = diagnostics.stream().flatMap(d -> d.fix().stream())
        .sorted(Comparator.comparingInt(Edit::start)).toList();
    var out = new StringBuilder();
    int pos = 0;
    for (var edit : edits) {
      if (edit.start() < pos || edit.end() > source.length()) continue;
      out.append(source, pos, edit.start()).append(edit.replacement());
      pos = edit.end();
    }
    return out.append(source, pos, source.length()).toString();
  }

  @Override public void close() {
    syntax.close();
  }
}
