package dev.homeytoolkit.simulator.auth;

import java.time.Instant;
import java.util.List;

/**
 * A credential the simulator issued. {@code value} is the secret itself and must never be logged.
 *
 * @param expiresAt null for API keys, which never expire
 * @param subject the user or client it was issued to
 * @param extra the redirect URI of an authorization code, the client id of a refresh token, …
 */
public record Token(
    String id,
    String value,
    Kind kind,
    String name,
    List<String> scopes,
    Instant createdAt,
    Instant expiresAt,
    String subject,
    String extra,
    boolean revoked) {

  /** What a token is good for. */
  public enum Kind {
    /** A Homey personal access token (API key): used directly as bearer, never expires. */
    API_KEY,
    /** A Homey session from {@code users/login}: bearer on the Homey, expires. */
    SESSION,
    /** The accounts site's user token from {@code POST /login}. */
    USER_TOKEN,
    /** An OAuth2 authorization code: single use, ~30 s. */
    AUTH_CODE,
    /** A cloud OAuth2 access token (api.athom.com bearer). */
    CLOUD_ACCESS,
    /** A cloud OAuth2 refresh token. */
    CLOUD_REFRESH,
    /** A delegation JWT for a Homey. */
    DELEGATION
  }

  public boolean expired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  public boolean usable(Instant now) {
    return !revoked && !expired(now);
  }

  public Token withRevoked() {
    return new Token(id, value, kind, name, scopes, createdAt, expiresAt, subject, extra, true);
  }

  public Token withExpiresAt(Instant at) {
    return new Token(id, value, kind, name, scopes, createdAt, at, subject, extra, revoked);
  }
}
