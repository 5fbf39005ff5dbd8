package dev.homeytoolkit.auth.cloud;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.AuthException.SessionEndedException;
import dev.homeytoolkit.auth.AuthException.Step;
import dev.homeytoolkit.auth.internal.Http;
import dev.homeytoolkit.auth.internal.Json;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The Athom cloud API (reference B): OAuth2 token grants, {@code /user/me} and delegation. One method per step, each
 * failing with an {@link AuthException} that names the step and the way out.
 */
public final class AthomCloud {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final CloudEndpoints endpoints;
  private final Clock clock;

  public AthomCloud(OkHttpClient http, CloudEndpoints endpoints, Clock clock) {
    this.http = http;
    this.endpoints = endpoints;
    this.clock = clock;
  }

  /** Step 4: trades a single-use authorization code for tokens. */
  public CloudTokens exchangeCode(ClientCredentials client, String code, String redirectUri) throws AuthException {
    var form = new FormBody.Builder()
        .add("client_id", client.clientId())
        .add("client_secret", client.clientSecret())
        .add("grant_type", "authorization_code")
        .add("code", code);
    if (redirectUri != null) form.add("redirect_uri", redirectUri);
    var answer = Http.send(http, tokenRequest(form.build()), Step.CODE_EXCHANGE);
    if (answer.code() == 401 || answer.code() == 403) {
      throw new AuthException(Step.CODE_EXCHANGE, "the Athom cloud refused the API client"
          + detail(answer) + ": check the client id and secret of your API project");
    }
    if (!answer.ok()) {
      throw new AuthException(Step.CODE_EXCHANGE, "the authorization code was refused" + detail(answer)
          + " (a code works once, for about 30 seconds): run `homey-console login` again");
    }
    return tokens(answer, Step.CODE_EXCHANGE);
  }

  /**
   * Trades the refresh token for new tokens. A 4xx answer means the refresh token was revoked or expired: that ends
   * the session ({@link SessionEndedException}); the caller must not try again.
   */
  public CloudTokens refresh(ClientCredentials client, String refreshToken, String profile) throws AuthException {
    var form = new FormBody.Builder()
        .add("client_id", client.clientId())
        .add("client_secret", client.clientSecret())
        .add("grant_type", "refresh_token")
        .add("refresh_token", refreshToken)
        .build();
    var answer = Http.send(http, tokenRequest(form), Step.REFRESH);
    if (answer.code() >= 400 && answer.code() < 500) throw new SessionEndedException(profile);
    if (!answer.ok()) {
      throw new AuthException(Step.REFRESH, "the Athom cloud could not refresh the token (HTTP " + answer.code()
          + detail(answer) + "): try again in a minute");
    }
    return tokens(answer, Step.REFRESH);
  }

  /** {@code GET /user/me}: the account and its Homeys. Returns null on a 401 (the access token needs a refresh). */
  public CloudUser userMe(String accessToken) throws AuthException {
    var request = new Request.Builder().url(endpoints.api("user/me"))
        .header("Authorization", "Bearer " + accessToken).get().build();
    var answer = Http.send(http, request, Step.USER);
    if (answer.code() == 401) return null;
    if (!answer.ok()) {
      throw new AuthException(Step.USER, "the Athom cloud did not list the account's Homeys (HTTP " + answer.code()
          + detail(answer) + "): try again later");
    }
    try {
      var m = Json.object(Json.parse(answer.body()));
      var homeys = Json.list(m.get("homeys")).stream().map(h -> CloudHomey.fromJson(Json.object(h))).toList();
      var name = Json.string(m, "fullname") != null ? Json.string(m, "fullname")
          : (Json.string(m, "firstname") != null ? Json.string(m, "firstname") : Json.string(m, "name"));
      return new CloudUser(Json.string(m, "email"), name, homeys);
    } catch (IOException e) {
      throw new AuthException(Step.USER, "the Athom cloud answered /user/me with something that is not JSON: "
          + "try again later");
    }
  }

  /** Step 5: a delegation JWT for Homeys. Returns null on a 401 (the access token needs a refresh). */
  public String delegation(String accessToken) throws AuthException {
    var request = new Request.Builder()
        .url(endpoints.api("delegation/token").newBuilder().addQueryParameter("audience", "homey").build())
        .header("Authorization", "Bearer " + accessToken)
        .post(RequestBody.create("{}", JSON)).build();
    var answer = Http.send(http, request, Step.DELEGATION);
    if (answer.code() == 401) return null;
    if (!answer.ok()) {
      throw new AuthException(Step.DELEGATION, "the Athom cloud refused a Homey delegation token (HTTP "
          + answer.code() + detail(answer) + "): try again later, or run `homey-console login` again");
    }
    return jsonString(answer, Step.DELEGATION, "delegation token");
  }

  static String jsonString(Http.Answer answer, Step step, String what) throws AuthException {
    try {
      if (Json.parse(answer.body()) instanceof String s && !s.isBlank()) return s;
    } catch (IOException notJson) {
      // fall through
    }
    throw new AuthException(step, "the " + what + " answer was not a JSON string: the server changed; "
        + "please report it");
  }

  private Request tokenRequest(RequestBody form) {
    return new Request.Builder().url(endpoints.api("oauth2/token")).post(form).build();
  }

  private CloudTokens tokens(Http.Answer answer, Step step) throws AuthException {
    try {
      var m = Json.object(Json.parse(answer.body()));
      var access = Json.string(m, "access_token");
      var refresh = Json.string(m, "refresh_token");
      if (access == null) throw new IOException("no access_token");
      var seconds = Json.number(m, "expires_in", 3600);
      return new CloudTokens(access, refresh, clock.instant().plus(Duration.ofSeconds(seconds)));
    } catch (IOException e) {
      throw new AuthException(step, "the Athom cloud's token answer had no access_token: the server changed; "
          + "please report it");
    }
  }

  static String detail(Http.Answer answer) {
    var text = Json.errorText(answer.body());
    return text == null ? "" : " (" + text + ")";
  }
}
