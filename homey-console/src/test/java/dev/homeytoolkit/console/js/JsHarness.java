package dev.homeytoolkit.console.js;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * A plain GraalJS context with the Node-compatible prelude files (util, Buffer, URLSearchParams, fetch) loaded and a
 * fake {@code __host}: {@code print} collects output, {@code http} records each request (as JSON) and answers from a
 * queue of canned replies (or a handler), always as an already settled Promise. No runtime, no network.
 */
final class JsHarness implements AutoCloseable {
  private static final Engine ENGINE = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
  private static final List<Source> PRELUDE = List.of(
      source("js/util.js"), source("js/buffer.js"), source("js/urlsearchparams.js"), source("js/fetch.js"));

  /** One canned answer of the fake host: a response object or a rejection, as JSON. */
  record Reply(boolean ok, String json) {
    static Reply response(int status, String headersJson, String body) {
      return new Reply(true, "{\"status\":" + status + ",\"statusText\":\"\",\"url\":\"\",\"headers\":" + headersJson
          + ",\"bodyText\":" + quote(body) + ",\"bodyBase64\":" + quote(java.util.Base64.getEncoder()
          .encodeToString(body.getBytes(StandardCharsets.UTF_8))) + "}");
    }

    static Reply failure(String type, String code, String message) {
      return new Reply(false, "{\"type\":" + quote(type) + ",\"code\":" + (code == null ? "null" : quote(code))
          + ",\"message\":" + quote(message) + "}");
    }
  }

  final Context context;
  final StringBuilder out = new StringBuilder();
  final StringBuilder err = new StringBuilder();
  /** Each request the prelude sent to the host, as JSON text. */
  final List<String> requests = new ArrayList<>();
  final Deque<Reply> replies = new ArrayDeque<>();
  Function<Value, Reply> handler;

  JsHarness() {
    context = Context.newBuilder("js").engine(ENGINE).option("js.ecmascript-version", "2024").build();
    Value stringify = context.eval("js", "JSON.stringify");
    Value settle = context.eval("js", "(ok, json) => ok ? Promise.resolve(JSON.parse(json)) : Promise.reject(JSON.parse(json))");
    ProxyExecutable print = args -> {
      (args[0].asString().equals("err") ? err : out).append(args[1].asString());
      return null;
    };
    ProxyExecutable http = args -> {
      requests.add(stringify.execute(args[0]).asString());
      Reply reply = handler != null ? handler.apply(args[0]) : replies.poll();
      if (reply == null) fail("the fake host has no reply left for " + stringify.execute(args[0]).asString());
      return settle.execute(reply.ok(), reply.json());
    };
    context.getBindings("js").putMember("__host", ProxyObject.fromMap(Map.of("print", print, "http", http)));
    for (Source s : PRELUDE) context.eval(s);
    context.getBindings("js").removeMember("__host");
  }

  /** Evaluates a plain expression or statements and returns the completion value. */
  Value eval(String code) {
    return context.eval("js", code);
  }

  String evalString(String code) {
    return eval(code).asString();
  }

  /** __util.inspect(value) of a JS expression, with optional options object source. */
  String inspect(String expression) {
    return evalString("__util.inspect(" + expression + ")");
  }

  String inspect(String expression, String options) {
    return evalString("__util.inspect(" + expression + ", " + options + ")");
  }

  String format(String argsSource) {
    return evalString("__util.format(" + argsSource + ")");
  }

  /**
   * Runs {@code body} as the body of an async function (so it may await and return) and returns what it returns;
   * a rejection fails with its inspected error. The fake host settles at once, so everything completes within eval.
   */
  Value run(String body) {
    eval("globalThis.__result = undefined; (async () => {\n" + body + "\n})().then("
        + "v => { globalThis.__result = {ok: true, value: v}; }, "
        + "e => { globalThis.__result = {ok: false, error: e, shown: __util.inspect(e)}; });");
    Value result = context.getBindings("js").getMember("__result");
    if (result == null || result.isNull()) fail("the async body did not settle");
    if (!result.getMember("ok").asBoolean()) fail("the async body failed: " + result.getMember("shown").asString());
    return result.getMember("value");
  }

  /** Runs {@code body} expecting a rejection; returns the rejection value. */
  Value runFailing(String body) {
    eval("globalThis.__result = undefined; (async () => {\n" + body + "\n})().then("
        + "v => { globalThis.__result = {ok: true, value: v}; }, "
        + "e => { globalThis.__result = {ok: false, error: e}; });");
    Value result = context.getBindings("js").getMember("__result");
    if (result == null || result.isNull()) fail("the async body did not settle");
    if (result.getMember("ok").asBoolean()) fail("expected a rejection, got " + result.getMember("value"));
    return result.getMember("error");
  }

  /** The request number {@code i} the host saw, parsed back into a JS object. */
  Value request(int i) {
    return context.eval("js", "(j => JSON.parse(j))").execute(requests.get(i));
  }

  @Override public void close() {
    context.close();
  }

  static String quote(String s) {
    var b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }

  static String resource(String name) {
    try (InputStream in = JsHarness.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Source source(String name) {
    return Source.newBuilder("js", resource(name), name.substring(3)).cached(true).buildLiteral();
  }
}
