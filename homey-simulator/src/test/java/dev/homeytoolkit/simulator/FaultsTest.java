package dev.homeytoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.simulator.faults.Fault;
import dev.homeytoolkit.simulator.json.Json;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault knob, its route matching and its times(n) limit. */
class FaultsTest {
  static final String ZONES = "/api/manager/zones/zone";

  HomeySimulator sim;
  Http http;

  @BeforeEach void start() {
    sim = HomeySimulator.start();
    http = new Http(sim);
  }

  @AfterEach void stop() {
    sim.close();
  }

  @Test void faultsAreOffByDefault() {
    assertTrue(sim.faults().active().isEmpty());
    assertEquals(200, http.get(ZONES).code());
  }

  @Test void latencyDelaysTheAnswer() {
    sim.faults().add(Fault.latency("GET /api/manager/zones/**", Duration.ofMillis(400)).times(1));
    var t0 = System.nanoTime();
    assertEquals(200, http.get(ZONES).code());
    assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(400).toNanos());
    assertTrue(sim.faults().active().isEmpty());
  }

  @Test void globalLatencyDelaysEveryAnswer() {
    sim.latency(Duration.ofMillis(300));
    var t0 = System.nanoTime();
    http.get("/api/manager/system/ping");
    assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(300).toNanos());
    sim.latency(Duration.ZERO);
  }

  @Test void errorStatusAnswersInTheHomeyFormatOrWithTheGivenBody() {
    sim.faults().add(Fault.error(ZONES, 503).times(1));
    var first = http.get(ZONES);
    assertEquals(503, first.code());
    assertEquals(503.0, first.object().get("statusCode"));
    assertEquals(sim.homeyId(), first.header("X-Homey-ID"));
    assertEquals(200, http.get(ZONES).code());

    sim.faults().add(Fault.error(ZONES, 502, "<html>Bad Gateway</html>").times(1));
    var html = http.get(ZONES);
    assertEquals(502, html.code());
    assertEquals("<html>Bad Gateway</html>", html.body());
    assertTrue(html.header("Content-Type").startsWith("text/html"));
  }

  @Test void errorFaultsActBeforeTheOperationRuns() {
    var lamp = HomeyApiAuthTestSupport.deviceWithOnoff(http);
    var path = "/api/manager/devices/device/" + lamp + "/capability/onoff";
    var before = http.get(path).json();
    sim.faults().add(Fault.error("PUT /api/manager/devices/**", 500).times(1));
    assertEquals(500, http.put(path, Map.of("value", !(Boolean) before)).code());
    assertEquals(before, http.get(path).json());
  }

  @Test void tooManyRequestsCarriesRetryAfter() {
    sim.faults().add(Fault.tooManyRequests(ZONES, Duration.ofSeconds(2)).times(2));
    var first = http.get(ZONES);
    assertEquals(429, first.code());
    assertEquals("2", first.header("Retry-After"));
    assertEquals(429, http.get(ZONES).code());
    assertEquals(200, http.get(ZONES).code());
  }

  @Test void dropConnectionClosesWithoutAnswerThenRecovers() {
    sim.faults().add(Fault.dropConnection("PUT /api/manager/devices/**").times(1));
    var lamp = HomeyApiAuthTestSupport.deviceWithOnoff(http);
    var path = "/api/manager/devices/device/" + lamp + "/capability/onoff";
    assertThrows(UncheckedIOException.class, () -> http.put(path, Map.of("value", true)));
    assertEquals(200, http.put(path, Map.of("value", true)).code());
    assertEquals(2, sim.requests().count("PUT /api/manager/devices/device/*/capability/onoff"));
    assertEquals(0, sim.requests().all().stream().filter(r -> r.method().equals("PUT")).findFirst()
        .orElseThrow().status());
  }

  @Test void truncatedJsonIsCutInHalf() {
    var whole = http.get(ZONES).body();
    sim.faults().add(Fault.truncatedJson(ZONES).times(1));
    var cut = http.get(ZONES);
    assertEquals(200, cut.code());
    assertEquals(whole.substring(0, cut.body().length()), cut.body());
    assertTrue(cut.body().length() < whole.length());
    assertThrows(IllegalArgumentException.class, () -> Json.parse(cut.body()));
  }

  @Test void malformedJsonIsNotJson() {
    sim.faults().add(Fault.malformedJson(ZONES).times(1));
    var bad = http.get(ZONES);
    assertEquals(200, bad.code());
    assertTrue(bad.header("Content-Type").startsWith("application/json"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse(bad.body()));
    Json.parse(http.get(ZONES).body());
  }

  @Test void slowBodyTakesItsTimeButArrivesWhole() {
    var whole = http.get(ZONES).body();
    sim.faults().add(Fault.slowBody(ZONES, Duration.ofMillis(500)));
    var t0 = System.nanoTime();
    var slow = http.get(ZONES);
    assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(400).toNanos());
    assertEquals(whole, slow.body());
  }

  @Test void routesMatchByMethodGlobAndRegex() {
    sim.faults().add(Fault.error("POST /api/manager/zones/**", 500));
    assertEquals(200, http.get(ZONES).code());
    sim.faults().clear();
    sim.faults().add(Fault.error("GET ^/api/manager/(zones|apps)/.*$", 418));
    assertEquals(418, http.get(ZONES).code());
    assertEquals(418, http.get("/api/manager/apps/app").code());
    assertEquals(200, http.get("/api/manager/devices/device").code());
    sim.faults().clear();
    sim.faults().add(Fault.error("/api/manager/zones/*", 500));
    assertEquals(500, http.get(ZONES + "/").code());
    assertEquals(200, http.get("/api/manager/system/ping").code());
  }

  @Test void badFaultsAreRefusedClearly() {
    var e = assertThrows(IllegalArgumentException.class, () -> Fault.error("zones", 500));
    assertTrue(e.getMessage().contains("/path"));
    assertThrows(IllegalArgumentException.class, () -> Fault.error(ZONES, 200));
    assertThrows(IllegalArgumentException.class, () -> Fault.dropConnection(ZONES).times(0));
  }
}
