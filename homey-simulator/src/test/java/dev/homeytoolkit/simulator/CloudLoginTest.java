package dev.homeytoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.simulator.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reference A step by step over raw HTTP, the way the seed guide's script does it, plus reference B's grants. */
class CloudLoginTest {
  static final String REDIRECT = "http://localhost";

  HomeySimulator sim;
  Http http;
  DemoAccount account;

  @BeforeEach void start() {
    sim = HomeySimulator.start();
    http = new Http(sim);
    account = sim.account();
  }

  @AfterEach void stop() {
    sim.close();
  }

  @Test void theSeedGuidesLoginWorksEndToEnd() {
    var userToken = login(null);
    var code = authorizationCode(userToken);
    var tokens = exchange("grant_type=authorization_code&code=" + enc(code), false);
    assertEquals("bearer", tokens.get("token_type"));
    assertNotNull(tokens.get("refresh_token"));
    assertTrue(((Number) tokens.get("expires_in")).doubleValue() > 0);

    // step 5: the seed sends a malformed form body; only the bearer counts
    var delegation = http.execute(new Request.Builder()
        .url(sim.baseUrl() + "/delegation/token?audience=homey")
        .header("Authorization", "Bearer " + tokens.get("access_token"))
        .post(RequestBody.create("client_id=x &client_secret=y&grant_type=refresh_token&refresh_token=z", Http.FORM))
        .build());
    assertEquals(200, delegation.code());
    var jwt = (String) delegation.json();
    assertEquals(3, jwt.split("\\.").length);

    // step 6: no Authorization header; the seed does not even send X-Homey-ID
    var session = http.execute(new Request.Builder()
        .url(sim.baseUrl() + "/api/manager/users/login")
        .post(RequestBody.create(Json.write(Map.of("token", jwt)), Http.JSON))
        .build());
    assertEquals(200, session.code());
    var sessionToken = (String) session.json();

    // step 7
    var homey = new Http(sim);
    homey.bearer = sessionToken;
    var devices = homey.get("/api/manager/devices/device/");
    assertEquals(200, devices.code());
    assertTrue(devices.object().size() >= 40);
  }

  @Test void userMeListsTheHomeyWithUrlsPointingBackAtTheSimulator() {
    var tokens = exchange("grant_type=password&username=" + enc(account.email()) + "&password="
        + enc(account.password()), true);
    var me = http.execute(new Request.Builder().url(sim.baseUrl() + "/user/me")
        .header("Authorization", "Bearer " + tokens.get("access_token")).build());
    assertEquals(200, me.code());
    @SuppressWarnings("unchecked")
    var homey = (Map<String, Object>) ((List<Object>) me.object().get("homeys")).getFirst();
    assertEquals(sim.homeyId(), homey.get("id"));
    assertEquals(sim.homeyId(), homey.get("_id"));
    assertEquals("local", homey.get("platform"));
    for (var key : List.of("localUrl", "localUrlSecure", "remoteUrl", "remoteUrlForwarded")) {
      assertEquals(sim.baseUrl(), homey.get(key), key);
    }
  }

  @Test void wrongPasswordIsRefused() {
    var answer = form("/login", "email=" + enc(account.email()) + "&password=wrong&otptoken=", null);
    assertEquals(401, answer.code());
    assertEquals("invalid_credentials", answer.object().get("error"));
  }

  @Test void twoFactorAccountsNeedTheCode() {
    sim.requireTwoFactor("123456");
    var without = form("/login", "email=" + enc(account.email()) + "&password=" + enc(account.password())
        + "&otptoken=", null);
    assertEquals(401, without.code());
    var wrong = form("/login", "email=" + enc(account.email()) + "&password=" + enc(account.password())
        + "&otptoken=654321", null);
    assertEquals(401, wrong.code());
    assertNotNull(login("123456"));
  }

  @Test void allowWithoutTheCsrfCookieIsForbidden() {
    var userToken = login(null);
    var page = http.execute(new Request.Builder().url(sim.baseUrl() + "/oauth2/authorise?" + authQuery(userToken)).build());
    var csrf = between(page.body(), "name=\"_csrf\" value=\"", "\">");
    var allow = http.execute(new Request.Builder().url(sim.baseUrl() + "/authorise?" + authQuery(userToken))
        .post(RequestBody.create("resource=resource.homey." + sim.homeyId() + "&_csrf=" + csrf + "&allow=Allow", Http.FORM))
        .build());
    assertEquals(403, allow.code());
  }

