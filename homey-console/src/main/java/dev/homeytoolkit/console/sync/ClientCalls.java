package dev.homeytoolkit.console.sync;

import dev.homeytoolkit.api.HomeyApiException;
import dev.homeytoolkit.api.HomeyClient;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** {@link HubCalls} through a {@link HomeyClient}: its auth, token refresh, retries and redacted logging apply. */
final class ClientCalls implements HubCalls {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HomeyClient client;

  ClientCalls(HomeyClient client) {
    this.client = client;
  }

  @Override public String call(String method, String path, String jsonBody, Duration timeout) throws IOException {
    try {
      return timeout == null ? client.call(method, path, jsonBody) : longCall(method, path, jsonBody, timeout);
    } catch (HomeyApiException e) {
      throw e.statusCode() > 0 ? new Failure(e.statusCode(), e.getMessage(), e) : e;
    }
  }

  /**
   * A call that may take longer than the client's per-call limit (a script run): the client's own pipeline, with
   * read and call timeouts raised for this call only. ({@code HomeyClient.callAsync} with a timeout raises the call
   * limit but not the 10 s read timeout, and a script run sends nothing back until the script ends.)
   */
  private String longCall(String method, String path, String jsonBody, Duration timeout) throws IOException {
    var http = client.okHttpClient().newBuilder().readTimeout(timeout).callTimeout(timeout).build();
    var url = client.address().replaceAll("/+$", "") + path;
    var body = jsonBody == null ? (method.equals("GET") || method.equals("DELETE") ? null
        : RequestBody.create("{}", JSON)) : RequestBody.create(jsonBody, JSON);
    var request = new Request.Builder().url(url).method(method, body).build();
    try (var response = http.newCall(request).execute()) {
      var text = response.body().string();
      if (response.isSuccessful()) return text;
      throw HomeyApiException.fromAnswer(response.code(), response.message(), method, request.url().encodedPath(),
          response.header("Content-Type"), text);
    } catch (InterruptedIOException e) {
      throw new HomeyApiException(0, "timeout", "no answer within " + timeout.toSeconds() + " s", method,
          request.url().encodedPath(), e);
    }
  }
}
