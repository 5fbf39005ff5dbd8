package dev.homeytoolkit.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Every credential the simulator handed out, by value. Thread-safe. Tests bend time through {@link #expireAll()}
 * and {@link #revokeRefreshTokens()} rather than by waiting.
 */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  private final ConcurrentHashMap<String, Token> byValue = new ConcurrentHashMap<>();
  private final Clock clock;
  private final byte[] signingKey = random(32);

  public Tokens(Clock clock) {
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** A new random secret of {@code bytes} bytes, hex-encoded (URL- and cookie-safe, no '='). */
  public static String randomHex(int bytes) {
    return HEX.formatHex(random(bytes));
  }

  private static byte[] random(int bytes) {
    var b = new byte[bytes];
    RANDOM.nextBytes(b);
    return b;
  }

  /** Issues a token of {@code kind}; {@code lifetime} null means it never expires. */
  public Token issue(Token.Kind kind, String name, List<String> scopes, Duration lifetime, String subject,
      String extra) {
    var value = switch (kind) {
      case API_KEY, SESSION -> UUID.randomUUID() + ":" + UUID.randomUUID() + ":" + randomHex(20);
      default -> randomHex(24);
    };
    return register(value, kind, name, scopes, lifetime, subject, extra);
  }

  /** Registers a token whose value was chosen by the caller (the demo key, a signed JWT). */
  public Token register(String value, Token.Kind kind, String name, List<String> scopes, Duration lifetime,
      String subject, String extra) {
    var now = now();
    var token = new Token(UUID.randomUUID().toString(), value, kind, name, List.copyOf(scopes), now,
        lifetime == null ? null : now.plus(lifetime), subject, extra, false);
    byValue.put(value, token);
    return token;
  }

  /** The token with this value if it is of one of {@code kinds}, whatever its state; else null. */
  public Token find(String value, Token.Kind... kinds) {
    if (value == null) return null;
    var token = byValue.get(value);
    if (token == null) return null;
    for (var k : kinds) if (token.kind() == k) return token;
    return null;
  }

  /** Takes a single-use token (an authorization code): it is gone afterwards whether or not it was valid. */
  public Token consume(String value, Token.Kind kind) {
    if (value == null) return null;
    var token = byValue.remove(value);
    if (token == null || token.kind() != kind) {
      if (token != null) byValue.put(value, token);
      return null;
    }
    return token;
  }

  public void revoke(String value) {
    byValue.computeIfPresent(value, (k, t) -> t.withRevoked());
  }

  /** Revokes the API key with this id; false when there is none. */
  public boolean revokeApiKey(String id) {
    for (var t : byValue.values()) {
      if (t.kind() == Token.Kind.API_KEY && t.id().equals(id) && !t.revoked()) {
        revoke(t.value());
        return true;
      }
    }
    return false;
  }

  public List<Token> all(Token.Kind kind) {
    var out = new ArrayList<Token>();
    for (var t : byValue.values()) if (t.kind() == kind) out.add(t);
    out.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
    return out;
  }

  /** Every refresh token issued so far stops working. */
  public void revokeRefreshTokens() {
    byValue.replaceAll((k, t) -> t.kind() == Token.Kind.CLOUD_REFRESH ? t.withRevoked() : t);
  }

  /** Every expiring token issued so far (sessions, access tokens, user tokens, JWTs, codes) is expired now. */
  public void expireAll() {
    var now = now();
    byValue.replaceAll((k, t) -> t.expiresAt() != null && t.kind() != Token.Kind.CLOUD_REFRESH
        ? t.withExpiresAt(now) : t);
  }

  /** HMAC-SHA256 with this simulator's key, hex-encoded: for JWT signatures and CSRF form tokens. */
  public String sign(String data) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
      return HEX.formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  public byte[] signBytes(String data) {
    return HEX.parseHex(sign(data));
  }
}