  @Test void codesAreSingleUse() {
    var code = authorizationCode(login(null));
    exchange("grant_type=authorization_code&code=" + enc(code), false);
    var again = form("/oauth2/token", "client_id=" + account.clientId() + "&client_secret=" + account.clientSecret()
        + "&grant_type=authorization_code&code=" + enc(code), null);
    assertEquals(400, again.code());
    assertEquals("invalid_grant", again.object().get("error"));
  }

  @Test void wrongClientSecretIs401() {
    var answer = form("/oauth2/token", "client_id=" + account.clientId()
        + "&client_secret=nope&grant_type=client_credentials", null);
    assertEquals(401, answer.code());
    assertEquals("invalid_client", answer.object().get("error"));
  }

  @Test void clientCredentialsGiveAnAccessTokenOnly() {
    var tokens = exchange("grant_type=client_credentials", true);
    assertNotNull(tokens.get("access_token"));
    assertEquals(null, tokens.get("refresh_token"));
  }

  @Test void refreshWorksUntilRevoked() {
    var tokens = exchange("grant_type=password&username=" + enc(account.email()) + "&password="
        + enc(account.password()), true);
    var refresh = (String) tokens.get("refresh_token");
    var renewed = exchange("grant_type=refresh_token&refresh_token=" + enc(refresh), true);
    assertNotNull(renewed.get("access_token"));
    sim.revokeRefreshTokens();
    var refused = form("/oauth2/token", "grant_type=refresh_token&refresh_token=" + enc(refresh), basic());
    assertEquals(400, refused.code());
    assertEquals("invalid_grant", refused.object().get("error"));
  }

  @Test void expiredTokensGive401OnTheCloudAndTheHomey() {
    var tokens = exchange("grant_type=password&username=" + enc(account.email()) + "&password="
        + enc(account.password()), true);
    var access = (String) tokens.get("access_token");
    var jwt = (String) http.execute(new Request.Builder().url(sim.baseUrl() + "/delegation/token?audience=homey")
        .header("Authorization", "Bearer " + access).post(RequestBody.create("{}", Http.JSON)).build()).json();
    var session = (String) http.execute(new Request.Builder().url(sim.baseUrl() + "/api/manager/users/login")
        .header("X-Homey-ID", sim.homeyId())
        .post(RequestBody.create(Json.write(Map.of("token", jwt)), Http.JSON)).build()).json();
    var homey = new Http(sim);
    homey.bearer = session;
    assertEquals(200, homey.get("/api/manager/zones/zone").code());

    sim.expireTokens();

    var expired = homey.get("/api/manager/zones/zone");
    assertEquals(401, expired.code());
    assertEquals("invalid_token", expired.object().get("error"));
    var cloud = http.execute(new Request.Builder().url(sim.baseUrl() + "/user/me")
        .header("Authorization", "Bearer " + access).build());
    assertEquals(401, cloud.code());
    assertEquals("invalid_token", cloud.object().get("error"));
    // API keys do not expire
    assertEquals(200, http.get("/api/manager/zones/zone").code());
    // the refresh token still gives a fresh access token
    var refreshed = exchange("grant_type=refresh_token&refresh_token=" + enc((String) tokens.get("refresh_token")), true);
    assertNotNull(refreshed.get("access_token"));
  }

  @Test void usersLoginRefusesForgedTokensAndOtherHomeys() {
    var tokens = exchange("grant_type=client_credentials", true);
    var jwt = (String) http.execute(new Request.Builder().url(sim.baseUrl() + "/delegation/token?audience=homey")
        .header("Authorization", "Bearer " + tokens.get("access_token")).post(RequestBody.create("{}", Http.JSON))
        .build()).json();
    var parts = jwt.split("\\.");
    var forged = parts[0] + "." + parts[1] + "." + parts[2].substring(1) + "A";
    var anonymous = new Http(sim);
    anonymous.bearer = null;
    var refused = anonymous.post("/api/manager/users/login", Map.of("token", forged));
    assertEquals(401, refused.code());
    var otherHomey = http.execute(new Request.Builder().url(sim.baseUrl() + "/api/manager/users/login")
        .header("X-Homey-ID", "0123456789abcdef01234567")
        .post(RequestBody.create(Json.write(Map.of("token", jwt)), Http.JSON)).build());
    assertEquals(400, otherHomey.code());
    assertEquals(200, anonymous.post("/api/manager/users/login", Map.of("token", jwt)).code());
    var noAudience = http.execute(new Request.Builder().url(sim.baseUrl() + "/delegation/token")
        .header("Authorization", "Bearer " + tokens.get("access_token")).post(RequestBody.create("{}", Http.JSON))
        .build());
    assertEquals(400, noAudience.code());
  }

