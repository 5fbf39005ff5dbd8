package dev.homeytoolkit.console.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * A long-lived script context for the REPL: one sandbox with the same globals as {@code run}, where each entry sees
 * what earlier ones declared ({@code let} and {@code const} too), top-level {@code await} works, a Promise result is
 * awaited, and Ctrl-C ({@link #interrupt()}) stops the current entry but keeps the session.
 *
 * <p>The context lives on its own thread, which keeps serving timers and HTTP answers between entries.
 */
public final class Session implements AutoCloseable {
  /**
   * The outcome of one entry.
   *
   * @param success whether it completed without throwing (or its promise fulfilled)
   * @param display the result shown like Node's REPL ({@code util.inspect}), or the error's stack on failure
   * @param undefined whether the result is {@code undefined} (a REPL may print nothing, or {@code undefined})
   * @param interrupted whether {@link #interrupt()} stopped it
   */
  public record Evaluation(boolean success, String display, boolean undefined, boolean interrupted) {}

  /**
   * Completion candidates for the end of an input line.
   *
   * @param from where, in the line, the text that a candidate replaces begins
   * @param candidates full replacements for the text from {@code from} to the end of the line
   */
  public record Completions(int from, List<String> candidates) {}

  private static final Pattern AWAIT = Pattern.compile("\\bawait\\b");
  private static final Pattern DECLARATION =
      Pattern.compile("(?m)(^|;)(\\s*)(?:let|const|var)\\s+([A-Za-z_$][\\w$]*)\\s*=");
  private static final Pattern DECLARED_NAME =
      Pattern.compile("(?m)(?:^|;)\\s*(?:let|const|var|function\\*?|class|async\\s+function)\\s+([A-Za-z_$][\\w$]*)");

  private final ScriptRuntime runtime;
  private final Output output;
  private final Thread thread;
  private final CompletableFuture<ScriptContext> ready = new CompletableFuture<>();
  private final Set<String> declared = ConcurrentHashMap.newKeySet();
  private volatile CompletableFuture<Evaluation> current;
  private volatile boolean colors;
  private int entries;

  Session(ScriptRuntime runtime, Output output, String name) {
    this.runtime = runtime;
    this.output = output;
    var info = new ScriptContext.RunInfo(name + ".js", name, List.of(), null);
    this.thread = Thread.ofPlatform().daemon().name("homey-session").start(() -> {
      ScriptContext sc;
      try {
        sc = new ScriptContext(runtime, output, info);
      } catch (RuntimeException e) {
        ready.completeExceptionally(e);
        return;
      }
      ready.complete(sc);
      try (sc) {
        sc.loop.runForever(e -> {
          var c = current;
          if (c != null && !c.isDone()) c.complete(failure(sc, e));
        });
      } catch (InterruptedException e) {
        // closed
      }
    });
    context();
  }

  private ScriptContext context() {
    try {
      return ready.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the session started", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the session's context failed to start: " + e.getCause().getMessage(), e);
    }
  }

  /** Show results with ANSI colours (a terminal) or without (a pipe, NO_COLOR). */
  public Session colors(boolean colors) {
    this.colors = colors;
    return this;
  }

  /** Evaluates one entry and waits for it (and the Promise it yields) to finish, or for {@link #interrupt()}. */
  public Evaluation eval(String code) throws InterruptedException {
    var sc = context();
    var result = new CompletableFuture<Evaluation>();
    current = result;
    sc.loop.post(() -> start(sc, code, result));
    try {
      return result.get();
    } catch (ExecutionException e) {
      return new Evaluation(false, String.valueOf(e.getCause()), false, false);
    }
  }

  /** Stops the entry now running (a busy loop or an {@code await}); the session stays usable. From any thread. */
  public void interrupt() {
    var c = current;
    if (c == null || c.isDone()) return;
    c.complete(new Evaluation(false, "Error: interrupted (Ctrl-C)", false, true));
    try {
      context().context.interrupt(Duration.ofSeconds(5));
    } catch (TimeoutException | RuntimeException e) {
      // nothing was running, or it did not stop in time: the entry is abandoned either way
    }
  }

  /** Names and properties that could complete {@code line}, e.g. {@code Homey.dev} or {@code devices['}. */
  public Completions complete(String line) {
    var sc = context();
    var result = new CompletableFuture<Completions>();
    sc.loop.post(() -> {
      try {
        result.complete(completeOnLoop(sc, line));
      } catch (RuntimeException e) {
        result.complete(new Completions(line.length(), List.of()));
      }
    });
    try {
      return result.get(500, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // busy running an entry: no completion rather than a hang
    }
    return new Completions(line.length(), List.of());
  }

  @Override public void close() {
    var sc = ready.getNow(null);
    if (sc != null) sc.loop.close();
    thread.interrupt();
  }

  // ---- on the session thread -----------------------------------------------------------------------------------

  private void start(ScriptContext sc, String code, CompletableFuture<Evaluation> result) {
    if (result.isDone()) return;
    try {
      var matcher = DECLARED_NAME.matcher(code);
      while (matcher.find()) declared.add(matcher.group(1));
      Value value = evaluate(sc, code);
      if (isThenable(value)) {
        sc.settle(value, (ProxyExecutable) a -> {
          if (!result.isDone()) result.complete(success(sc, a[0]));
          return null;
        }, (ProxyExecutable) a -> {
          if (!result.isDone()) result.complete(new Evaluation(false, sc.failed(a[0])[0], false, false));
          return null;
        });
      } else {
        result.complete(success(sc, value));
      }
    } catch (PolyglotException e) {
      if (e.isInterrupted() || e.isCancelled()) {
        result.complete(new Evaluation(false, "Error: interrupted (Ctrl-C)", false, true));
      } else {
        result.complete(failure(sc, e));
      }
    } catch (RuntimeException e) {
      result.complete(failure(sc, e));
    }
  }

  private Value evaluate(ScriptContext sc, String code) {
    String name = "repl" + (++entries) + ".js";
    if (!AWAIT.matcher(code).find()) {
      return sc.context.eval(Source.newBuilder("js", code, name).buildLiteral());
    }
    // Top-level await: only an async function allows it. Try the entry as one expression first (its value is the
    // result), then as statements whose top-level declarations become globals so later entries still see them.
    String trimmed = code.strip().replaceAll(";+$", "");
    var asExpression = Source.newBuilder("js", "(async () => { return (" + trimmed + "\n) })()", name).buildLiteral();
    if (parses(sc, asExpression)) return sc.context.eval(asExpression);
    String body = DECLARATION.matcher(code).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + m.group(3) + " ="));
    String stripped = body.strip().replaceAll(";+$", "");
    int split = lastStatementStart(stripped);
    String last = stripped.substring(split).strip();
    if (!last.isEmpty() && !STATEMENT_KEYWORD.matcher(last).lookingAt()) {
      var withResult = Source.newBuilder("js",
          "(async () => {" + stripped.substring(0, split) + "\nreturn (" + last + "\n) })()", name).buildLiteral();
      if (parses(sc, withResult)) return sc.context.eval(withResult);
    }
    return sc.context.eval(Source.newBuilder("js", "(async () => {" + body + "\n})()", name).buildLiteral());
  }

  private static final Pattern STATEMENT_KEYWORD = Pattern.compile(
      "(let|const|var|if|for|while|do|return|throw|function|class|try|switch|import|export|break|continue)\\b");

  /** Where the last top-level statement of {@code code} begins: after its last {@code ;} or line break at depth 0. */
  static int lastStatementStart(String code) {
    int depth = 0;
    int start = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      switch (c) {
        case '\'', '"', '`' -> {
          for (i++; i < code.length() && code.charAt(i) != c; i++) if (code.charAt(i) == '\\') i++;
        }
        case '/' -> {
          if (i + 1 < code.length() && code.charAt(i + 1) == '/') {
            while (i < code.length() && code.charAt(i) != '\n') i++;
            if (depth == 0) start = i + 1;
          } else if (i + 1 < code.length() && code.charAt(i + 1) == '*') {
            int end = code.indexOf("*/", i + 2);
            i = end < 0 ? code.length() : end + 1;
          }
        }
        case '(', '[', '{' -> depth++;
        case ')', ']', '}' -> {
          depth = Math.max(0, depth - 1);
          if (depth == 0 && c == '}') start = i + 1;
        }
        case ';', '\n' -> {
          if (depth == 0) start = i + 1;
        }
        default -> { }
      }
    }
    return Math.min(start, code.length());
  }

  private static boolean parses(ScriptContext sc, Source source) {
    try {
      sc.context.parse(source);
      return true;
    } catch (PolyglotException e) {
      return false;
    }
  }

  private static boolean isThenable(Value value) {
    return value != null && value.hasMembers() && value.hasMember("then") && value.getMember("then").canExecute();
  }

  private Evaluation success(ScriptContext sc, Value value) {
    return new Evaluation(true, inspect(sc, value), isUndefined(value), false);
  }

  private static boolean isUndefined(Value value) {
    return value.isNull() && "undefined".equals(value.toString());
  }

  private String inspect(ScriptContext sc, Value value) {
    var util = sc.util();
    if (util == null) return value.toString();
    var options = sc.parseJson("{\"colors\":" + colors + ",\"depth\":2}");
    return util.invokeMember("inspect", value, options).asString();
  }

  private Evaluation failure(ScriptContext sc, RuntimeException e) {
    if (e instanceof PolyglotException pe) {
      if (pe.isGuestException() && !pe.isSyntaxError() && pe.getGuestObject() != null) {
        return new Evaluation(false, sc.failed(pe.getGuestObject())[0], false, false);
      }
      return new Evaluation(false, pe.isSyntaxError() ? ScriptRun.syntaxError(pe) : pe.getMessage(), false, false);
    }
    return new Evaluation(false, "Error: " + e.getMessage(), false, false);
  }

  // ---- completion ----------------------------------------------------------------------------------------------

  private static final String CHAIN = "[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*|\\[(?:'[^']*'|\"[^\"]*\"|\\d+)\\])*";
  private static final Pattern BRACKET = Pattern.compile("(" + CHAIN + ")\\[(['\"])([^'\"]*)$");
  private static final Pattern DOT = Pattern.compile("(" + CHAIN + ")\\.([\\w$]*)$");
  private static final Pattern WORD = Pattern.compile("(?<![\\w$.])([A-Za-z_$][\\w$]*)$");

  private Completions completeOnLoop(ScriptContext sc, String line) {
    Matcher m;
    if ((m = BRACKET.matcher(line)).find()) {
      Value target = chain(sc, m.group(1));
      var out = new TreeSet<String>();
      String quote = m.group(2);
      if (target != null && target.hasMembers()) {
        for (String key : target.getMemberKeys()) {
          if (key.startsWith(m.group(3))) out.add(m.group(1) + "[" + quote + key + quote + "]");
        }
      }
      return new Completions(m.start(1), List.copyOf(out));
    }
    if ((m = DOT.matcher(line)).find()) {
      Value target = chain(sc, m.group(1));
      var out = new TreeSet<String>();
      if (target != null && !target.isNull()) {
        var names = sc.context.eval(Source.newBuilder("js", """
            (o) => {
              const names = new Set();
              for (let p = Object(o); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
                for (const n of Object.getOwnPropertyNames(p)) if (/^[A-Za-z_$][\\w$]*$/.test(n) && n !== 'constructor') names.add(n);
              }
              return [...names];
            }""", "<complete>").cached(true).buildLiteral()).execute(target);
        for (long i = 0; i < names.getArraySize(); i++) {
          String n = names.getArrayElement(i).asString();
          if (n.startsWith(m.group(2))) out.add(m.group(1) + "." + n);
        }
      }
      return new Completions(m.start(1), List.copyOf(out));
    }
    if ((m = WORD.matcher(line)).find()) {
      var out = new TreeSet<String>();
      var names = new ArrayList<String>(declared);
      var globals = sc.context.eval("js", "Object.getOwnPropertyNames(globalThis)");
      for (long i = 0; i < globals.getArraySize(); i++) names.add(globals.getArrayElement(i).asString());
      for (String n : names) if (n.startsWith(m.group(1))) out.add(n);
      return new Completions(m.start(1), List.copyOf(out));
    }
    return new Completions(line.length(), List.of());
  }

  private static Value chain(ScriptContext sc, String expression) {
    try {
      return sc.context.eval(Source.newBuilder("js", expression, "<complete>").buildLiteral());
    } catch (PolyglotException e) {
      return null;
    }
  }
}
