package dev.homeytoolkit.auth.cloud;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.AuthException.Step;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The id and secret of an Athom API project (made at https://tools.developer.homey.app/api/projects). They come from
 * the user, never from this code: flags, then {@code HOMEY_CLIENT_ID}/{@code HOMEY_CLIENT_SECRET}, then the config
 * file. {@link #toString()} hides the secret.
 */
public record ClientCredentials(String clientId, String clientSecret) {

  /** Picks the first source that has them, or explains all three places they can go. */
  public static ClientCredentials resolve(String flagId, String flagSecret, Map<String, String> env, Properties config,
      Path configFile) throws AuthException {
    var id = first(flagId, env.get("HOMEY_CLIENT_ID"), config.getProperty("client_id"));
    var secret = first(flagSecret, env.get("HOMEY_CLIENT_SECRET"), config.getProperty("client_secret"));
    if (id == null || secret == null) {
      throw new AuthException(Step.CLIENT, "no Athom API client " + (id == null ? "id" : "secret")
          + ": make an API project at https://tools.developer.homey.app/api/projects, then pass --client-id and "
          + "--client-secret, set HOMEY_CLIENT_ID and HOMEY_CLIENT_SECRET, or put client_id= and client_secret= in "
          + configFile + " (or use `login --address … --api-key …` for a Homey Pro)");
    }
    return new ClientCredentials(id, secret);
  }

  private static String first(String... values) {
    for (var v : values) if (v != null && !v.isBlank()) return v.trim();
    return null;
  }

  @Override public String toString() {
    return "ClientCredentials[clientId=" + clientId + ", clientSecret=██]";
  }
}
