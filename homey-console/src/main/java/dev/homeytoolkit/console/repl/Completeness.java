package dev.homeytoolkit.console.repl;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Decides whether an entry is finished by parsing it (never running it) with GraalJS. It parses as a module, the
 * one kind of source where top-level {@code await} and {@code for await} are legal, and asks for another line when
 * GraalJS flags the syntax error as caused by the source ending too early ({@code if (x) {}, {@code foo(}), or when
 * a template literal or a block comment is still open. Any other syntax error is "complete": evaluating the entry
 * reports it.
 */
final class Completeness implements AutoCloseable {
  private Context context;

  /** True when {@code code} is the beginning of a JavaScript entry that needs more lines. */
  synchronized boolean isIncomplete(String code) {
    if (code.isBlank()) return false;
    if (context == null) {
      context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    }
    try {
      context.parse(Source.newBuilder("js", code, "entry.mjs").mimeType("application/javascript+module")
          .buildLiteral());
      return false;
    } catch (PolyglotException e) {
      if (!e.isSyntaxError()) return false;
      return e.isIncompleteSource() || openTemplate(code) || code.lastIndexOf("/*") > code.lastIndexOf("*/");
    }
  }

  /** An odd number of backticks: a template literal spans lines. */
  private static boolean openTemplate(String code) {
    return code.chars().filter(c -> c == '`').count() % 2 == 1;
  }

  @Override public synchronized void close() {
    if (context != null) context.close();
  }
}
