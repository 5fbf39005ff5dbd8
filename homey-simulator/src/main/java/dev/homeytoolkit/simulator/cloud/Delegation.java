package dev.homeytoolkit.simulator.cloud;

import dev.homeytoolkit.simulator.auth.Token;
import dev.homeytoolkit.simulator.auth.Tokens;
import dev.homeytoolkit.simulator.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delegation JWTs: what {@code POST /delegation/token?audience=homey} hands out and the Homey's
 * {@code users/login} turns into a session. HS256-signed with the simulator's own key, so a forged or altered token
 * fails like it would on a real Homey.
 */
public final class Delegation {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final Tokens tokens;
  private final String homeyId;

  public Delegation(Tokens tokens, String homeyId) {
    this.tokens = tokens;
    this.homeyId = homeyId;
  }

  /** A JWT for {@code subject} (the Athom user id) with audience {@code homey}. */
  public String issue(String subject) {
    var now = tokens.now();
    var header = Json.write(Map.of("alg", "HS256", "typ", "JWT"));
    var payload = new LinkedHashMap<String, Object>();
    payload.put("type", "delegation");
    payload.put("aud", "homey");
    payload.put("sub", subject);
    payload.put("homeys", List.of(homeyId));
    payload.put("iat", (double) now.getEpochSecond());
    payload.put("exp", (double) now.plus(LIFETIME).getEpochSecond());
    payload.put("jti", Tokens.randomHex(8));
    var unsigned = b64(header) + "." + b64(Json.write(payload));
    var jwt = unsigned + "." + B64.encodeToString(tokens.signBytes(unsigned));
    tokens.register(jwt, Token.Kind.DELEGATION, "delegation", List.of("homey"), LIFETIME, subject, null);
    return jwt;
  }

  /** The subject of a valid, unexpired JWT issued here, or null. */
  public String verify(String jwt) {
    if (jwt == null) return null;
    var parts = jwt.split("\\.");
    if (parts.length != 3) return null;
    var expected = B64.encodeToString(tokens.signBytes(parts[0] + "." + parts[1]));
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    var token = tokens.find(jwt, Token.Kind.DELEGATION);
    if (token == null || !token.usable(tokens.now())) return null;
    return token.subject();
  }

  private static String b64(String s) {
    return B64.encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
