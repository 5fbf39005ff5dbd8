package dev.homeytoolkit.console.runtime;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * One sandboxed JS context with its event loop and the {@code __host} object its prelude talks to. Everything here runs
 * on the loop's thread; other threads only {@linkplain EventLoop#post post} to it.
 */
final class ScriptContext implements AutoCloseable {
  /** What the globals of one run show: {@code args}, {@code __filename__}, {@code __script_id__}, last run. */
  record RunInfo(String filename, String scriptId, List<String> args, Instant lastExecuted) {
    String toJson() {
      return Json.write(w -> {
        w.beginObject();
        w.name("filename").value(filename);
        w.name("scriptId").value(scriptId);
        w.name("lastExecuted").value(lastExecuted == null ? 0 : lastExecuted.toEpochMilli());
        w.name("args").beginArray();
        for (String arg : args) w.value(arg);
        w.endArray();
        w.endObject();
      });
    }
  }

  final ScriptRuntime runtime;
  final Context context;
  final EventLoop loop = new EventLoop();
  final Output output;
  private final Value promiseConstructor;
  private final Value jsonParse;
  private final Value helpers;
  private Value util;
  private ProxyObject host;
  private int loading;
  private ProxyExecutable onUncaught;

  ScriptContext(ScriptRuntime runtime, Output output, RunInfo info) {
    this.runtime = runtime;
    this.output = output;
    this.context = Sandbox.newContext(runtime.engine());
    try {
      var bindings = context.getBindings("js");
      // Captured before any script runs, so a script replacing Promise or JSON cannot fool the host.
      promiseConstructor = bindings.getMember("Promise");
      jsonParse = bindings.getMember("JSON").getMember("parse");
      helpers = context.eval(Prelude.helpers());
      host = hostObject(info);
      bindings.putMember("__host", host);
      for (var source : Prelude.sources()) context.eval(source);
      bindings.removeMember("__host");
    } catch (RuntimeException e) {
      context.close(true);
      throw e;
    }
  }

  /**
   * Evaluates one of the on-demand files (Buffer, URLSearchParams, fetch) the first time a script reads its global.
   * Those files capture {@code __host} while they load, so it is visible on the global object for exactly that long.
   */
  private void load(String name) {
    var source = Prelude.onDemand(name);
    if (source == null) throw new IllegalArgumentException("no such prelude file: " + name);
    var bindings = context.getBindings("js");
    if (loading++ == 0) bindings.putMember("__host", host);
    try {
      context.eval(source);
    } finally {
      if (--loading == 0) bindings.removeMember("__host");
    }
  }

  /**
   * Helper D's {@code __util} (format, inspect), hidden from scripts: loaded on the first print (or REPL result), so a
   * script that prints nothing does not pay for it.
   */
  Value util() {
    if (util == null) {
      load("util.js");
      var bindings = context.getBindings("js");
      util = bindings.getMember("__util");
      bindings.removeMember("__util");
    }
    return util;
  }

  private ProxyObject hostObject(RunInfo info) {
    var http = new HttpBridge(this);
    var homey = new HomeyBridge(this);
    var state = runtime.state();
    Map<String, Object> host = new HashMap<>();
    host.put("print", fn(a -> {
      output.print("err".equals(a[0].asString()), a[1].isString() ? a[1].asString() : a[1].toString());
      return null;
    }));
    host.put("http", fn(a -> http.request(a[0])));
    host.put("httpCancel", fn(a -> {
      http.cancel(a[0].asInt());
      return null;
    }));
    host.put("uncaught", fn(a -> {
      uncaught(a[0]);
      return null;
    }));
    host.put("wait", fn(a -> waitMillis(a[0].asDouble())));
    host.put("runInfo", fn(a -> info.toJson()));
    host.put("lodash", fn(a -> context.eval(Prelude.lodash())));
    host.put("util", fn(a -> util()));
    host.put("load", fn(a -> {
      load(a[0].asString());
      return null;
    }));
    host.put("globalGet", fn(a -> state.global(a[0].asString()).orElse(null)));
    host.put("globalSet", fn(a -> {
      state.setGlobal(a[0].asString(), a[1].isNull() ? null : a[1].asString());
      return null;
    }));
    host.put("globalKeys", fn(a -> Json.write(w -> {
      w.beginArray();
      for (String key : state.globalKeys()) w.value(key);
      w.endArray();
    })));
    host.put("tagSet", fn(a -> {
      state.setTag(new dev.homeytoolkit.console.runtime.store.StateStore.Tag(
          a[0].asString(), a[1].asString(), a[2].asString(), a[3].asString()));
      return null;
    }));
    host.put("tagDelete", fn(a -> {
      state.deleteTag(a[0].asString());
      return null;
    }));
    host.put("homeyManagers", fn(a -> homey.managersJson()));
    host.put("homeyOperations", fn(a -> homey.operationsJson(a[0].asString())));
    host.put("homeyInfo", fn(a -> homey.infoJson()));
    host.put("homey", fn(a -> homey.call(a[0].asString(), a[1].asString(), a[2].asString(),
        a.length > 3 && a[3].isNumber() ? a[3].asLong() : 0)));
    host.put("homeyRaw", fn(a -> homey.raw(a[0].asString(), a[1].asString(), a[2].isNull() ? null : a[2].asString())));
    return ProxyObject.fromMap(host);
  }

