package dev.homeytoolkit.console.runtime;

import dev.homeytoolkit.api.meta.In;
import dev.homeytoolkit.api.meta.Operations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A Homey connection that answers from canned JSON and records each call, for tests of the JS side of {@code Homey}.
 * It uses the real operation catalogue, so {@code Homey} has every manager and operation.
 */
final class FakeBackend implements HomeyBackend {
  record Call(String target, Map<String, Object> args) {}

  final List<Call> calls = new CopyOnWriteArrayList<>();
  final Map<String, Function<Map<String, Object>, String>> answers = new ConcurrentHashMap<>();

  FakeBackend answer(String target, String json) {
    answers.put(target, args -> json);
    return this;
  }

  @Override public String operationsJson() {
    return new ClientBackendCatalogue().json();
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

  /** The same catalogue the real backend builds. */
  static final class ClientBackendCatalogue {
    String json() {
      return new ClientBackend(null, null).operationsJson();
    }
  }

  static boolean hasPathParam(String jsName, String op, String name) {
    return Operations.find(jsName, op).orElseThrow().parameters().stream()
        .anyMatch(p -> p.in() == In.PATH && p.name().equals(name));
  }
}
