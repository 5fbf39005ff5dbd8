package dev.homeytoolkit.console.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;

/**
 * Where scripts' {@code log} and {@code console.*} text goes in the console. While an entry runs it is written
 * straight through; while the prompt waits for input (a {@code wait(…).then(log)} firing later) each finished line
 * is printed above the prompt, which JLine then redraws with what was being typed.
 */
public final class ScriptOutput extends OutputStream {
  private final PrintStream direct;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private volatile LineReader reader;

  /** @param direct where text goes when no prompt is showing (stdout, or a pipe) */
  public ScriptOutput(PrintStream direct) {
    this.direct = direct;
  }

  void attach(LineReader reader) {
    this.reader = reader;
  }

  void detach() {
    this.reader = null;
  }

  @Override public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override public synchronized void write(byte[] b, int off, int len) {
    var r = reader;
    if (r == null || !r.isReading()) {
      flushPending();
      direct.write(b, off, len);
      return;
    }
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n') {
        r.printAbove(pending.toString(StandardCharsets.UTF_8));
        pending.reset();
      } else {
        pending.write(b[i]);
      }
    }
  }

  @Override public synchronized void flush() {
    var r = reader;
    if (r == null || !r.isReading()) flushPending();
    direct.flush();
  }

  private void flushPending() {
    if (pending.size() > 0) {
      direct.write(pending.toByteArray(), 0, pending.size());
      pending.reset();
    }
  }
}
