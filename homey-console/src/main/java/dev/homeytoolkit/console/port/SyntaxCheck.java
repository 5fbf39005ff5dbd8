package dev.homeytoolkit.console.port;

import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Parses scripts with GraalJS the way the Homey runs them: the body inside an async arrow function, so top-level
 * {@code await} and {@code return} are legal. The polyglot API gives no syntax tree, only the first syntax error
 * with its position, which is what this reports. Parsing runs no code.
 */
final class SyntaxCheck implements AutoCloseable {

  /** On the script's first line, so line numbers match the file; columns on line 1 are shifted back. */
  private static final String PREFIX = "(async () => {";
  private static final String SUFFIX = "\n})";

  private final Engine engine;
  private final Context context;

  SyntaxCheck() {
    engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    context = Context.newBuilder("js").engine(engine).build();
  }

  /** The syntax error in {@code source}, if any. */
  Optional<Diagnostic> check(String file, String source) {
    var body = source.startsWith("#!") ? "//" + source.substring(2) : source;
    var wrapped = Source.newBuilder("js", PREFIX + body + SUFFIX, file).buildLiteral();
    try {
      context.parse(wrapped);
      return Optional.empty();
    } catch (PolyglotException e) {
      if (!e.isSyntaxError()) throw e;
      var location = e.getSourceLocation();
      int line = location == null ? 1 : location.getStartLine();
      int column = location == null ? 1 : location.getStartColumn();
      if (line == 1) column = Math.max(1, column - PREFIX.length());
      int lines = (int) source.lines().count();
      var message = message(e);
      if (line > Math.max(lines, 1)) { // the wrapper's closing line: the script ended too early
        line = Math.max(lines, 1);
        column = source.lines().reduce((a, b) -> b).map(String::length).orElse(0) + 1;
        message = "syntax error: the script ends before a {, ( or [ is closed";
      }
      return Optional.of(new Diagnostic(file, line, column, Rule.SYNTAX, message,
          "fix the syntax: GraalJS (like the Homey) cannot run the script", Optional.empty()));
    }
  }

  /** GraalJS prefixes messages with "name:line:column "; keep the words only. */
  private static String message(PolyglotException e) {
    var text = e.getMessage() == null ? "syntax error" : e.getMessage();
    var firstLine = text.lines().findFirst().orElse(text);
    var m = java.util.regex.Pattern.compile("^.*?:\\d+:\\d+ ").matcher(firstLine);
    return "syntax error: " + (m.find() ? firstLine.substring(m.end()) : firstLine);
  }

  @Override public void close() {
    context.close();
    engine.close();
  }
}
