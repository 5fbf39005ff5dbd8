package dev.homeytoolkit.auth.cloud;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.AuthException.Step;
import dev.homeytoolkit.auth.internal.Http;
import dev.homeytoolkit.auth.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.function.Supplier;
import okhttp3.Cookie;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The scripted account login (reference A, steps 1–3): email and password (and a 2FA code when the account asks)
 * for a user token, the consent page read with jsoup by field name, and the consent posted with the {@code _csrf}
 * cookie, reading the redirect without following it. What the seed guide does with string splitting, done by the
 * page's structure, with each failure naming its step.
 */
public final class AccountLogin {
  private final OkHttpClient http;
  private final OkHttpClient noRedirects;
  private final CloudEndpoints endpoints;

  public AccountLogin(OkHttpClient http, CloudEndpoints endpoints) {
    this.http = http;
    this.noRedirects = http.newBuilder().followRedirects(false).followSslRedirects(false).build();
    this.endpoints = endpoints;
  }

  /**
   * Logs in and consents, returning the authorization code for {@link AthomCloud#exchangeCode}.
   *
   * @param otp asked for a 2FA code only when the account needs one; null when nobody can answer
   * @param homeyId the Homey to consent for when known (otherwise every Homey the consent page offers)
   */
  public String authorizationCode(ClientCredentials client, String redirectUri, String email, char[] password,
      String otpGiven, Supplier<String> otp, String homeyId) throws AuthException {
    var userToken = userToken(email, password, otpGiven, otp);
    return consent(client, redirectUri, userToken, homeyId);
  }

  /** Step 1: {@code POST /login} with email, password and otptoken; returns the user token. */
  String userToken(String email, char[] password, String otpGiven, Supplier<String> otp) throws AuthException {
    var code = otpGiven == null ? "" : otpGiven.trim();
    for (var attempt = 0; attempt < 2; attempt++) {
      var form = new FormBody.Builder()
          .add("email", email)
          .add("password", new String(password))
          .add("otptoken", code)
          .build();
      var request = new Request.Builder().url(endpoints.accounts("login"))
          .header("Accept", "application/json").post(form).build();
      var answer = Http.send(http, request, Step.LOGIN);
      if (answer.ok()) {
        try {
          var token = Json.string(Json.object(Json.parse(answer.body())), "token");
          if (token != null && !token.isBlank()) return token;
        } catch (IOException notJson) {
          // below
        }
        throw new AuthException(Step.LOGIN, "the account login answered without a user token (Athom changed its "
            + "login page): use `homey-console login --browser`");
      }
      var text = Json.errorText(answer.body());
      var wantsOtp = text != null && text.toLowerCase(Locale.ROOT).matches(".*(otp|two.?factor|2fa|one.?time).*");
      if (answer.code() >= 500) {
        throw new AuthException(Step.LOGIN, "the Athom account server failed (HTTP " + answer.code()
            + "): try again later");
      }
      if (wantsOtp && code.isEmpty() && otp != null) {
        code = otp.get();
        if (code == null || code.isBlank()) {
          throw new AuthException(Step.LOGIN, "login needs a two-factor code: enter it, or pass --otp");
        }
        code = code.trim();
        continue;
      }
      if (wantsOtp && code.isEmpty()) {
        throw new AuthException(Step.LOGIN, "login needs a two-factor code for this account: pass --otp CODE "
            + "(or log in interactively to be asked)");
      }
      if (wantsOtp || !code.isEmpty()) {
        throw new AuthException(Step.LOGIN, "login refused: wrong email, password or two-factor code"
            + " (codes change every 30 seconds)");
      }
      throw new AuthException(Step.LOGIN, "login refused: wrong email or password");
    }
    throw new AuthException(Step.LOGIN, "login refused: the two-factor code was not accepted");
  }

