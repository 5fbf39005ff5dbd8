package dev.homeytoolkit.console.port;

import java.util.Optional;

/**
 * One finding of the port check: where (1-based line and column, as editors count), which rule, what is wrong
 * and what to do instead.
 *
 * @param suggestion what to write instead, in words or code
 * @param fix the mechanical rewrite {@code --fix} applies, when there is one
 */
public record Diagnostic(
    String file, int line, int column, Rule rule, String message, String suggestion, Optional<Edit> fix) {

  public Severity severity() {
    return rule.severity();
  }

  /** {@code file:line:column}, the form editors and terminals turn into links. */
  public String location() {
    return file + ":" + line + ":" + column;
  }
}
