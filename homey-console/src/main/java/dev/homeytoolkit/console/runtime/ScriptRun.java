package dev.homeytoolkit.console.runtime;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One run of one script: wrap it as the hub does, evaluate it, drive the event loop until its promise settled and
 * nothing is pending, enforce the time limit, print the footer.
 */
final class ScriptRun {
  /** The hub's wrapper, on the script's first line so error line numbers match the user's file. */
  static final String WRAPPER_START = "(async () => {";
  static final String WRAPPER_END = "\n})()";

  private final ScriptRuntime runtime;
  private final Script script;
  private final Output output;
  private final ScriptContext.RunInfo info;
  private final Duration limit;

  private volatile boolean timedOut;
  private boolean uncaught;
  private boolean settled;
  private boolean success;
  private String returnsJson;
  private String footerText;

  ScriptRun(ScriptRuntime runtime, Script script, Output output, ScriptContext.RunInfo info, Duration limit) {
    this.runtime = runtime;
    this.script = script;
    this.output = output;
    this.info = info;
    this.limit = limit;
  }

  static Source wrap(Script script) {
    return Source.newBuilder("js", WRAPPER_START + script.code() + WRAPPER_END, script.fileName()).buildLiteral();
  }

  ScriptResult run() {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    ScriptContext sc;
    try {
      sc = new ScriptContext(runtime, output, info);
    } catch (PolyglotException e) {
      return finish(start, false, null, "Error: the runtime's prelude failed: " + e.getMessage());
    }
    var watchdog = runtime.scheduler().schedule(() -> {
      timedOut = true;
      // close(true) waits for the cancelled code to stop: do it off the timer thread.
      Thread.ofVirtual().start(() -> {
        sc.loop.close();
        try {
          sc.context.close(true);
        } catch (RuntimeException ignored) {
          // already closed
        }
      });
    }, limit.toNanos(), TimeUnit.NANOSECONDS);
    try (sc) {
      StartupTrace.mark("context ready");
      Value promise = sc.context.eval(wrap(script));
      ProxyExecutable rejected = a -> {
        if (settled && !success) return null; // the first failure is the one the footer shows
        settled = true;
        success = false;
        var shown = sc.failed(a[0]);
        footerText = shown[0];
        returnsJson = shown[1];
        return null;
      };
      sc.onUncaught(a -> {
        rejected.execute(a);
        uncaught = true;
        sc.loop.close(); // the run ends now, whatever else is pending, as the process would in Node
        return null;
      });
      sc.settle(promise, (ProxyExecutable) a -> {
        if (settled) return null; // an uncaught error came first
        settled = true;
        success = true;
        var shown = sc.returned(a[0]);
        returnsJson = shown[0];
        footerText = shown[1];
        return null;
      }, rejected);
      boolean finished = sc.loop.runUntil(() -> settled, deadline);
      if (uncaught && !timedOut) return finish(start, false, returnsJson, footerText);
      if (!finished || timedOut) return timeout(start);
      return finish(start, success, returnsJson, footerText);
    } catch (PolyglotException e) {
      if (timedOut || e.isCancelled()) return timeout(start);
      if (e.isSyntaxError()) {
        String stack = syntaxError(e);
        return finish(start, false, errorJson(e.getMessage(), stack), stack);
      }
      String stack = e.getMessage();
      return finish(start, false, errorJson(stack, stack), stack);
    } catch (IllegalStateException e) {
      if (timedOut) return timeout(start); // the watchdog closed the context under us
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      String stack = "Error: the run was interrupted";
      return finish(start, false, errorJson("the run was interrupted", stack), stack);
    } finally {
      watchdog.cancel(false);
    }
  }

  private ScriptResult timeout(long start) {
    String message = "Script timed out after " + human(limit) + " (the limit is set with --timeout)";
    String stack = "Error: " + message;
    var result = finish(start, false, errorJson(message, stack), stack);
    return new ScriptResult(false, result.returns(), result.error(), result.output(), true, result.elapsed());
  }

  private ScriptResult finish(long start, boolean ok, String returns, String text) {
    if (runtime.footers()) {
      if (ok) output.print(false, "\n✅ Script Success\n↩️ Returned: " + text + "\n");
      else output.print(true, "\n❌ Script Error\n⚠️ " + text + "\n");
    }
    return new ScriptResult(ok, returns, ok ? null : text, output.captured(), false,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static String errorJson(String message, String stack) {
    return Json.write(w -> {
      w.beginObject();
      w.name("message").value(message);
      w.name("stack").value(stack);
      w.endObject();
    });
  }

  static String human(Duration d) {
    long ms = d.toMillis();
    if (ms % 1000 == 0) return ms / 1000 + " s";
    return ms + " ms";
  }

  /** A syntax error as Node shows it: one {@code SyntaxError:} prefix (GraalJS's message may carry it already). */
  static String syntaxError(PolyglotException e) {
    var message = e.getMessage();
    return message.startsWith("SyntaxError") ? message : "SyntaxError: " + message;
  }
}