  /** Steps 2 and 3: opens the consent page and allows, returning the code from the redirect. */
  String consent(ClientCredentials client, String redirectUri, String userToken, String homeyId)
      throws AuthException {
    var pageUrl = withQuery(endpoints.accounts("oauth2/authorise"), client, redirectUri, userToken);
    var page = Http.send(http, new Request.Builder().url(pageUrl).get().build(), Step.CONSENT_PAGE);
    if (!page.ok()) {
      throw new AuthException(Step.CONSENT_PAGE, "the consent page answered HTTP " + page.code()
          + AthomCloud.detail(page) + ": check the client id and redirect URL of your API project, or use "
          + "`homey-console login --browser`");
    }
    var doc = Jsoup.parse(page.body(), pageUrl.toString());
    var csrfInput = doc.selectFirst("input[name=_csrf]");
    if (csrfInput == null || csrfInput.attr("value").isEmpty()) {
      throw new AuthException(Step.CONSENT_PAGE, "the consent page had no _csrf field (Athom changed its login "
          + "page): use `homey-console login --browser`");
    }
    String csrfCookie = null;
    for (var header : page.headers().values("Set-Cookie")) {
      var cookie = Cookie.parse(pageUrl, header);
      if (cookie != null && cookie.name().equals("_csrf")) csrfCookie = cookie.value();
    }
    if (csrfCookie == null) {
      throw new AuthException(Step.CONSENT_PAGE, "the consent page set no _csrf cookie (Athom changed its login "
          + "page): use `homey-console login --browser`");
    }

    var form = new FormBody.Builder();
    for (var resource : resources(csrfInput, homeyId)) form.add("resource", resource);
    form.add("_csrf", csrfInput.attr("value"));
    form.add("allow", "Allow");
    var postUrl = withQuery(endpoints.accounts("authorise"), client, redirectUri, userToken);
    var request = new Request.Builder().url(postUrl)
        .header("Cookie", "_csrf=" + csrfCookie)
        .post(form.build()).build();
    var answer = Http.send(noRedirects, request, Step.CONSENT);
    var location = answer.header("Location");
    if (answer.code() < 300 || answer.code() >= 400 || location == null) {
      throw new AuthException(Step.CONSENT, "the consent step answered HTTP " + answer.code()
          + (location == null ? " without a redirect" : "") + AthomCloud.detail(answer)
          + " (Athom changed its login page, or the redirect URL is not the API project's): "
          + "use `homey-console login --browser`");
    }
    var target = postUrl.resolve(location);
    var error = target == null ? null : target.queryParameter("error");
    if (error != null) {
      throw new AuthException(Step.CONSENT, "the consent was refused (" + error + "): allow access when asked, "
          + "or use `homey-console login --browser`");
    }
    var code = target == null ? null : target.queryParameter("code");
    if (code == null || code.isBlank()) {
      throw new AuthException(Step.CONSENT, "the consent redirect carried no code (Athom changed its login page): "
          + "use `homey-console login --browser`");
    }
    return code;
  }

  /** The {@code resource} values to allow: the chosen Homey's, else all the form offers. */
  private static Iterable<String> resources(Element csrfInput, String homeyId) {
    var values = new LinkedHashSet<String>();
    if (homeyId != null) values.add("resource.homey." + homeyId);
    var form = csrfInput.closest("form");
    var scope = form != null ? form : csrfInput.ownerDocument();
    if (homeyId == null && scope != null) {
      for (var input : scope.select("input[name=resource], option[value^=resource.]")) {
        var value = input.attr("value");
        if (!value.isEmpty()) values.add(value);
      }
    }
    return new ArrayList<>(values);
  }

  private static HttpUrl withQuery(HttpUrl base, ClientCredentials client, String redirectUri, String userToken) {
    return base.newBuilder()
        .addQueryParameter("client_id", client.clientId())
        .addQueryParameter("redirect_uri", redirectUri)
        .addQueryParameter("response_type", "code")
        .addQueryParameter("user_token", userToken)
        .build();
  }
}
