package dev.homeytoolkit.auth;

import dev.homeytoolkit.api.TokenSource;
import java.time.Instant;
import java.util.List;

/**
 * An open way to one Homey: where it is, which one, and the {@link TokenSource} that yields its bearer (refreshing
 * a cloud session as needed). Holds no secret in its fields or {@code toString()}.
 *
 * @param profile the stored profile it came from, or null (environment)
 * @param account the Athom account's email (cloud logins), or null
 * @param scopes the token's scopes when known (an API key's), else empty
 * @param expiresAt when the cloud access token expires (it is refreshed ahead of that), or null
 */
public record HomeySession(String profile, Kind kind, String address, String homeyId, String homeyName,
    String homeyVersion, String account, List<String> scopes, Instant expiresAt, TokenSource tokens) {

  /** How the token was obtained. */
  public enum Kind {
    /** An Athom account login: a refreshable cloud session. */
    CLOUD,
    /** A Homey Pro local API key. */
    LOCAL,
    /** {@code HOMEY_ADDRESS} and {@code HOMEY_TOKEN}, not stored. */
    ENVIRONMENT
  }

  public HomeySession {
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }
}
