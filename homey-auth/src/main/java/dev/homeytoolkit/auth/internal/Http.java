package dev.homeytoolkit.auth.internal;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.AuthException.Step;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One blocking HTTP exchange, read fully, with transport failures turned into an {@link AuthException} that names
 * the step and the host but never the URL (whose query may hold a user token). Not public API.
 */
public final class Http {
  private Http() {}

  /** A fully read answer. */
  public record Answer(int code, okhttp3.Headers headers, String body) {
    public boolean ok() {
      return code >= 200 && code < 300;
    }

    public String header(String name) {
      return headers.get(name);
    }
  }

  public static Answer send(OkHttpClient client, Request request, Step step) throws AuthException {
    try (Response response = client.newCall(request).execute()) {
      var body = response.body().string();
      return new Answer(response.code(), response.headers(), body);
    } catch (IOException e) {
      throw new AuthException(step, step.label() + " failed: could not reach " + request.url().host()
          + (request.url().port() == 443 || request.url().port() == 80 ? "" : ":" + request.url().port())
          + " (" + describe(e) + "): check the network connection and try again", null);
    }
  }

  private static String describe(IOException e) {
    var text = e.getClass().getSimpleName();
    var message = e.getMessage();
    if (message != null && !message.contains("?") && message.length() < 120) text += ": " + message;
    return text;
  }
}
