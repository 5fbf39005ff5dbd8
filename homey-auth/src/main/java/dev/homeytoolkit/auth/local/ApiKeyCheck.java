package dev.homeytoolkit.auth.local;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.AuthException.Step;
import dev.homeytoolkit.auth.internal.Http;
import dev.homeytoolkit.auth.internal.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Checks a Homey Pro local API key (reference C) before it is saved: ping the address for the Homey id, make one
 * authorised call ({@code GET /api/manager/sessions/session/me}, which needs no scope) and read the key's scopes from
 * it. The Homey's name is read too when the key may ({@code homey.system.readonly}).
 */
public final class ApiKeyCheck {
  private final OkHttpClient http;

  public ApiKeyCheck(OkHttpClient http) {
    this.http = http;
  }

  public LocalHomey check(String address, String key) throws AuthException {
    var base = Ping.normalise(address);
    var pong = Ping.ping(http, base, null, Duration.ofSeconds(5));
    if (pong == null) {
      throw new AuthException(Step.PING, "no Homey answered at " + base + ": check the address (Homey web app → "
          + "Settings → General shows it) and that this computer is on the Homey's network");
    }
    var me = get(base, pong.homeyId(), key, "/api/manager/sessions/session/me");
    if (me.code() == 401) {
      throw new AuthException(Step.API_KEY, "the Homey refused the API key: check it, or make a new one in the "
          + "Homey web app (Settings → API Keys)");
    }
    if (!me.ok()) {
      throw new AuthException(Step.API_KEY, "the Homey could not check the API key (HTTP " + me.code()
          + detail(me) + "): try again");
    }
    var scopes = new ArrayList<String>();
    try {
      collectScopes(Json.parse(me.body()), scopes);
    } catch (IOException e) {
      // scopes stay unknown
    }
    String name = null;
    var nameAnswer = get(base, pong.homeyId(), key, "/api/manager/system/name");
    if (nameAnswer.ok()) {
      try {
        if (Json.parse(nameAnswer.body()) instanceof String s) name = s;
      } catch (IOException e) {
        // no name then
      }
    }
    return new LocalHomey(base, pong.homeyId(), pong.version(), name, scopes);
  }

  private Http.Answer get(String base, String homeyId, String key, String path) throws AuthException {
    var request = new Request.Builder().url(HttpUrl.get(base + path))
        .header("Authorization", "Bearer " + key)
        .header("X-Homey-ID", homeyId)
        .get().build();
    return Http.send(http, request, Step.API_KEY);
  }

  /** Finds the {@code scopes} array wherever the session answer keeps it. */
  private static void collectScopes(Object node, List<String> into) {
    if (node instanceof java.util.Map<?, ?> map) {
      if (map.get("scopes") instanceof List<?> list) {
        list.forEach(s -> into.add(String.valueOf(s)));
        return;
      }
      for (var v : map.values()) {
        collectScopes(v, into);
        if (!into.isEmpty()) return;
      }
    }
  }

  private static String detail(Http.Answer answer) {
    var text = Json.errorText(answer.body());
    return text == null ? "" : ", " + text;
  }
}
