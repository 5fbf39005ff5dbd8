package dev.homeytoolkit.console.sync;

import dev.homeytoolkit.api.HomeyApiException;
import dev.homeytoolkit.api.HomeyClient;
import java.io.IOException;
import java.time.Duration;

/** {@link HubCalls} through a {@link HomeyClient}: its auth, token refresh, retries and redacted logging apply. */
final class ClientCalls implements HubCalls {
  private final HomeyClient client;

  ClientCalls(HomeyClient client) {
    this.client = client;
  }

  @Override public String call(String method, String path, String jsonBody, Duration timeout) throws IOException {
    try {
      return timeout == null ? client.call(method, path, jsonBody) : client.call(method, path, jsonBody, timeout);
    } catch (HomeyApiException e) {
      throw e.statusCode() > 0 ? new Failure(e.statusCode(), e.getMessage(), e) : e;
    }
  }
}
