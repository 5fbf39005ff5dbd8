package dev.homeytoolkit.console.runtime;

import java.io.PrintStream;

/**
 * Where a run's text goes: forwarded as it is printed to the runtime's streams (when it has them), and kept, in order,
 * for {@link ScriptResult#output()}.
 */
final class Output {
  private final PrintStream out;
  private final PrintStream err;
  private final StringBuilder captured = new StringBuilder();

  Output(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  synchronized void print(boolean toErr, String text) {
    captured.append(text);
    var stream = toErr ? err : out;
    if (stream != null) {
      stream.print(text);
      stream.flush();
    }
  }

  synchronized String captured() {
    return captured.toString();
  }
}
