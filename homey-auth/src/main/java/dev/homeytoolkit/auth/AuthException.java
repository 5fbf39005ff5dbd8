package dev.homeytoolkit.auth;

import java.io.IOException;

/**
 * A login or token step failed. The message names the step and the way out, and never holds a secret, so it can be
 * shown to the user as it is.
 */
public class AuthException extends IOException {

  /** Where in getting or keeping a token the failure happened. */
  public enum Step {
    CLIENT("client credentials"),
    LOGIN("account login"),
    CONSENT_PAGE("consent page"),
    CONSENT("consent"),
    BROWSER("browser login"),
    CODE_EXCHANGE("code exchange"),
    REFRESH("token refresh"),
    USER("account lookup"),
    HOMEY_CHOICE("choosing the Homey"),
    DISCOVERY("finding the Homey's address"),
    DELEGATION("delegation"),
    HOMEY_SESSION("Homey session"),
    PING("ping"),
    API_KEY("API key check"),
    STORE("profile store"),
    ENVIRONMENT("environment");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final Step step;

  public AuthException(Step step, String message) {
    super(message);
    this.step = step;
  }

  public AuthException(Step step, String message, Throwable cause) {
    super(message, cause);
    this.step = step;
  }

  public Step step() {
    return step;
  }

  /** True when the only way back is a new login (a revoked or expired refresh token). */
  public boolean sessionEnded() {
    return this instanceof SessionEndedException;
  }

  /** The refresh token no longer works: the user has to log in again. */
  public static final class SessionEndedException extends AuthException {
    public SessionEndedException(String profile) {
      super(Step.REFRESH, "your session ended: run `homey-console login"
          + ("default".equals(profile) ? "" : " --profile " + profile) + "`");
    }
  }
}