  /**
   * A host function whose Java failures (a store file that cannot be written, say) reach the script as a plain JS
   * {@code Error} with a readable message, instead of an opaque host exception.
   */
  private ProxyExecutable fn(ProxyExecutable body) {
    return args -> {
      try {
        return body.execute(args);
      } catch (PolyglotException e) {
        throw e; // a JS error thrown back through us: rethrown to the script unchanged
      } catch (RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        helpers.invokeMember("raise", message); // throws the JS Error as a PolyglotException
        throw e;
      }
    };
  }

  /** [compact JSON or null, the ↩️ footer text] of a script's result. */
  String[] returned(Value value) {
    var pair = helpers.invokeMember("returned", value);
    var compact = pair.getArrayElement(0);
    return new String[] {compact.isNull() ? null : compact.asString(), pair.getArrayElement(1).asString()};
  }

  /** [the ⚠️ footer stack, {message, stack} as JSON] of a script's failure. */
  String[] failed(Value error) {
    var pair = helpers.invokeMember("failed", error);
    return new String[] {pair.getArrayElement(0).asString(), pair.getArrayElement(1).asString()};
  }

  /**
   * Who hears of an error thrown outside the script's promise chain (an {@code 'error'} event nobody listens to): a
   * script run fails with it, as Node ends the process; without a listener (the REPL) it is printed as Node prints it.
   */
  void onUncaught(ProxyExecutable handler) {
    this.onUncaught = handler;
  }

  private void uncaught(Value error) {
    if (onUncaught != null) {
      onUncaught.execute(error);
    } else {
      output.print(true, "Uncaught " + failed(error)[0] + "\n");
    }
  }

  // ---- promises ---------------------------------------------------------------------------------------------

  /** A real JS Promise; {@code executor} gets its resolve and reject functions, to call on the loop thread. */
  Value promise(BiConsumer<Value, Value> executor) {
    return promiseConstructor.newInstance((ProxyExecutable) args -> {
      executor.accept(args[0], args[1]);
      return null;
    });
  }

  Value rejected(Value reason) {
    return promiseConstructor.invokeMember("reject", reason);
  }

  Value parseJson(String json) {
    return jsonParse.execute(json);
  }

  /** A JS Error with {@code message} and the extra properties of {@code propsJson} (may be null). */
  Value error(String message, String propsJson) {
    return helpers.invokeMember("error", message, propsJson);
  }

  void settle(Value promise, ProxyExecutable fulfilled, ProxyExecutable rejected) {
    helpers.invokeMember("settle", promise, fulfilled, rejected);
  }

  private Value waitMillis(double millis) {
    var pending = loop.begin();
    return promise((resolve, reject) -> runtime.scheduler().schedule(
        () -> pending.complete(() -> resolve.executeVoid()), (long) Math.ceil(millis), TimeUnit.MILLISECONDS));
  }

  @Override public void close() {
    loop.close();
    try {
      context.close(true);
    } catch (RuntimeException ignored) {
      // closed by the watchdog
    }
  }
}
