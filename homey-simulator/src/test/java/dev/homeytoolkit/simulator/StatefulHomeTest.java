package dev.homeytoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The home changes as on a hub: capability writes, insights, variables, flows, notifications. */
class StatefulHomeTest {
  static HomeySimulator sim;
  static Http http;

  @BeforeAll static void start() {
    sim = HomeySimulator.start();
    http = new Http(sim);
  }

  @AfterAll static void stop() {
    sim.close();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> device(String name) {
    return (Map<String, Object>) http.get("/api/manager/devices/device").object().values().stream()
        .filter(d -> name.equals(((Map<String, Object>) d).get("name"))).findFirst()
        .orElseThrow(() -> new AssertionError("no device " + name));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> capability(Map<String, Object> device, String id) {
    return (Map<String, Object>) ((Map<String, Object>) device.get("capabilitiesObj")).get(id);
  }

  @Test void theSeededHomeHasWhatScriptsLookFor() {
    var devices = http.get("/api/manager/devices/device").object();
    assertTrue(devices.size() >= 40);
    var classes = devices.values().stream().map(d -> ((Map<?, ?>) d).get("class")).distinct().toList();
    for (var c : List.of("light", "socket", "sensor", "thermostat", "lock", "windowcoverings", "speaker", "button",
        "doorbell")) {
      assertTrue(classes.contains(c), c);
    }
    assertTrue(devices.values().stream().anyMatch(d -> Boolean.FALSE.equals(((Map<?, ?>) d).get("available"))));
    var lamp = capability(device("Hallway Lamp"), "onoff");
    for (var key : List.of("id", "value", "lastUpdated", "type", "title", "getable", "setable")) {
      assertTrue(lamp.containsKey(key), key);
    }
    Instant.parse((String) lamp.get("lastUpdated"));
    var variables = http.get("/api/manager/logic/variable").object().values().stream()
        .map(v -> (Map<?, ?>) v).toList();
    assertTrue(variables.stream().anyMatch(v -> "accesstoken".equals(v.get("name")) && "string".equals(v.get("type"))));
    for (var t : List.of("boolean", "number", "string")) {
      assertTrue(variables.stream().anyMatch(v -> t.equals(v.get("type"))), t);
    }
    assertTrue(http.get("/api/manager/apps/app").object().containsKey("com.athom.homeyscript"));
    var zwave = http.get("/api/manager/zwave/state").object();
    assertTrue(((Map<?, ?>) zwave.get("nodes")).size() > 3);
    var zigbee = http.get("/api/manager/zigbee/state").object();
    assertTrue(((Map<?, ?>) zigbee.get("nodes")).size() > 3);
  }

  @Test void devicesPointAtExistingZonesDriversAndApps() {
    var zones = http.get("/api/manager/zones/zone").object();
    var drivers = http.get("/api/manager/drivers/driver").object();
    var apps = http.get("/api/manager/apps/app").object();
    for (var d : http.get("/api/manager/devices/device").object().values()) {
      var device = (Map<?, ?>) d;
      assertTrue(zones.containsKey(device.get("zone")), "zone of " + device.get("name"));
      assertTrue(drivers.containsKey(device.get("driverId")), "driver of " + device.get("name"));
      assertTrue(apps.containsKey(((String) device.get("ownerUri")).substring("homey:app:".length())),
          "app of " + device.get("name"));
    }
    var root = zones.values().stream().filter(z -> ((Map<?, ?>) z).get("parent") == null).toList();
    assertEquals(1, root.size());
  }

  @Test void aCapabilityWriteIsSeenInALaterReadAndInInsights() throws Exception {
    var lamp = device("Hallway Lamp");
    var id = (String) lamp.get("id");
    var before = capability(lamp, "dim");
    var target = ((Number) before.get("value")).doubleValue() > 0.5 ? 0.25 : 0.75;
    Thread.sleep(5);
    var put = http.put("/api/manager/devices/device/" + id + "/capability/dim/", Map.of("value", target));
    assertEquals(200, put.code(), put.body());

    var after = capability(device("Hallway Lamp"), "dim");
    assertEquals(target, after.get("value"));
    assertNotEquals(before.get("lastUpdated"), after.get("lastUpdated"));
    assertEquals(target, http.get("/api/manager/devices/device/" + id + "/capability/dim").json());

    var logId = "homey:device:" + id + ":dim";
    var entries = http.get("/api/manager/insights/log/homey:device:" + id + "/" + logId + "/entry").object();
    @SuppressWarnings("unchecked")
    var values = (List<Map<String, Object>>) entries.get("values");
    assertEquals(target, values.getLast().get("v"));
    assertEquals(after.get("lastUpdated"), values.getLast().get("t"));
    // the short id form addresses the same log
    var shortForm = http.get("/api/manager/insights/log/homey:device:" + id + "/dim/entry").object();
    assertEquals(values.size(), ((List<?>) shortForm.get("values")).size());
  }

  @Test void badCapabilityWritesAreRefusedWith400AndAMessage() {
    var lamp = (String) device("Hallway Lamp").get("id");
    var wrongType = http.put("/api/manager/devices/device/" + lamp + "/capability/onoff", Map.of("value", "yes"));
    assertEquals(400, wrongType.code());
    assertTrue(((String) wrongType.object().get("error_description")).contains("boolean"));
    var outOfRange = http.put("/api/manager/devices/device/" + lamp + "/capability/dim", Map.of("value", 1.5));
    assertEquals(400, outOfRange.code());
    assertTrue(((String) outOfRange.object().get("error_description")).contains("maximum"));
    var meter = (String) device("Energy Meter").get("id");
    var notSetable = http.put("/api/manager/devices/device/" + meter + "/capability/measure_power", Map.of("value", 3));
    assertEquals(400, notSetable.code());
    assertTrue(((String) notSetable.object().get("error_description")).contains("not setable"));
    var missing = http.put("/api/manager/devices/device/" + lamp + "/capability/onoff", Map.of());
    assertEquals(400, missing.code());
    assertEquals("Missing Parameter: value", missing.object().get("error_description"));
    var unknown = http.put("/api/manager/devices/device/" + lamp + "/capability/volume_set", Map.of("value", 0.1));
    assertEquals(404, unknown.code());
    var noDevice = http.get("/api/manager/devices/device/nope");
    assertEquals(404, noDevice.code());
    assertEquals("device_not_found", noDevice.object().get("error"));
    assertEquals("Device Not Found", noDevice.object().get("error_description"));
  }

  @Test void variableWritesAreTypeChecked() {
    @SuppressWarnings("unchecked")
    var guests = (Map<String, Object>) http.get("/api/manager/logic/variable").object().values().stream()
        .filter(v -> "Guest count".equals(((Map<?, ?>) v).get("name"))).findFirst().orElseThrow();
    var path = "/api/manager/logic/variable/" + guests.get("id");
    assertEquals(400, http.put(path, Map.of("value", "three")).code());
    assertEquals(200, http.put(path, Map.of("value", 3)).code());
    assertEquals(3.0, http.get(path).object().get("value"));
    var created = http.post("/api/manager/logic/variable", Map.of("name", "Test flag", "type", "boolean", "value", true));
    assertEquals(200, created.code());
    assertEquals(400, http.post("/api/manager/logic/variable",
        Map.of("name", "Bad", "type", "number", "value", "x")).code());
  }

  @SuppressWarnings("unchecked")
  @Test void triggeringFlowsIsRecorded() {
    var flows = http.get("/api/manager/flow/flow").object().values().stream().map(f -> (Map<String, Object>) f).toList();
    var goodNight = flows.stream().filter(f -> "Good night".equals(f.get("name"))).findFirst().orElseThrow();
    var advanced = http.get("/api/manager/flow/advancedflow").object().values().stream()
        .map(f -> (Map<String, Object>) f).filter(f -> Boolean.TRUE.equals(f.get("enabled"))).findFirst().orElseThrow();
    var before = sim.flowTriggers().size();
    assertEquals(200, http.post("/api/manager/flow/flow/" + goodNight.get("id") + "/trigger", null).code());
    assertEquals(200, http.post("/api/manager/flow/advancedflow/" + advanced.get("id") + "/trigger", null).code());
    var triggers = sim.flowTriggers();
    assertEquals(List.of(goodNight.get("id"), advanced.get("id")), triggers.subList(before, before + 2));
    var disabled = flows.stream().filter(f -> Boolean.FALSE.equals(f.get("enabled"))).findFirst().orElseThrow();
    assertEquals(400, http.post("/api/manager/flow/flow/" + disabled.get("id") + "/trigger", null).code());
    assertTrue(flows.stream().anyMatch(f -> Boolean.TRUE.equals(f.get("broken"))));
  }

  @Test void theNotificationCardAddsATimelineNotificationInBothSpellings() {
    var before = http.get("/api/manager/notifications/notification").object().size();
    var oldForm = http.post("/api/manager/flow/flowcardaction/homey:manager:notifications/create_notification/run",
        Map.of("args", Map.of("text", "Hello from a test")));
    assertEquals(200, oldForm.code(), oldForm.body());
    var newForm = http.post("/api/manager/flow/flowcardaction/homey%3Amanager%3Anotifications/"
        + "homey%3Amanager%3Anotifications%3Acreate_notification/run", Map.of("args", Map.of("text", "Second")));
    assertEquals(200, newForm.code(), newForm.body());
    var after = http.get("/api/manager/notifications/notification").object();
    assertEquals(before + 2, after.size());
    assertTrue(after.values().stream().anyMatch(n -> "Hello from a test".equals(((Map<?, ?>) n).get("excerpt"))));
  }

  @Test void logicConditionCardsCompute() {
    var lt = http.post("/api/manager/flow/flowcardcondition/homey:manager:logic/homey:manager:logic:lt/run",
        Map.of("args", Map.of("value1", 1, "value2", 2)));
    assertEquals(200, lt.code(), lt.body());
    assertEquals(true, lt.json());
  }

  @Test void optionsAreStored() {
    assertEquals("en", http.get("/api/manager/i18n/option/language").object().get("value"));
    assertEquals(200, http.put("/api/manager/i18n/option/language", Map.of("value", "nl")).code());
    assertEquals("nl", http.get("/api/manager/i18n/option/language").object().get("value"));
    assertEquals(200, http.delete("/api/manager/i18n/option/language").code());
    assertEquals(null, http.get("/api/manager/i18n/option/language").object().get("value"));
  }

  @Test void presenceIsReadAndWritten() {
    var users = http.get("/api/manager/users/user").object();
    var someone = (String) users.keySet().iterator().next();
    assertEquals(200, http.put("/api/manager/presence/" + someone + "/present", Map.of("value", false)).code());
    assertEquals(false, http.get("/api/manager/presence/" + someone + "/present").json());
    assertEquals(200, http.put("/api/manager/presence/me/asleep", Map.of("value", true)).code());
    assertEquals(true, http.get("/api/manager/users/user/me").object().get("asleep"));
  }
}
