package dev.homeytoolkit.api;

import java.io.IOException;

/**
 * Where a {@link HomeyClient} gets the bearer token it sends to a Homey.
 *
 * <p>The client asks {@link #token()} before every call and, when the Homey answers 401, asks
 * {@link #refresh(String)} once with the token that was refused, then retries the call once. An implementation
 * shared by many concurrent callers should refresh only once per stale token (single flight): a caller that
 * presents a token that was already replaced simply gets the newer one.
 *
 * <p>A local API key never changes; {@link #of(String)} wraps one.
 */
public interface TokenSource {

  /** The bearer token to send now. */
  String token() throws IOException;

  /**
   * Returns a token other than {@code stale}, refreshing if nobody has yet. Throws when no fresh token can be had
   * (a revoked refresh token, a wrong API key); the message then tells the user what to do.
   */
  String refresh(String stale) throws IOException;

  /** A fixed token, such as a Homey Pro local API key: nothing to refresh, so a 401 is final. */
  static TokenSource of(String token) {
    return new TokenSource() {
      @Override public String token() {
        return token;
      }

      @Override public String refresh(String stale) throws IOException {
        throw new IOException("the Homey refused the API key: check it, or make a new one in the Homey web app (Settings → API Keys)");
      }

      @Override public String toString() {
        return "TokenSource.of(██)";
      }
    };
  }
}
