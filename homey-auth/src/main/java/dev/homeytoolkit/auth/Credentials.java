package dev.homeytoolkit.auth;

import dev.homeytoolkit.auth.cloud.ClientCredentials;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The ways in that end in a stored profile. (The fourth way, {@code HOMEY_ADDRESS} with {@code HOMEY_TOKEN}, stores
 * nothing: see {@link HomeyAuth#fromEnvironment}.) Every {@code toString()} hides the secrets.
 */
public sealed interface Credentials {

  /**
   * The scripted Athom account login. The password is used once and never stored.
   *
   * @param otp a two-factor code given up front, or null
   * @param otpPrompt asked for a two-factor code only when the account needs one; null when nobody can answer
   */
  record Password(ClientCredentials client, String email, char[] password, String otp, Supplier<String> otpPrompt)
      implements Credentials {
    @Override public String toString() {
      return "Password[email=" + email + ", password=██]";
    }
  }

  /**
   * The browser OAuth2 flow.
   *
   * @param port the local port for the redirect (0 = any free one)
   * @param show prints the consent URL and may open a browser on it
   */
  record Browser(ClientCredentials client, int port, Consumer<String> show, Duration timeout) implements Credentials {}

  /** A Homey Pro local API key. */
  record ApiKey(String address, String key) implements Credentials {
    @Override public String toString() {
      return "ApiKey[address=" + address + ", key=██]";
    }
  }
}
