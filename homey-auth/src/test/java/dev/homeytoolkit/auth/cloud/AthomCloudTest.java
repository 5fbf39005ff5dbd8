package dev.homeytoolkit.auth.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.auth.AuthException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The OAuth2 grants, /user/me and delegation against a scripted server. */
class AthomCloudTest {
  static final ClientCredentials CLIENT = new ClientCredentials("the-client", "the-client-secret");
  static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

  @StartStop final MockWebServer server = new MockWebServer();

  AthomCloud cloud() {
    return new AthomCloud(new OkHttpClient(), CloudEndpoints.at(server.url("/").toString()),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test void exchangesTheCodeForTokensWithTheirExpiry() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("""
        {"token_type":"bearer","access_token":"acc-1","refresh_token":"ref-1","expires_in":3660}""").build());

    var tokens = cloud().exchangeCode(CLIENT, "the-code", "http://localhost");

    assertEquals("acc-1", tokens.accessToken());
    assertEquals("ref-1", tokens.refreshToken());
    assertEquals(NOW.plusSeconds(3660), tokens.expiresAt());
    var request = server.takeRequest();
    assertEquals("/oauth2/token", request.getUrl().encodedPath());
    var body = request.getBody().utf8();
    assertTrue(body.contains("grant_type=authorization_code"), body);
    assertTrue(body.contains("code=the-code"), body);
    assertTrue(body.contains("client_id=the-client"), body);
    assertFalse(tokens.toString().contains("acc-1"));
  }

  @Test void aBadCodeSaysCodesAreShortLivedAndSingleUse() {
    server.enqueue(new MockResponse.Builder().code(400)
        .body("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid authorization code\"}").build());

    var e = assertThrows(AuthException.class, () -> cloud().exchangeCode(CLIENT, "old-code", "http://localhost"));

    assertEquals(AuthException.Step.CODE_EXCHANGE, e.step());
    assertTrue(e.getMessage().startsWith("the authorization code was refused (Invalid authorization code)"),
        e.getMessage());
    assertFalse(e.getMessage().contains("old-code"));
  }

  @Test void aWrongClientSecretIsNamed() {
    server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":\"invalid_client\"}").build());

    var e = assertThrows(AuthException.class, () -> cloud().exchangeCode(CLIENT, "c", "http://localhost"));

    assertTrue(e.getMessage().contains("client id and secret"), e.getMessage());
  }

  @Test void refreshSendsTheRefreshGrant() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200)
        .body("{\"access_token\":\"acc-2\",\"refresh_token\":\"ref-2\",\"expires_in\":60}").build());

    var tokens = cloud().refresh(CLIENT, "ref-1", "default");

    assertEquals("acc-2", tokens.accessToken());
    var body = server.takeRequest().getBody().utf8();
    assertTrue(body.contains("grant_type=refresh_token") && body.contains("refresh_token=ref-1"), body);
  }

  @Test void aRevokedRefreshTokenEndsTheSession() {
    server.enqueue(new MockResponse.Builder().code(400)
        .body("{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token revoked\"}").build());

    var e = assertThrows(AuthException.class, () -> cloud().refresh(CLIENT, "ref-1", "cabin"));

    assertTrue(e.sessionEnded());
    assertEquals("your session ended: run `homey-console login --profile cabin`", e.getMessage());
  }

  @Test void delegationPostsAnEmptyJsonObjectWithTheBearer() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("\"the.jwt.value\"").build());

    assertEquals("the.jwt.value", cloud().delegation("acc-1"));

    var request = server.takeRequest();
    assertEquals("/delegation/token", request.getUrl().encodedPath());
    assertEquals("homey", request.getUrl().queryParameter("audience"));
    assertEquals("Bearer acc-1", request.getHeaders().get("Authorization"));
    assertEquals("{}", request.getBody().utf8());
  }

  @Test void delegationRefusedWithA401AsksForARefresh() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":\"invalid_token\"}").build());

    assertNull(cloud().delegation("expired"));
  }

  @Test void userMeListsTheHomeys() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("""
        {"email":"me@example.com","firstname":"Me","homeys":[
          {"_id":"aaaaaaaaaaaaaaaaaaaaaaaa","name":"Home","platform":"local","softwareVersion":"12.4.0",
           "localUrl":"http://192.168.1.50","remoteUrl":"https://aaaaaaaaaaaaaaaaaaaaaaaa.connect.athom.com"},
          {"id":"bbbbbbbbbbbbbbbbbbbbbbbb","name":"Cabin","platform":"cloud"}]}""").build());

    var user = cloud().userMe("acc-1");

    assertEquals("me@example.com", user.email());
    assertEquals(2, user.homeys().size());
    assertEquals("aaaaaaaaaaaaaaaaaaaaaaaa", user.homeys().get(0).id());
    assertEquals("http://192.168.1.50", user.homeys().get(0).localUrl());
    assertEquals("Homey Cloud", user.homeys().get(1).kind());
  }

  @Test void aMaintenancePageStillGivesAReadableError() {
    server.enqueue(new MockResponse.Builder().code(503).body("<html><h1>Maintenance</h1></html>").build());

    var e = assertThrows(AuthException.class, () -> cloud().userMe("acc-1"));

    assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
    assertFalse(e.getMessage().contains("<html>"));
  }
}
