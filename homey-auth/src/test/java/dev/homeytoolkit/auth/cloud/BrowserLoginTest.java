package dev.homeytoolkit.auth.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.auth.AuthException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The browser flow's listener: the consent URL it shows, the state it checks, the code it hands back. */
class BrowserLoginTest {
  static final ClientCredentials CLIENT = new ClientCredentials("the-client", "the-secret");

  /** Runs the flow with a "browser" that answers the listener by building a redirect from the consent URL. */
  static BrowserLogin.Grant run(Function<HttpUrl, HttpUrl> browser, AtomicReference<HttpUrl> shown)
      throws AuthException {
    var login = new BrowserLogin(CloudEndpoints.at("http://cloud.invalid"), 0, Duration.ofSeconds(10));
    return login.authorize(CLIENT, url -> {
      var consent = HttpUrl.get(url);
      shown.set(consent);
      Thread.ofVirtual().start(() -> {
        try (var response = new OkHttpClient().newCall(new Request.Builder().url(browser.apply(consent)).build())
            .execute()) {
          response.body().string();
        } catch (Exception ignored) {
          // the listener's verdict is what the test checks
        }
      });
    });
  }

  static HttpUrl redirect(HttpUrl consent, String code, String state) {
    var b = HttpUrl.get(consent.queryParameter("redirect_uri")).newBuilder();
    if (code != null) b.addQueryParameter("code", code);
    if (state != null) b.addQueryParameter("state", state);
    return b.build();
  }

  @Test void showsTheConsentUrlAndTakesTheCodeBackOnLoopback() throws Exception {
    var shown = new AtomicReference<HttpUrl>();

    var grant = run(consent -> redirect(consent, "the-code", consent.queryParameter("state")), shown);

    assertEquals("the-code", grant.code());
    var consent = shown.get();
    assertEquals("/oauth2/authorise", consent.encodedPath());
    assertEquals("the-client", consent.queryParameter("client_id"));
    assertEquals("code", consent.queryParameter("response_type"));
    assertTrue(consent.queryParameter("redirect_uri").startsWith("http://127.0.0.1:"));
    assertEquals(grant.redirectUri(), consent.queryParameter("redirect_uri"));
    assertTrue(consent.queryParameter("state").length() >= 24);
    assertTrue(!grant.toString().contains("the-code"));
  }

  @Test void theStateIsRandomPerLogin() throws Exception {
    var first = new AtomicReference<HttpUrl>();
    var second = new AtomicReference<HttpUrl>();
    run(c -> redirect(c, "a", c.queryParameter("state")), first);
    run(c -> redirect(c, "b", c.queryParameter("state")), second);

    assertNotEquals(first.get().queryParameter("state"), second.get().queryParameter("state"));
  }

  @Test void aRedirectWithAnotherStateIsRefused() {
    var e = assertThrows(AuthException.class,
        () -> run(c -> redirect(c, "forged-code", "not-the-state"), new AtomicReference<>()));

    assertEquals(AuthException.Step.BROWSER, e.step());
    assertTrue(e.getMessage().contains("wrong state"), e.getMessage());
  }

  @Test void aDeniedConsentIsReported() {
    var e = assertThrows(AuthException.class, () -> run(c -> redirect(c, null, c.queryParameter("state")).newBuilder()
        .addQueryParameter("error", "access_denied").build(), new AtomicReference<>()));

    assertTrue(e.getMessage().contains("access_denied"), e.getMessage());
  }
}
