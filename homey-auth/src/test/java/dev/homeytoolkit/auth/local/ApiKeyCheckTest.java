package dev.homeytoolkit.auth.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.auth.AuthException;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ApiKeyCheckTest {
  static final String ID = "aaaaaaaaaaaaaaaaaaaaaaaa";
  @StartStop final MockWebServer server = new MockWebServer();

  String address() {
    var url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  static MockResponse homey(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("X-Homey-ID", ID).addHeader("X-Homey-Version", "12.4.0")
        .addHeader("Content-Type", "application/json").body(body).build();
  }

  @Test void pingsMakesOneAuthorisedCallAndReadsTheScopes() throws Exception {
    server.enqueue(homey(200, "true"));
    server.enqueue(homey(200, "{\"type\":\"pat\",\"scopes\":[\"homey.device.readonly\",\"homey.flow\"]}"));
    server.enqueue(homey(200, "\"Living Room Homey\""));

    var homey = new ApiKeyCheck(new OkHttpClient()).check(address() + "/", "the-key");

    assertEquals(new LocalHomey(address(), ID, "12.4.0", "Living Room Homey",
        List.of("homey.device.readonly", "homey.flow")), homey);
    assertEquals("/api/manager/system/ping", server.takeRequest().getUrl().encodedPath());
    var me = server.takeRequest();
    assertEquals("/api/manager/sessions/session/me", me.getUrl().encodedPath());
    assertEquals("Bearer the-key", me.getHeaders().get("Authorization"));
    assertEquals(ID, me.getHeaders().get("X-Homey-ID"));
  }

  @Test void aKeyWithoutTheSystemScopeStillLogsInWithoutAName() throws Exception {
    server.enqueue(homey(200, "true"));
    server.enqueue(homey(200, "{\"scopes\":[\"homey.device.readonly\"]}"));
    server.enqueue(homey(403, "{\"error\":\"missing_scopes\",\"error_description\":\"Missing Scopes\",\"statusCode\":403}"));

    var homey = new ApiKeyCheck(new OkHttpClient()).check(address(), "the-key");

    assertNull(homey.name());
    assertEquals(List.of("homey.device.readonly"), homey.scopes());
  }

  @Test void aWrongKeyIsNamed() {
    server.enqueue(homey(200, "true"));
    server.enqueue(homey(401, "{\"error\":\"invalid_token\",\"statusCode\":401}"));

    var e = assertThrows(AuthException.class, () -> new ApiKeyCheck(new OkHttpClient()).check(address(), "wrong-key"));

    assertEquals(AuthException.Step.API_KEY, e.step());
    assertTrue(e.getMessage().startsWith("the Homey refused the API key"), e.getMessage());
    assertTrue(!e.getMessage().contains("wrong-key"));
  }

  @Test void somethingThatIsNotAHomeyIsNamed() {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>router</html>").build());

    var e = assertThrows(AuthException.class, () -> new ApiKeyCheck(new OkHttpClient()).check(address(), "k"));

    assertEquals(AuthException.Step.PING, e.step());
    assertTrue(e.getMessage().startsWith("no Homey answered at " + address()), e.getMessage());
  }
}
