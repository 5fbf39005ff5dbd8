package dev.homeytoolkit.console.repl;

import dev.homeytoolkit.console.runtime.ScriptRuntime;
import dev.homeytoolkit.console.runtime.Session;

/** The REPL on the runtime's long-lived {@link Session}: the same sandbox, globals and event loop as {@code run}. */
final class SessionEvaluator implements Evaluator {
  private final ScriptRuntime runtime;
  private final boolean colors;
  private volatile Session session;

  SessionEvaluator(ScriptRuntime runtime, boolean colors) {
    this.runtime = runtime;
    this.colors = colors;
    this.session = runtime.newSession().colors(colors);
  }

  @Override public Result eval(String code) throws InterruptedException {
    var e = session.eval(code);
    if (e.success() && isDeclarationOnly(code)) {
      // Node shows a declaration's value as undefined, awaited or not; the session answers the assigned value
      return new Result(true, "undefined", true, false);
    }
    return new Result(e.success(), e.display(), e.undefined(), e.interrupted());
  }

  /**
   * The entry is one {@code const}/{@code let}/{@code var} statement: no second statement after a top-level
   * semicolon or line break (strings, templates and brackets skipped).
   */
  static boolean isDeclarationOnly(String code) {
    var text = code.strip();
    while (text.endsWith(";")) text = text.substring(0, text.length() - 1).strip();
    if (!text.matches("(?s)^(const|let|var)\\s.*")) return false;
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') i++;
        else if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if ((c == ';' || c == '\n') && depth == 0) {
        return false;
      }
    }
    return true;
  }

  @Override public void interrupt() {
    session.interrupt();
  }

  @Override public Completions complete(String line) {
    var c = session.complete(line);
    return new Completions(c.from(), c.candidates());
  }

  @Override public void reset() {
    var old = session;
    session = runtime.newSession().colors(colors);
    old.close();
  }

  @Override public void close() {
    session.close();
  }
}
