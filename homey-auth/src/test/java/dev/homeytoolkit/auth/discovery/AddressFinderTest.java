package dev.homeytoolkit.auth.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.cloud.CloudHomey;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class AddressFinderTest {
  static final String ID = "aaaaaaaaaaaaaaaaaaaaaaaa";
  @StartStop final MockWebServer local = new MockWebServer();
  @StartStop final MockWebServer other = new MockWebServer();
  @StartStop final MockWebServer remote = new MockWebServer();

  static String base(MockWebServer s) {
    var url = s.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  static MockResponse pong(String id) {
    return new MockResponse.Builder().code(200).addHeader("X-Homey-ID", id).body("true").build();
  }

  @Test void prefersLocalEvenWhenTheCloudAnswersFirst() throws Exception {
    local.enqueue(new MockResponse.Builder(pong(ID)).headersDelay(300, TimeUnit.MILLISECONDS).build());
    remote.enqueue(pong(ID));
    var homey = new CloudHomey(ID, "Home", "local", null, null, null, base(local), base(remote), null, null);

    assertEquals(base(local), new AddressFinder(new OkHttpClient()).find(homey));
    assertEquals(ID, local.takeRequest().getUrl().queryParameter("id"));
  }

  @Test void anotherHomeyAnsweringOnTheLocalAddressIsSkipped() throws Exception {
    other.enqueue(pong("bbbbbbbbbbbbbbbbbbbbbbbb"));
    remote.enqueue(pong(ID));
    var homey = new CloudHomey(ID, "Home", "local", null, null, null, base(other), base(remote), null, null);

    assertEquals(base(remote), new AddressFinder(new OkHttpClient()).find(homey));
  }

  @Test void noAnswerAnywhereSaysWhatToDo() {
    other.enqueue(pong("bbbbbbbbbbbbbbbbbbbbbbbb"));
    var homey = new CloudHomey(ID, "Home", "cloud", null, null, null, base(other), null, null, null);

    var e = assertThrows(AuthException.class, () -> new AddressFinder(new OkHttpClient()).find(homey));
    assertTrue(e.getMessage().contains("--address"), e.getMessage());
  }
}
