package dev.homeytoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HomeyApiAuthTest {
  static HomeySimulator sim;
  static Http http;

  @BeforeAll static void start() {
    sim = HomeySimulator.builder().tokenLifetime(Duration.ofMinutes(5)).start();
    http = new Http(sim);
  }

  @AfterAll static void stop() {
    sim.close();
  }

  @Test void pingNeedsNoBearerAndCarriesTheHomeyHeaders() {
    var anonymous = new Http(sim);
    anonymous.bearer = null;
    var answer = anonymous.get("/api/manager/system/ping");
    assertEquals(200, answer.code());
    assertEquals("true", answer.body());
    assertEquals(sim.homeyId(), answer.header("X-Homey-ID"));
    assertEquals(HomeySimulator.HOMEY_VERSION, answer.header("X-Homey-Version"));
    assertEquals(24, sim.homeyId().length());
  }

  @Test void everyAnswerCarriesTheHomeyHeadersEvenErrors() {
    var answer = http.get("/api/manager/nope/nothing");
    assertEquals(404, answer.code());
    assertEquals(sim.homeyId(), answer.header("X-Homey-ID"));
    assertEquals(HomeySimulator.HOMEY_VERSION, answer.header("X-Homey-Version"));
  }

  @Test void unknownRouteAnswers404InTheHomeyErrorFormat() {
    var answer = http.get("/api/manager/devices/nothing/here");
    assertEquals(404, answer.code());
    var error = answer.object();
    assertEquals(404.0, error.get("statusCode"));
    assertTrue(error.get("error") instanceof String);
    assertTrue(((String) error.get("error_description")).contains("/api/manager/devices/nothing/here"));
  }

  @Test void missingBearerIs401() {
    var anonymous = new Http(sim);
    anonymous.bearer = null;
    var answer = anonymous.get("/api/manager/devices/device");
    assertEquals(401, answer.code());
    assertEquals("invalid_token", answer.object().get("error"));
  }

  @Test void wrongBearerIs401() {
    var other = new Http(sim);
    other.bearer = "not-a-key";
    assertEquals(401, other.get("/api/manager/zones/zone").code());
  }

  @Test void trailingSlashIsTheSameRoute() {
    var with = http.get("/api/manager/devices/device/");
    var without = http.get("/api/manager/devices/device");
    assertEquals(200, with.code());
    assertEquals(with.object().keySet(), without.object().keySet());
  }

  @Test void missingScopeIs403InTheHomeyErrorFormat() {
    var readOnly = new Http(sim);
    readOnly.bearer = sim.createApiKey("read only", List.of("homey.device.readonly"));
    assertEquals(200, readOnly.get("/api/manager/devices/device").code());
    var device = firstDeviceWith("onoff");
    var write = readOnly.put("/api/manager/devices/device/" + device + "/capability/onoff", Map.of("value", true));
    assertEquals(403, write.code());
    assertEquals(403.0, write.object().get("statusCode"));
    assertTrue(((String) write.object().get("error_description")).contains("homey.device.control"));
    assertEquals(403, readOnly.get("/api/manager/zones/zone").code());
  }

  @Test void areaScopeGrantsItsSubScopes() {
    var deviceArea = new Http(sim);
    deviceArea.bearer = sim.createApiKey("devices", List.of("homey.device"));
    var device = firstDeviceWith("onoff");
    assertEquals(200, deviceArea.put("/api/manager/devices/device/" + device + "/capability/onoff",
        Map.of("value", true)).code());
    assertEquals(200, deviceArea.get("/api/manager/devices/device/" + device).code());
  }

  @Test void revokedApiKeyIs401() {
    var created = http.post("/api/manager/users/pat", Map.of("name", "temp", "scopes", List.of("homey")));
    assertEquals(200, created.code());
    var pat = created.object();
    var temp = new Http(sim);
    temp.bearer = (String) pat.get("token");
    assertEquals(200, temp.get("/api/manager/zones/zone").code());
    assertEquals(200, http.delete("/api/manager/users/pat/" + pat.get("id")).code());
    assertEquals(401, temp.get("/api/manager/zones/zone").code());
  }

  @SuppressWarnings("unchecked")
  static String firstDeviceWith(String capability) {
    for (var d : http.get("/api/manager/devices/device").object().values()) {
      var device = (Map<String, Object>) d;
      if (((List<Object>) device.get("capabilities")).contains(capability) && Boolean.TRUE.equals(device.get("available"))) {
        return (String) device.get("id");
      }
    }
    throw new AssertionError("no device with " + capability);
  }
}
