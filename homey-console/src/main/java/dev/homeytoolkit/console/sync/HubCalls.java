package dev.homeytoolkit.console.sync;

import java.io.IOException;
import java.time.Duration;

/**
 * One raw JSON call to a Homey: how {@link HomeyScriptAppClient} reaches the hub, whatever the connection (local
 * API key, cloud session, the simulator) and whatever HTTP client is underneath.
 */
@FunctionalInterface
interface HubCalls {

  /**
   * Sends {@code method path} with {@code jsonBody} (null for none) and returns the answer's body.
   *
   * @param timeout the call's own time limit, or null for the connection's default
   * @throws Failure when the Homey answers with an HTTP error
   */
  String call(String method, String path, String jsonBody, Duration timeout) throws IOException;

  /** An HTTP error answer: its status and the Homey's own description of the problem. */
  final class Failure extends IOException {
    private final int status;

    Failure(int status, String message, Throwable cause) {
      super(message, cause);
      this.status = status;
    }

    int status() {
      return status;
    }
  }
}
