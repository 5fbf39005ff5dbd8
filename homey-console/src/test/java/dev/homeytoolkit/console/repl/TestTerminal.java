package dev.homeytoolkit.console.repl;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * A JLine terminal on pipes, with keys typed in and the screen read back.
 */
final class TestTerminal implements AutoCloseable {
  static final String CTRL_C = "\u0003";
  static final String CTRL_D = "\u0004";
  static final String UP = "\u001bOA"; // xterm in keypad mode, as JLine sets it
  static final String TAB = "\t";
  static final String ENTER = "\r";
  static final String KILL_LINE = "\u0015"; // Ctrl-U

  private final PipedOutputStream keys = new PipedOutputStream();
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final Terminal terminal;
  private int mark;

  TestTerminal() throws IOException {
    var input = new PipedInputStream(keys, 64 * 1024);
    OutputStream output = new OutputStream() {
      @Override public void write(int b) {
        synchronized (screen) {
          screen.write(b);
          screen.notifyAll();
        }
      }

      @Override public void write(byte[] b, int off, int len) {
        synchronized (screen) {
          screen.write(b, off, len);
          screen.notifyAll();
        }
      }
    };
    // ExternalTerminal runs JLine's own line discipline on the streams, so Ctrl-C raises SIGINT in this process
    // (TerminalBuilder would open a real pty, whose SIGINT goes to a process group that is not ours).
    terminal = new ExternalTerminal("test", "xterm", input, output, StandardCharsets.UTF_8);
    terminal.setSize(new Size(160, 50));
  }

  Terminal terminal() {
    return terminal;
  }

  void type(String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** Everything shown since the last {@link #expect}, escape sequences removed. */
  String screenSinceMark() {
    synchronized (screen) {
      return plain(screen.toString(StandardCharsets.UTF_8).substring(mark));
    }
  }

  /** Waits until the screen, since the previous expect, shows {@code text}; then moves the mark past it. */
  String expect(String text) throws InterruptedException {
    return expect(text, Duration.ofSeconds(60));
  }

  String expect(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (screen) {
      while (true) {
        var raw = screen.toString(StandardCharsets.UTF_8);
        var since = plain(raw.substring(mark));
        if (since.contains(text)) {
          mark = endOfFirst(raw, text);
          return since;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) fail("the screen never showed " + quote(text) + "; it shows:\n" + since);
        screen.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /**
   * Where the first showing of {@code text} after the mark ends in the raw screen: the next expect starts there, so
   * what arrived in the same chunk after it (a prompt redrawn below new output, say) is still there to expect.
   */
  private int endOfFirst(String raw, String text) {
    int lo = mark, hi = raw.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (plain(raw.substring(mark, mid)).contains(text)) hi = mid; else lo = mid + 1;
    }
    return lo;
  }

  /** The text without ANSI escape sequences and carriage returns. */
  static String plain(String s) {
    return s.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001b[=>]", "").replace("\r", "");
  }

  private static String quote(String s) {
    return "\"" + s.replace("\u0003", "^C").replace("\t", "\\t").replace("\n", "\\n") + "\"";
  }

  @Override public void close() throws IOException {
    keys.close();
    terminal.close();
  }
}
