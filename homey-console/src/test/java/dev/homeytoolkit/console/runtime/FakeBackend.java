package dev.homeytoolkit.console.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A Homey connection that answers from canned JSON and records each call, for tests of the JS side of {@code Homey}.
 * {@code Homey} still has every manager and operation: they come from homey-api's catalogue, not the backend.
 */
final class FakeBackend implements HomeyBackend {
  record Call(String target, Map<String, Object> args) {}

  final List<Call> calls = new CopyOnWriteArrayList<>();
  final Map<String, Function<Map<String, Object>, String>> answers = new ConcurrentHashMap<>();

  FakeBackend answer(String target, String json) {
    answers.put(target, args -> json);
    return this;
  }

  @Override public CompletableFuture<String> invoke(
      String jsName, String operation, Map<String, Object> args, Duration timeout) {
    String target = jsName + "." + operation;
    calls.add(new Call(target, args));
    var answer = answers.get(target);
    if (answer == null) return CompletableFuture.completedFuture("");
    return CompletableFuture.supplyAsync(() -> answer.apply(args));
  }

  @Override public CompletableFuture<String> raw(String method, String path, String jsonBody) {
    String target = method + " " + path;
    calls.add(new Call(target, jsonBody == null ? Map.of() : Json.readObject(jsonBody)));
    var answer = answers.get(target);
    return CompletableFuture.completedFuture(answer == null ? "" : answer.apply(Map.of()));
  }

  @Override public String homeyId() {
    return "5f0c0ffee0000000000000aa";
  }

  @Override public String homeyName() {
    return "Test Homey";
  }

}
