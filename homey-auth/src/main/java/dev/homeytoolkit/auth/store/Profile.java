package dev.homeytoolkit.auth.store;

import java.time.Instant;
import java.util.List;

/**
 * What a profile remembers about one Homey: where it is, how it was reached, and the tokens that open it. Never a
 * password. {@link #toString()} hides every secret.
 *
 * @param kind how the token was obtained: {@code cloud} (Athom account, refreshable) or {@code local} (API key)
 * @param homeyToken the bearer sent to the Homey: the session token (cloud) or the API key (local)
 * @param accessToken the Athom cloud access token (cloud only)
 * @param refreshToken the Athom cloud refresh token (cloud only)
 * @param accessExpiresAt when {@code accessToken} expires (cloud only)
 * @param clientSecret kept (in a 0600 file) because refreshing needs it; never shown
 * @param cloudApi the cloud API the tokens came from (refreshes go there too); null for Athom's
 */
public record Profile(
    String name,
    Kind kind,
    String address,
    String homeyId,
    String homeyName,
    String homeyVersion,
    String account,
    List<String> scopes,
    String homeyToken,
    String accessToken,
    String refreshToken,
    Instant accessExpiresAt,
    String clientId,
    String clientSecret,
    String redirectUri,
    String cloudApi) {

  public enum Kind { CLOUD, LOCAL }

  public Profile {
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }

  public Profile withHomeyToken(String token) {
    return new Profile(name, kind, address, homeyId, homeyName, homeyVersion, account, scopes, token, accessToken,
        refreshToken, accessExpiresAt, clientId, clientSecret, redirectUri, cloudApi);
  }

  public Profile withCloudTokens(String access, String refresh, Instant expiresAt) {
    return new Profile(name, kind, address, homeyId, homeyName, homeyVersion, account, scopes, homeyToken, access,
        refresh, expiresAt, clientId, clientSecret, redirectUri, cloudApi);
  }

  @Override public String toString() {
    return "Profile[name=" + name + ", kind=" + kind + ", address=" + address + ", homeyId=" + homeyId
        + ", homeyName=" + homeyName + ", account=" + account + ", scopes=" + scopes + ", secrets=██]";
  }
}
