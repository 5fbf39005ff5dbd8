package dev.homeytoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same seed gives the same home; other seeds and sizes give other homes. */
class SeededHomeTest {
  static final Instant REFERENCE = Instant.parse("2026-06-01T12:00:00Z");
  static final List<String> LISTS = List.of("/api/manager/devices/device", "/api/manager/zones/zone",
      "/api/manager/flow/flow", "/api/manager/flow/advancedflow", "/api/manager/logic/variable",
      "/api/manager/users/user", "/api/manager/insights/log", "/api/manager/flow/flowcardaction");

  @Test void sameSeedSameHome() {
    try (var a = HomeySimulator.builder().seed(7).referenceTime(REFERENCE).start();
         var b = HomeySimulator.builder().seed(7).referenceTime(REFERENCE).start()) {
      assertEquals(a.homeyId(), b.homeyId());
      assertEquals(a.apiKey(), b.apiKey());
      assertEquals(a.account(), b.account());
      var ha = new Http(a);
      var hb = new Http(b);
      for (var path : LISTS) assertEquals(ha.get(path).body(), hb.get(path).body(), path);
    }
  }

  @Test void otherSeedOtherHome() {
    try (var a = HomeySimulator.builder().seed(1).referenceTime(REFERENCE).start();
         var b = HomeySimulator.builder().seed(2).referenceTime(REFERENCE).start()) {
      assertNotEquals(a.homeyId(), b.homeyId());
      assertNotEquals(a.apiKey(), b.apiKey());
      assertNotEquals(new Http(a).get(LISTS.getFirst()).body(), new Http(b).get(LISTS.getFirst()).body());
    }
  }

  @Test void theDeviceCountIsConfigurable() {
    try (var big = HomeySimulator.builder().devices(5000).start();
         var none = HomeySimulator.builder().devices(0).start()) {
      assertEquals(5000, new Http(big).get("/api/manager/devices/device").object().size());
      assertEquals(0, new Http(none).get("/api/manager/devices/device").object().size());
    }
  }
}
