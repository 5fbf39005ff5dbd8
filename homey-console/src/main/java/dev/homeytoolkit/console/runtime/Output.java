package dev.homeytoolkit.console.runtime;

import java.util.function.Consumer;

/**
 * Where a run's text goes: forwarded as it is printed to the runtime's streams (when it has them), and kept, in order,
 * for {@link ScriptResult#output()}.
 */
final class Output {
  private final Consumer<String> out;
  private final Consumer<String> err;
  private final StringBuilder captured = new StringBuilder();

  /** Either sink may be null: the text is then only captured. */
  Output(Consumer<String> out, Consumer<String> err) {
    this.out = out;
    this.err = err;
  }

  synchronized void print(boolean toErr, String text) {
    captured.append(text);
    var sink = toErr ? err : out;
    if (sink != null) sink.accept(text);
  }

  synchronized String captured() {
    return captured.toString();
  }
}
