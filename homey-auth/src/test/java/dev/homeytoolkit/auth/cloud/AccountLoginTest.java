package dev.homeytoolkit.auth.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.auth.AuthException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Each step of the scripted account login, and each way it fails, against a scripted server. */
class AccountLoginTest {
  static final String HOMEY = "5f0c1e2d3a4b5c6d7e8f9a0b";
  static final ClientCredentials CLIENT = new ClientCredentials("the-client", "the-client-secret");
  static final String PAGE = """
      <html><body><form method="post" action="/authorise">
        <input type="hidden" name="_csrf" value="form-csrf-value">
        <label><input type="checkbox" name="resource" value="resource.homey.%s" checked> Home</label>
        <button name="allow" value="Allow">Allow</button>
      </form></body></html>""".formatted(HOMEY);

  @StartStop final MockWebServer server = new MockWebServer();

  AccountLogin login() {
    return new AccountLogin(new OkHttpClient(), CloudEndpoints.at(server.url("/").toString()));
  }

  void enqueueUserToken() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"token\":\"the-user-token\"}").build());
  }

  void enqueuePage(String html, boolean cookie) {
    var page = new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html").body(html);
    if (cookie) page.addHeader("Set-Cookie", "_csrf=cookie-csrf-value; Path=/; HttpOnly");
    server.enqueue(page.build());
  }

  @Test void logsInConsentsAndReadsTheCodeFromTheRedirectWithoutFollowingIt() throws Exception {
    enqueueUserToken();
    enqueuePage(PAGE, true);
    server.enqueue(new MockResponse.Builder().code(302)
        .addHeader("Location", "http://localhost/?code=the-auth-code").build());

    var code = login().authorizationCode(CLIENT, "http://localhost", "me@example.com", "hunter2".toCharArray(),
        null, null, null);

    assertEquals("the-auth-code", code);
    var step1 = server.takeRequest();
    assertEquals("POST", step1.getMethod());
    assertEquals("/login", step1.getUrl().encodedPath());
    assertEquals("email=me%40example.com&password=hunter2&otptoken=", body(step1));

    var step2 = server.takeRequest();
    assertEquals("GET", step2.getMethod());
    assertEquals("/oauth2/authorise", step2.getUrl().encodedPath());
    assertEquals("the-user-token", step2.getUrl().queryParameter("user_token"));
    assertEquals("the-client", step2.getUrl().queryParameter("client_id"));
    assertEquals("code", step2.getUrl().queryParameter("response_type"));
    assertEquals("http://localhost", step2.getUrl().queryParameter("redirect_uri"));

    var step3 = server.takeRequest();
    assertEquals("POST", step3.getMethod());
    assertEquals("/authorise", step3.getUrl().encodedPath());
    assertEquals("the-user-token", step3.getUrl().queryParameter("user_token"));
    assertEquals("_csrf=cookie-csrf-value", step3.getHeaders().get("Cookie"));
    assertEquals("resource=resource.homey." + HOMEY + "&_csrf=form-csrf-value&allow=Allow", body(step3));
    assertEquals(3, server.getRequestCount(), "the redirect to localhost must not be followed");
  }

  @Test void aChosenHomeyIsTheResourceConsentedFor() throws Exception {
    enqueueUserToken();
    enqueuePage(PAGE.replace(HOMEY, "aaaaaaaaaaaaaaaaaaaaaaaa"), true);
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://localhost/?code=c").build());

    login().authorizationCode(CLIENT, "http://localhost", "me@example.com", "pw".toCharArray(), null, null, HOMEY);

    server.takeRequest();
    server.takeRequest();
    assertTrue(body(server.takeRequest()).startsWith("resource=resource.homey." + HOMEY + "&_csrf="));
  }

  @Test void wrongPasswordIsNamedAsSuch() {
    server.enqueue(new MockResponse.Builder().code(401)
        .body("{\"error\":\"invalid_credentials\",\"error_description\":\"Invalid email or password\"}").build());

    var e = assertThrows(AuthException.class, () -> login().authorizationCode(CLIENT, "http://localhost",
        "me@example.com", "wrong-password".toCharArray(), null, null, null));

    assertEquals("login refused: wrong email or password", e.getMessage());
    assertEquals(AuthException.Step.LOGIN, e.step());
    assertFalse(e.getMessage().contains("wrong-password"));
  }

  @Test void asksForTheTwoFactorCodeOnlyWhenTheAccountWantsOne() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401)
        .body("{\"error\":\"otp_required\",\"error_description\":\"Two-factor authentication code required\"}")
        .build());
    enqueueUserToken();
    enqueuePage(PAGE, true);
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://localhost/?code=c2").build());
    var asked = new AtomicInteger();

    var code = login().authorizationCode(CLIENT, "http://localhost", "me@example.com", "pw".toCharArray(), null,
        () -> {
          asked.incrementAndGet();
          return "123456";
        }, null);

    assertEquals("c2", code);
    assertEquals(1, asked.get());
    assertTrue(body(server.takeRequest()).endsWith("otptoken="));
    assertTrue(body(server.takeRequest()).endsWith("otptoken=123456"));
  }

  @Test void twoFactorWithoutAnyoneToAskSaysHowToPassTheCode() {
    server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":\"otp_required\"}").build());

    var e = assertThrows(AuthException.class, () -> login().authorizationCode(CLIENT, "http://localhost",
        "me@example.com", "pw".toCharArray(), null, null, null));

    assertTrue(e.getMessage().contains("--otp"), e.getMessage());
  }

  @Test void aConsentPageWithoutCsrfFieldPointsToTheBrowserLogin() {
    enqueueUserToken();
    enqueuePage(PAGE.replace("name=\"_csrf\"", "name=\"csrf_token\""), true);

    var e = assertThrows(AuthException.class, () -> login().authorizationCode(CLIENT, "http://localhost",
        "me@example.com", "pw".toCharArray(), null, null, null));

    assertEquals("the consent page had no _csrf field (Athom changed its login page): use "
        + "`homey-console login --browser`", e.getMessage());
    assertEquals(AuthException.Step.CONSENT_PAGE, e.step());
  }

  @Test void aConsentPageWithoutCsrfCookieIsReported() {
    enqueueUserToken();
    enqueuePage(PAGE, false);

    var e = assertThrows(AuthException.class, () -> login().authorizationCode(CLIENT, "http://localhost",
        "me@example.com", "pw".toCharArray(), null, null, null));

    assertTrue(e.getMessage().startsWith("the consent page set no _csrf cookie"), e.getMessage());
  }

  @Test void aConsentAnswerWithoutLocationNamesTheStep() {
    enqueueUserToken();
    enqueuePage(PAGE, true);
    server.enqueue(new MockResponse.Builder().code(200).body("<html>Thanks</html>").build());

    var e = assertThrows(AuthException.class, () -> login().authorizationCode(CLIENT, "http://localhost",
        "me@example.com", "pw".toCharArray(), null, null, null));

    assertEquals(AuthException.Step.CONSENT, e.step());
    assertTrue(e.getMessage().contains("without a redirect"), e.getMessage());
    assertTrue(e.getMessage().contains("login --browser"), e.getMessage());
  }

  @Test void aRedirectWithoutCodeIsReported() {
    enqueueUserToken();
    enqueuePage(PAGE, true);
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://localhost/?nothing=1").build());

    var e = assertThrows(AuthException.class, () -> login().authorizationCode(CLIENT, "http://localhost",
        "me@example.com", "pw".toCharArray(), null, null, null));

    assertTrue(e.getMessage().startsWith("the consent redirect carried no code"), e.getMessage());
  }

  @Test void aRefusedConsentSaysSo() {
    enqueueUserToken();
    enqueuePage(PAGE, true);
    server.enqueue(new MockResponse.Builder().code(302)
        .addHeader("Location", "http://localhost/?error=access_denied").build());

    var e = assertThrows(AuthException.class, () -> login().authorizationCode(CLIENT, "http://localhost",
        "me@example.com", "pw".toCharArray(), null, null, null));

    assertTrue(e.getMessage().contains("access_denied"), e.getMessage());
    assertNull(e.getCause());
  }

  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }
}
