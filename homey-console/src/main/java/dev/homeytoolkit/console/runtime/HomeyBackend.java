package dev.homeytoolkit.console.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the JS {@code Homey} object needs from a connection: a way to call an operation or a raw path.
 * {@link ClientBackend} is the real one.
 */
interface HomeyBackend {
  /**
   * Calls {@code jsName.operation} with the script's options object; completes with the answer's JSON text (empty for
   * no content) or fails with a {@link CallFailure}.
   */
  CompletableFuture<String> invoke(String jsName, String operation, Map<String, Object> args, Duration timeout);

  /** A raw call ({@code app.get({path})} and friends), same outcomes as {@link #invoke}. */
  CompletableFuture<String> raw(String method, String path, String jsonBody);

  String homeyId();

  String homeyName();

  /**
   * A failed call as the script sees it: an Error with this message and these extra properties (statusCode, error,
   * error_description), JSON-encoded.
   */
  final class CallFailure extends RuntimeException {
    final String propsJson;

    CallFailure(String message, String propsJson, Throwable cause) {
      super(message, cause, false, false);
      this.propsJson = propsJson;
    }
  }
}
