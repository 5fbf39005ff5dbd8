package dev.homeytoolkit.console.repl;

import java.util.List;

/**
 * What the REPL front end needs from the runtime: evaluate an entry, stop it, complete a line, start afresh. The
 * real one is {@link SessionEvaluator} on the runtime's {@code Session}; the seam keeps JLine concerns out of it.
 */
interface Evaluator extends AutoCloseable {

  /**
   * @param display the value shown like Node's REPL, or the error's stack when {@code success} is false
   * @param undefined the value is {@code undefined}
   * @param interrupted Ctrl-C stopped it
   */
  record Result(boolean success, String display, boolean undefined, boolean interrupted) {}

  /** Replacements for {@code line.substring(from)}. */
  record Completions(int from, List<String> candidates) {}

  /** Evaluates one entry, waiting for it and the Promise it yields. */
  Result eval(String code) throws InterruptedException;

  /** Stops the entry now running; called from another thread (the Ctrl-C handler). */
  void interrupt();

  /** Completion candidates for a line, cursor at its end. */
  Completions complete(String line);

  /** Forgets every declaration: a fresh context (.clear). */
  void reset();

  @Override void close();
}
