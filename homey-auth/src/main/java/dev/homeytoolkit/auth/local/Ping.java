package dev.homeytoolkit.auth.local;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.AuthException.Step;
import dev.homeytoolkit.auth.internal.Http;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * {@code GET /api/manager/system/ping} (no auth): tells whether a Homey answers at an address, and which one, from
 * its {@code X-Homey-ID} and {@code X-Homey-Version} answer headers.
 */
public final class Ping {
  private Ping() {}

  /** Who answered. */
  public record Pong(String homeyId, String version) {}

  /** Normalises a user-typed address ({@code 192.168.1.50}, {@code http://…/}) to a base URL without a slash. */
  public static String normalise(String address) throws AuthException {
    var text = address.strip();
    if (!text.contains("://")) text = "http://" + text;
    var url = HttpUrl.parse(text);
    if (url == null) {
      throw new AuthException(Step.PING, "'" + address + "' is not a Homey address: use e.g. http://192.168.1.50");
    }
    var base = url.newBuilder().encodedPath("/").query(null).fragment(null).build().toString();
    return base.substring(0, base.length() - 1);
  }

  /**
   * Pings {@code address}; {@code expectedId} (may be null) is sent as {@code ?id=} and must match the answer.
   *
   * @return who answered, or null when nothing (or another Homey, or not a Homey) answered in time
   */
  public static Pong ping(OkHttpClient http, String address, String expectedId, Duration budget) {
    try {
      var url = HttpUrl.get(address + "/api/manager/system/ping").newBuilder();
      if (expectedId != null) url.addQueryParameter("id", expectedId);
      var client = http.newBuilder().callTimeout(budget).build();
      var answer = Http.send(client, new Request.Builder().url(url.build()).get().build(), Step.PING);
      var id = answer.header("X-Homey-ID");
      if (!answer.ok() || id == null) return null;
      if (expectedId != null && !expectedId.equalsIgnoreCase(id)) return null;
      return new Pong(id, answer.header("X-Homey-Version"));
    } catch (AuthException | IllegalArgumentException e) {
      return null;
    }
  }
}
