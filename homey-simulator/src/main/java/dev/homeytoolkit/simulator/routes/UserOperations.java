package dev.homeytoolkit.simulator.routes;

import dev.homeytoolkit.simulator.auth.Token;
import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.http.Reply;
import dev.homeytoolkit.simulator.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Users, sessions, personal access tokens (API keys) and presence. {@code users/login} turns a delegation JWT into a
 * session token, the last step of the cloud login.
 */
final class UserOperations {
  private final Context context;

  UserOperations(Context context) {
    this.context = context;
  }

  void register(Map<String, Handler> map) {
    map.put("users.login", this::login);
    map.put("users.loginLocal", c -> {
      throw new HomeyException(401, "invalid_credentials",
          "Local login is not enabled on this Homey: use an API key or the cloud login");
    });
    map.put("users.getUserMe", c -> me(c));
    map.put("users.updateUserMe", c -> context.home().users().merge(ownerId(c), c.bodyObject()));
    map.put("users.updateUserMeProperties", c -> context.home().users().update(ownerId(c), u -> {
      var props = new LinkedHashMap<>(Json.object(u.get("properties"), "properties"));
      props.put(c.path("id"), c.field("value"));
      u.put("properties", props);
      return u;
    }));
    map.put("users.deleteUserMeProperties", c -> context.home().users().update(ownerId(c), u -> {
      var props = new LinkedHashMap<>(Json.object(u.get("properties"), "properties"));
      props.remove(c.path("id"));
      u.put("properties", props);
      return u;
    }));
    map.put("users.deleteUserMe", c -> {
      throw new HomeyException(400, "owner_cannot_leave", "The owner cannot remove themselves from this Homey");
    });
    map.put("users.getPersonalAccessTokens", c -> {
      var out = new LinkedHashMap<String, Object>();
      for (var t : context.tokens().all(Token.Kind.API_KEY)) {
        if (!t.revoked()) out.put(t.id(), pat(t, false));
      }
      return out;
    });
    map.put("users.createPersonalAccessToken", c -> {
      var name = (String) c.field("name");
      var scopes = HomeyApi.strings(c.field("scopes"));
      var token = context.tokens().issue(Token.Kind.API_KEY, name, scopes, null, ownerId(c), null);
      return pat(token, true);
    });
    map.put("users.deletePersonalAccessToken", c -> {
      if (!context.tokens().revokeApiKey(c.path("id"))) {
        throw new HomeyException(404, "pat_not_found", "Personal Access Token Not Found");
      }
      return null;
    });
    map.put("sessions.getSessionMe", c -> {
      var t = c.token();
      var s = new LinkedHashMap<String, Object>();
      s.put("id", t.id());
      s.put("type", t.kind() == Token.Kind.API_KEY ? "pat" : "app");
      s.put("userId", ownerId(c));
      s.put("scopes", t.scopes());
      s.put("intersectedScopes", t.scopes());
      s.put("expiresAt", t.expiresAt() == null ? null : t.expiresAt().toString());
      return s;
    });
    map.put("presence.getPresent", c -> context.home().users().get(userId(c)).get("present"));
    map.put("presence.getAsleep", c -> context.home().users().get(userId(c)).get("asleep"));
    map.put("presence.setPresent", c -> presence(userId(c), "present", c.field("value")));
    map.put("presence.setAsleep", c -> presence(userId(c), "asleep", c.field("value")));
    map.put("presence.setPresentMe", c -> presence(ownerId(c), "present", c.field("value")));
    map.put("presence.setAsleepMe", c -> presence(ownerId(c), "asleep", c.field("value")));
  }

  private Object login(Call call) {
    var homeyHeader = call.exchange().header("X-Homey-ID");
    if (homeyHeader != null && !homeyHeader.equals(context.homeyId())) {
      throw new HomeyException(400, "invalid_homey", "X-Homey-ID " + homeyHeader + " is not this Homey ("
          + context.homeyId() + ")");
    }
    var subject = context.delegation().verify((String) call.field("token"));
    if (subject == null) {
      throw new HomeyException(401, "invalid_token",
          "Invalid delegation token: get a new one from POST /delegation/token?audience=homey");
    }
    var session = context.tokens().issue(Token.Kind.SESSION, "cloud session", List.of("homey"),
        context.tokenLifetime(), owner(), null);
    return Reply.json(session.value());
  }

  /** The Homey user behind the call's token: sessions and API keys act as the owner. */
  private String ownerId(Call call) {
    return owner();
  }

  private String owner() {
    return context.home().users().all().values().stream()
        .map(u -> Json.object(u, "user"))
        .filter(u -> "owner".equals(u.get("role")))
        .map(u -> (String) u.get("id"))
        .findFirst().orElseThrow(() -> HomeyException.notFound("User"));
  }

  private Object me(Call call) {
    return context.home().users().get(ownerId(call));
  }

  private static String userId(Call call) {
    return call.path("id");
  }

  private Object presence(String userId, String field, Object value) {
    if (value != null && !(value instanceof Boolean)) throw HomeyException.invalidType("value", "boolean", value);
    var patch = new LinkedHashMap<String, Object>();
    patch.put(field, value == null ? Boolean.TRUE : value);
    context.home().users().merge(userId, patch);
    return null;
  }

  private static Map<String, Object> pat(Token t, boolean withSecret) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", t.id());
    out.put("name", t.name());
    out.put("scopes", t.scopes());
    out.put("createdAt", t.createdAt().toString());
    if (withSecret) out.put("token", t.value());
    return out;
  }
}
