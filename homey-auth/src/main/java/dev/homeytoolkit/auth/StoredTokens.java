package dev.homeytoolkit.auth;

import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.auth.AuthException.SessionEndedException;
import dev.homeytoolkit.auth.AuthException.Step;
import dev.homeytoolkit.auth.cloud.ClientCredentials;
import dev.homeytoolkit.auth.store.Profile;
import java.io.IOException;

/**
 * The {@link TokenSource} of a stored profile. For a cloud session it refreshes ahead of the access token's expiry
 * and on a Homey 401: redo delegation and the Homey session with the access token, refreshing that first when the
 * cloud refuses it. Renewal runs under the profile's lock (threads and processes), and re-reads the file first: when
 * another caller already replaced the refused token, that newer token is the answer (single flight). A revoked
 * refresh token ends the session for good: every later call fails at once with the same message, no retry loop.
 */
final class StoredTokens implements TokenSource {
  private final HomeyAuth auth;
  private final String name;
  private volatile Profile current;
  private volatile SessionEndedException ended;

  StoredTokens(HomeyAuth auth, Profile profile) {
    this.auth = auth;
    this.name = profile.name();
    this.current = profile;
  }

  @Override public String token() throws IOException {
    if (ended != null) throw ended;
    var p = current;
    if (p.kind() == Profile.Kind.CLOUD && expiresSoon(p)) p = renew(p.homeyToken(), true);
    return p.homeyToken();
  }

  @Override public String refresh(String stale) throws IOException {
    if (ended != null) throw ended;
    if (current.kind() == Profile.Kind.LOCAL) {
      var stored = auth.store.load(name).orElse(current);
      if (!stored.homeyToken().equals(stale)) {
        current = stored;
        return stored.homeyToken();
      }
      throw new AuthException(Step.API_KEY, "the Homey refused the API key of profile '" + name + "': check it, or "
          + "make a new one in the Homey web app (Settings → API Keys) and run `homey-console login --address … "
          + "--api-key …` again");
    }
    return renew(stale, false).homeyToken();
  }

  /** The current cloud access token (for {@code /user/me}). */
  String accessToken() throws IOException {
    token();
    return current.accessToken();
  }

  /** Refreshes the cloud access token now (it was refused) and returns the new one. */
  String renewAccess() throws IOException {
    var before = current.accessToken();
    return auth.store.locked(name, () -> {
      var p = reload();
      if (p.accessToken() != null && !p.accessToken().equals(before)) return p.accessToken();
      p = refreshed(p);
      auth.store.save(p);
      current = p;
      return p.accessToken();
    });
  }

  private boolean expiresSoon(Profile p) {
    return p.accessExpiresAt() != null && !auth.clock.instant().plus(auth.refreshAhead).isBefore(p.accessExpiresAt());
  }

  private Profile renew(String stale, boolean ahead) throws IOException {
    return auth.store.locked(name, () -> {
      var p = reload();
      if (!p.homeyToken().equals(stale) || (ahead && !expiresSoon(p))) {
        current = p; // another thread or process renewed it already
        return p;
      }
      String jwt = null;
      if (!ahead && !expiresSoon(p)) jwt = auth.cloudFor(p).delegation(p.accessToken());
      if (jwt == null) {
        p = refreshed(p);
        jwt = auth.cloudFor(p).delegation(p.accessToken());
        if (jwt == null) {
          throw new AuthException(Step.DELEGATION, "the Athom cloud refused a delegation with a fresh access token: "
              + "run `homey-console login` again");
        }
      }
      p = p.withHomeyToken(auth.sessionLogin.session(p.address(), p.homeyId(), jwt));
      auth.store.save(p);
      current = p;
      return p;
    });
  }

  private Profile refreshed(Profile p) throws IOException {
    if (p.refreshToken() == null || p.clientId() == null || p.clientSecret() == null) {
      throw end();
    }
    try {
      var tokens = auth.cloudFor(p).refresh(new ClientCredentials(p.clientId(), p.clientSecret()), p.refreshToken(), name);
      var next = p.withCloudTokens(tokens.accessToken(),
          tokens.refreshToken() != null ? tokens.refreshToken() : p.refreshToken(), tokens.expiresAt());
      return next;
    } catch (SessionEndedException e) {
      ended = e;
      throw e;
    }
  }

  private SessionEndedException end() {
    ended = new SessionEndedException(name);
    return ended;
  }

  private Profile reload() throws IOException {
    return auth.store.load(name).orElseThrow(() -> new AuthException(Step.STORE, "profile '" + name
        + "' was logged out meanwhile: run `homey-console login` again"));
  }

  @Override public String toString() {
    return "StoredTokens[profile=" + name + ", tokens=██]";
  }
}
