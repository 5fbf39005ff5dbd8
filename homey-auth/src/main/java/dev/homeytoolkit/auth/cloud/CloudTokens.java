package dev.homeytoolkit.auth.cloud;

import java.time.Instant;

/** An Athom cloud access token with its refresh token and expiry. {@link #toString()} hides the tokens. */
public record CloudTokens(String accessToken, String refreshToken, Instant expiresAt) {
  @Override public String toString() {
    return "CloudTokens[expiresAt=" + expiresAt + ", tokens=██]";
  }
}
