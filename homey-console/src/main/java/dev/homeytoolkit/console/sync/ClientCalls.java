package dev.homeytoolkit.console.sync;

import dev.homeytoolkit.api.HomeyApiException;
import dev.homeytoolkit.api.HomeyClient;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

/** {@link HubCalls} through a {@link HomeyClient}: its auth, token refresh, retries and redacted logging apply. */
final class ClientCalls implements HubCalls {
  private final HomeyClient client;

  ClientCalls(HomeyClient client) {
    this.client = client;
  }

  @Override public String call(String method, String path, String jsonBody, Duration timeout) throws IOException {
    try {
      if (timeout == null) return client.call(method, path, jsonBody);
      return client.callAsync(method, path, jsonBody, timeout).get();
    } catch (HomeyApiException e) {
      throw failure(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the Homey");
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case HomeyApiException api -> throw failure(api);
        case IOException io -> throw io;
        case RuntimeException re -> throw re;
        default -> throw new IOException(e.getCause());
      }
    }
  }

  private static IOException failure(HomeyApiException e) {
    return e.statusCode() > 0 ? new Failure(e.statusCode(), e.getMessage(), e) : e;
  }
}
