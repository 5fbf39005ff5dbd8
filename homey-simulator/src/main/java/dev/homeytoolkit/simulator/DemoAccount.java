package dev.homeytoolkit.simulator;

/**
 * The simulated Athom account and API project: log in with {@code email}/{@code password}, and use
 * {@code clientId}/{@code clientSecret} as the registered OAuth2 client. Demo secrets, but secrets: print them only
 * where the user asked for them ({@code homey-console simulator}), never in logs.
 */
public record DemoAccount(String email, String password, String clientId, String clientSecret) {
  @Override public String toString() {
    return "DemoAccount[email=" + email + ", clientId=" + clientId + ", password=██, clientSecret=██]";
  }
}
