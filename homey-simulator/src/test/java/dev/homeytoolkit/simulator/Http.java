package dev.homeytoolkit.simulator;

import dev.homeytoolkit.simulator.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A tiny raw-HTTP client for tests: no redirects followed, no retries, bodies as JSON trees. */
final class Http {
  static final MediaType JSON = MediaType.get("application/json");
  static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  final OkHttpClient client = new OkHttpClient.Builder()
      .followRedirects(false)
      .retryOnConnectionFailure(false)
      .readTimeout(Duration.ofSeconds(20))
      .build();
  final HomeySimulator sim;
  String bearer;

  Http(HomeySimulator sim) {
    this.sim = sim;
    this.bearer = sim.apiKey();
  }

  record Answer(int code, String body, Response response) {
    Object json() {
      return Json.parse(body);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object() {
      return (Map<String, Object>) Json.parse(body);
    }

    String header(String name) {
      return response.header(name);
    }
  }

  Answer get(String path) {
    return call("GET", path, null);
  }

  Answer delete(String path) {
    return call("DELETE", path, null);
  }

  Answer put(String path, Object json) {
    return call("PUT", path, json);
  }

  Answer post(String path, Object json) {
    return call("POST", path, json);
  }

  Answer call(String method, String path, Object json) {
    RequestBody body = json == null ? (method.equals("GET") || method.equals("DELETE") ? null
        : RequestBody.create("", JSON)) : RequestBody.create(Json.write(json), JSON);
    var builder = new Request.Builder().url(sim.baseUrl() + path).method(method, body);
    if (bearer != null) builder.header("Authorization", "Bearer " + bearer);
    return execute(builder.build());
  }

  Answer execute(Request request) {
    try (var response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.body().string(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