  @Test void theBrowserFlowRedirectsWithCodeAndState() {
    var query = "client_id=" + account.clientId() + "&redirect_uri=" + enc("http://127.0.0.1:9999/callback")
        + "&response_type=code&state=xyz123";
    var page = http.execute(new Request.Builder().url(sim.baseUrl() + "/oauth2/authorise?" + query).build());
    assertEquals(200, page.code());
    assertTrue(page.body().contains("name=\"password\""));
    var csrf = between(page.body(), "name=\"_csrf\" value=\"", "\">");
    var cookie = page.header("Set-Cookie").split(";")[0];
    var allow = http.execute(new Request.Builder().url(sim.baseUrl() + "/oauth2/authorise?" + query)
        .header("Cookie", cookie)
        .post(RequestBody.create("_csrf=" + csrf + "&email=" + enc(account.email()) + "&password="
            + enc(account.password()) + "&allow=Allow", Http.FORM))
        .build());
    assertEquals(302, allow.code());
    var location = allow.header("Location");
    assertTrue(location.startsWith("http://127.0.0.1:9999/callback?code="), location);
    assertTrue(location.endsWith("&state=xyz123"), location);
    var code = between(location, "code=", "&");
    var tokens = exchange("grant_type=authorization_code&code=" + enc(code), true);
    assertNotNull(tokens.get("access_token"));
  }

  // ---- helpers

  private String login(String otp) {
    var answer = form("/login", "email=" + enc(account.email()) + "&password=" + enc(account.password())
        + "&otptoken=" + (otp == null ? "" : otp), null);
    assertEquals(200, answer.code(), answer.body());
    return (String) answer.object().get("token");
  }

  private String authQuery(String userToken) {
    return "client_id=" + account.clientId() + "&redirect_uri=" + enc(REDIRECT) + "&response_type=code&user_token="
        + userToken;
  }

  /** Steps 2 and 3, parsed exactly like the seed guide parses them. */
  private String authorizationCode(String userToken) {
    var page = http.execute(new Request.Builder().url(sim.baseUrl() + "/oauth2/authorise?" + authQuery(userToken)).build());
    assertEquals(200, page.code());
    var csrf = between(page.body(), "name=\"_csrf\" value=\"", "\">");
    String cookieCsrf = null;
    for (var el : page.response().headers("Set-Cookie")) {
      var dc = el.split("=");
      if (dc[0].equals("_csrf")) cookieCsrf = dc[1];
    }
    assertNotNull(cookieCsrf);
    var allow = http.execute(new Request.Builder().url(sim.baseUrl() + "/authorise?" + authQuery(userToken))
        .header("Cookie", "_csrf=" + cookieCsrf)
        .post(RequestBody.create("resource=resource.homey." + sim.homeyId() + "&_csrf=" + csrf + "&allow=Allow",
            Http.FORM))
        .build());
    assertEquals(302, allow.code());
    var location = allow.header("Location");
    assertTrue(location.startsWith(REDIRECT + "?code="), location);
    return location.split("=")[1];
  }

  private Map<String, Object> exchange(String grant, boolean useBasic) {
    var body = useBasic ? grant
        : "client_id=" + enc(account.clientId()) + "&client_secret=" + enc(account.clientSecret()) + "&" + grant;
    var answer = form("/oauth2/token", body, useBasic ? basic() : null);
    assertEquals(200, answer.code(), answer.body());
    return answer.object();
  }

  private String basic() {
    return "Basic " + Base64.getEncoder().encodeToString((account.clientId() + ":" + account.clientSecret())
        .getBytes(StandardCharsets.UTF_8));
  }

  private Http.Answer form(String path, String body, String authorization) {
    var builder = new Request.Builder().url(sim.baseUrl() + path).post(RequestBody.create(body, Http.FORM));
    if (authorization != null) builder.header("Authorization", authorization);
    return http.execute(builder.build());
  }

  private static String between(String s, String from, String to) {
    var start = s.indexOf(from);
    assertTrue(start >= 0, "no " + from + " in " + s);
    var rest = s.substring(start + from.length());
    var end = rest.indexOf(to);
    return end < 0 ? rest : rest.substring(0, end);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
