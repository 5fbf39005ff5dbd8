package dev.homeytoolkit.auth;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A scripted Athom cloud and Homey on one MockWebServer, just enough for token renewal: refresh grants, delegation
 * (accepting only the newest access token), and the Homey session login. Counts each so tests can prove single
 * flight.
 */
final class FakeCloud extends Dispatcher {
  static final String HOMEY_ID = "aaaaaaaaaaaaaaaaaaaaaaaa";

  final AtomicInteger refreshes = new AtomicInteger();
  final AtomicInteger delegations = new AtomicInteger();
  final AtomicInteger sessions = new AtomicInteger();
  final AtomicInteger requests = new AtomicInteger();
  final AtomicBoolean revoked = new AtomicBoolean();
  volatile String validAccess = "acc-0";

  @Override public MockResponse dispatch(RecordedRequest request) {
    requests.incrementAndGet();
    var path = request.getUrl().encodedPath();
    var auth = request.getHeaders().get("Authorization");
    switch (path) {
      case "/oauth2/token" -> {
        var body = request.getBody().utf8();
        if (revoked.get() || !body.contains("refresh_token=ref-0")) {
          return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token revoked\"}");
        }
        var n = refreshes.incrementAndGet();
        slow();
        validAccess = "acc-" + n;
        return json(200, "{\"access_token\":\"acc-" + n + "\",\"refresh_token\":\"ref-0\",\"expires_in\":3660}");
      }
      case "/delegation/token" -> {
        if (!("Bearer " + validAccess).equals(auth)) return json(401, "{\"error\":\"invalid_token\"}");
        delegations.incrementAndGet();
        return json(200, "\"jwt-for-" + validAccess + "\"");
      }
      case "/api/manager/users/login" -> {
        var n = sessions.incrementAndGet();
        slow();
        return json(200, "\"session-" + n + "\"");
      }
      default -> {
        return json(404, "{\"error\":\"not_found\"}");
      }
    }
  }

  private static void slow() {
    try {
      Thread.sleep(50); // widen the window in which concurrent callers would renew twice without the lock
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .addHeader("X-Homey-ID", HOMEY_ID).body(body).build();
  }
}
