package dev.homeytoolkit.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Secrets never reach a log line. */
class RedactionTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test void secretHeadersAreBlanked() {
    assertEquals(Redaction.MASK, Redaction.header("Authorization", "Bearer abc"));
    assertEquals(Redaction.MASK, Redaction.header("Cookie", "_csrf=abc"));
    assertEquals(Redaction.MASK, Redaction.header("Set-Cookie", "sid=abc; HttpOnly"));
    assertEquals("application/json", Redaction.header("Content-Type", "application/json"));
    assertEquals("https://app.example/cb?code=" + Redaction.MASK + "&state=s",
        Redaction.header("Location", "https://app.example/cb?code=abc123&state=s"));
  }

  @Test void secretQueryAndFormFieldsAreBlanked() {
    assertEquals("https://accounts.athom.com/oauth2/authorise?client_id=c&user_token=" + Redaction.MASK
        + "&response_type=code", Redaction.url("https://accounts.athom.com/oauth2/authorise?client_id=c&user_token=u1"
        + "&response_type=code"));
    assertEquals("email=a%40b.c&password=" + Redaction.MASK + "&otptoken=" + Redaction.MASK,
        Redaction.query("email=a%40b.c&password=hunter2&otptoken=123456"));
    assertEquals("grant_type=authorization_code&code=" + Redaction.MASK + "&client_secret=" + Redaction.MASK,
        Redaction.query("grant_type=authorization_code&code=xyz&client_secret=s3"));
  }

  @Test void secretJsonFieldsBareStringsAndJwtsAreBlankedNumbersKept() {
    var text = Redaction.json("{\"token_type\":\"bearer\",\"access_token\":\"a1\",\"refresh_token\":\"r1\","
        + "\"expires_in\":3660,\"nested\":{\"password\":{\"x\":1},\"name\":\"n\"},\"statusCode\":401,"
        + "\"note\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig\"}");
    assertEquals("{\"token_type\":\"██\",\"access_token\":\"██\",\"refresh_token\":\"██\",\"expires_in\":3660,"
        + "\"nested\":{\"password\":\"██\",\"name\":\"n\"},\"statusCode\":401,\"note\":\"██\"}", text);
    assertEquals("\"██\"", Redaction.json("\"session-token-123\""));
    assertEquals("(9 characters that are not JSON)", Redaction.json("<a>x</a> "));
  }

  @Test void theLoggerShowsCallsButNoSecret() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .addHeader("Set-Cookie", "_csrf=cookie-secret").body("{\"access_token\":\"at-secret\",\"ok\":true}").build());
    var lines = new ArrayList<String>();
    var client = new OkHttpClient.Builder().addInterceptor(new RedactingLogger(lines::add)).build();
    var form = new FormBody.Builder().add("email", "me@example.com").add("password", "pw-secret")
        .add("client_secret", "cs-secret").build();
    var request = new Request.Builder().url(server.url("/login?user_token=ut-secret&x=1"))
        .header("Authorization", "Bearer bearer-secret").header("Cookie", "_csrf=c-secret").post(form).build();
    try (var response = client.newCall(request).execute()) {
      assertTrue(response.body().string().contains("at-secret"), "the caller still gets the real answer");
    }
    var log = String.join("\n", lines);
    for (var secret : List.of("pw-secret", "cs-secret", "ut-secret", "bearer-secret", "c-secret", "cookie-secret",
        "at-secret")) {
      assertFalse(log.contains(secret), secret + " leaked:\n" + log);
    }
    assertTrue(log.contains("--> POST"), log);
    assertTrue(log.contains("email=me%40example.com"), log);
    assertTrue(log.contains("<-- 200"), log);
    assertTrue(log.contains("\"ok\":true"), log);
  }

  @Test void jsonRequestBodiesAreRedactedToo() throws Exception {
    server.enqueue(new MockResponse.Builder().body("\"the-session-token\"").build());
    var lines = new ArrayList<String>();
    var client = new OkHttpClient.Builder().addInterceptor(new RedactingLogger(lines::add)).build();
    var body = RequestBody.create("{\"token\":\"jwt-secret\"}", MediaType.get("application/json"));
    client.newCall(new Request.Builder().url(server.url("/api/manager/users/login")).post(body).build())
        .execute().close();
    var log = String.join("\n", lines);
    assertFalse(log.contains("jwt-secret"), log);
    assertFalse(log.contains("the-session-token"), log);
  }
}
