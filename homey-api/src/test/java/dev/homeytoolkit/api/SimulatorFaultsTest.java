package dev.homeytoolkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.simulator.HomeySimulator;
import dev.homeytoolkit.simulator.faults.Fault;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The simulator's fault injection: what the client repeats, what it reports, and how it reads broken answers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorFaultsTest {
  HomeySimulator sim;
  HomeyClient homey;

  @BeforeAll void start() {
    sim = HomeySimulator.builder().devices(8).start();
    homey = HomeyClient.builder().address(sim.baseUrl()).homeyId(sim.homeyId())
        .tokenSource(TokenSource.of(sim.apiKey())).maxRetries(3).build();
  }

  @AfterEach void clear() {
    sim.faults().clear();
    sim.requests().clear();
  }

  @AfterAll void stop() {
    homey.close();
    sim.close();
  }

  @Test void idempotentCallsSurviveTransientFaultsWithinTheRetryBound() throws Exception {
    sim.faults().add(Fault.error("GET /api/manager/devices/device", 503).times(2));
    sim.faults().add(Fault.dropConnection("GET /api/manager/zones/zone").times(1));
    sim.faults().add(Fault.error("PUT /api/manager/logic/variable/**", 502).times(1));
    assertFalse(homey.execute(homey.devices().getDevices()).isEmpty());
    assertEquals(3, sim.requests().count("GET /api/manager/devices/device"));
    assertFalse(homey.execute(homey.zones().getZones()).isEmpty());
    assertEquals(2, sim.requests().count("GET /api/manager/zones/zone"));
    var variable = homey.execute(homey.logic().createVariable(
        java.util.Map.of("name", "faulty", "type", "string", "value", "a")));
    homey.execute(homey.logic().updateVariable(variable.id(), java.util.Map.of("value", "b")));
    assertEquals("b", homey.execute(homey.logic().getVariable(variable.id())).value());
  }

  @Test void beyondTheBoundTheLastErrorIsReported() {
    sim.faults().add(Fault.error("GET /api/manager/apps/app", 503).times(10));
    var e = assertThrows(HomeyApiException.class, () -> homey.execute(homey.apps().getApps()));
    assertEquals(503, e.statusCode());
    assertEquals(4, sim.requests().count("GET /api/manager/apps/app"), "one try and three repeats");
  }

  @Test void aPostHitByADroppedConnectionIsReportedNotRepeated() throws Exception {
    var flow = homey.execute(homey.flow().getFlows()).values().stream()
        .filter(f -> Boolean.TRUE.equals(f.enabled())).findFirst().orElseThrow();
    sim.faults().add(Fault.dropConnection("POST /api/manager/flow/flow/*/trigger").times(1));
    var e = assertThrows(HomeyApiException.class, () -> homey.execute(homey.flow().triggerFlow(flow.id())));
    assertEquals(0, e.statusCode());
    assertTrue(e.getMessage().contains("not repeated"), e.getMessage());
    assertEquals(1, sim.requests().count("POST /api/manager/flow/flow/*/trigger"));
  }

  @Test void tooManyRequestsWaitsForRetryAfter() throws Exception {
    sim.faults().add(Fault.tooManyRequests("GET /api/manager/users/user", Duration.ofSeconds(1)).times(1));
    var start = System.nanoTime();
    assertFalse(homey.execute(homey.users().getUsers()).isEmpty());
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(900).toNanos(), "waited as the Homey asked");
    assertEquals(2, sim.requests().count("GET /api/manager/users/user"));
  }

  @Test void brokenJsonIsReportedReadably() {
    sim.faults().add(Fault.malformedJson("GET /api/manager/zones/zone").times(1));
    var e = assertThrows(HomeyApiException.class, () -> homey.execute(homey.zones().getZones()));
    assertFalse(e.getMessage().isBlank());
    assertTrue(e.getMessage().startsWith("GET /api/manager/zones/zone"), e.getMessage());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    sim.faults().add(Fault.truncatedJson("GET /api/manager/zones/zone").times(1));
    var cut = assertThrows(HomeyApiException.class, () -> homey.execute(homey.zones().getZones()));
    assertTrue(cut.getMessage().contains("JSON"), cut.getMessage());
  }
}
