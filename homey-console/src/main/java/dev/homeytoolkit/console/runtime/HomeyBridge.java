package dev.homeytoolkit.console.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.graalvm.polyglot.Value;

/**
 * The host side of {@code Homey.<manager>.<operation>(options)}: hands the call to the connection and resolves the JS
 * promise on the loop when the answer arrives. Calls run concurrently, bounded only by the client's in-flight limit.
 */
final class HomeyBridge {
  private final ScriptContext sc;
  private final HomeyBackend backend;

  HomeyBridge(ScriptContext sc) {
    this.sc = sc;
    this.backend = sc.runtime.homey();
  }

  String managersJson() {
    return Catalogue.managersJson();
  }

  String operationsJson(String jsName) {
    return Catalogue.operationsJson(jsName);
  }

  String infoJson() {
    return Json.write(w -> {
      w.beginObject();
      w.name("id").value(backend == null ? null : backend.homeyId());
      w.name("name").value(backend == null ? null : backend.homeyName());
      w.endObject();
    });
  }

  Value call(String jsName, String operation, String argsJson, long timeoutMillis) {
    if (backend == null) return notConnected();
    CompletableFuture<String> answer;
    try {
      var timeout = timeoutMillis > 0 ? Duration.ofMillis(timeoutMillis) : null;
      answer = backend.invoke(jsName, operation, Json.readObject(argsJson), timeout);
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    return settle(answer);
  }

  Value raw(String method, String path, String jsonBody) {
    if (backend == null) return notConnected();
    CompletableFuture<String> answer;
    try {
      answer = backend.raw(method, path, jsonBody);
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    return settle(answer);
  }

  private Value settle(CompletableFuture<String> answer) {
    var pending = sc.loop.begin();
    return sc.promise((resolve, reject) -> answer.whenComplete((text, failure) -> pending.complete(() -> {
      StartupTrace.mark("answer on the loop");
      if (failure == null) resolve.execute(text == null ? "" : text);
      else reject.execute(toError(failure));
    })));
  }

  private Value toError(Throwable failure) {
    while ((failure instanceof CompletionException || failure instanceof ExecutionException)
        && failure.getCause() != null) {
      failure = failure.getCause();
    }
    if (failure instanceof HomeyBackend.CallFailure f) return sc.error(f.getMessage(), f.propsJson);
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return sc.error(message, null);
  }

  private Value notConnected() {
    return sc.rejected(sc.error(
        "This runtime has no Homey connection: log in with `homey-console login`, or use --demo for the simulator",
        null));
  }
}
