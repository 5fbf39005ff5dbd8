package dev.homeytoolkit.console.runtime;

import dev.homeytoolkit.api.HomeyApiException;
import dev.homeytoolkit.api.HomeyClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The JS {@code Homey} object's calls, made with homey-api's {@link HomeyClient} by operation name. */
final class ClientBackend implements HomeyBackend {
  private final HomeyClient client;
  private final String homeyName;

  ClientBackend(HomeyClient client, String homeyName) {
    this.client = client;
    this.homeyName = homeyName;
  }

  @Override public CompletableFuture<String> invoke(
      String jsName, String operation, Map<String, Object> args, Duration timeout) {
    return translate(client.invoke(jsName, operation, args, timeout));
  }

  @Override public CompletableFuture<String> raw(String method, String path, String jsonBody) {
    return translate(client.callAsync(method, path, jsonBody));
  }

  @Override public String homeyId() {
    return client.homeyId();
  }

  @Override public String homeyName() {
    return homeyName;
  }

  private static CompletableFuture<String> translate(CompletableFuture<String> answer) {
    return answer.exceptionallyCompose(failure -> {
      while (failure instanceof CompletionException && failure.getCause() != null) failure = failure.getCause();
      return CompletableFuture.failedFuture(failure instanceof HomeyApiException e ? toFailure(e) : failure);
    });
  }

  /** As homey-api's errors read in a script: the Homey's description as message, plus statusCode and codes. */
  static CallFailure toFailure(HomeyApiException e) {
    String message = e.statusCode() == 0 || e.errorDescription().isEmpty() ? e.getMessage() : e.errorDescription();
    String props = Json.write(w -> {
      w.beginObject();
      w.name("statusCode").value(e.statusCode());
      w.name("error").value(e.error());
      w.name("error_description").value(e.errorDescription());
      w.endObject();
    });
    return new CallFailure(message, props, e);
  }
}
