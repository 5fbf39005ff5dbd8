package dev.homeytoolkit.console.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner scripts in scripts/ against the simulator: each result is checked against what the Web API itself says
 * (read through HomeyClient with the demo key), and the lights-off script's effect is read back.
 */
@SuppressWarnings("unchecked")
class OwnerScriptsTest {
  @TempDir static Path stateDir;
  static ScriptFixture fx;

  @BeforeAll static void start() {
    fx = new ScriptFixture(stateDir);
  }

  @AfterAll static void stop() {
    fx.close();
  }

  private Map<String, Map<String, Object>> devices() {
    return fx.getMap("/api/manager/devices/device/");
  }

  private Map<String, Map<String, Object>> zones() {
    return fx.getMap("/api/manager/zones/zone/");
  }

  private static Map<String, Object> cap(Map<String, Object> device, String capability) {
    var caps = (Map<String, Object>) device.get("capabilitiesObj");
    return caps == null ? null : (Map<String, Object>) caps.get(capability);
  }

  private Set<String> names(Predicate<Map<String, Object>> filter) {
    return devices().values().stream().filter(filter).map(d -> (String) d.get("name")).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> field(Object list, String name) {
    return ((Collection<Map<String, Object>>) list).stream().map(m -> (String) m.get(name)).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test void everyScriptSaysWhatItDoesAndWhichArgsItTakes() throws IOException {
    try (var files = Files.list(ScriptFixture.SCRIPTS)) {
      var scripts = files.filter(p -> p.toString().endsWith(".js")).toList();
      assertTrue(scripts.size() >= 10, "scripts/ has " + scripts.size() + " scripts");
      for (Path p : scripts) {
        String text = Files.readString(p);
        String name = p.getFileName().toString();
        assertTrue(text.startsWith("// " + name + ": "), name + " must start with a header comment naming it");
        assertTrue(text.contains("// Args: "), name + " must say which args it takes");
        assertTrue(text.contains("// Returns: "), name + " must say what it returns");
        String readme = Files.readString(ScriptFixture.SCRIPTS.resolve("README.md"));
        assertTrue(readme.contains(name), "scripts/README.md does not list " + name);
      }
    }
  }

  @Test void batteryReportListsEveryBatteryDeviceAndFlagsTheLowOnes() {
    var result = (Map<String, Object>) ScriptFixture.returned(fx.run("battery-report.js", "50"));
    assertEquals(50.0, result.get("threshold"));
    assertEquals(names(d -> cap(d, "measure_battery") != null), field(result.get("devices"), "name"));
    Set<String> low = names(d -> {
      var battery = cap(d, "measure_battery");
      var alarm = cap(d, "alarm_battery");
      boolean alarmOn = alarm != null && Boolean.TRUE.equals(alarm.get("value"));
      return battery != null && (alarmOn || (battery.get("value") instanceof Number n && n.doubleValue() < 50));
    });
    assertFalse(low.isEmpty());
    assertEquals(low, new TreeSet<>((List<String>) result.get("low")));
  }

  @Test void unavailableDevicesAreTheOnesTheHomeyMarks() {
    var result = fx.run("unavailable-devices.js");
    var returned = (List<Map<String, Object>>) ScriptFixture.returned(result);
    Set<String> expected = names(d -> Boolean.FALSE.equals(d.get("available")));
    assertFalse(expected.isEmpty());
    assertEquals(expected, field(returned, "name"));
    assertTrue(returned.stream().allMatch(d -> d.get("reason") instanceof String s && !s.isBlank()));
    assertTrue(result.output().contains(expected.size() + " of " + devices().size() + " devices are unavailable"));
  }

  @Test void lightsOffTurnsOffEveryLightInTheZoneAndItsRoomsOnly() throws IOException {
    var zones = zones();
    String floor = zones.values().stream().filter(z -> "Ground Floor".equals(z.get("name"))).findFirst().orElseThrow()
        .get("id").toString();
    Set<String> inside = new HashSet<>(Set.of(floor));
    for (int i = 0; i < 5; i++) {
      for (var z : zones.values()) if (inside.contains(z.get("parent"))) inside.add((String) z.get("id"));
    }
    Predicate<Map<String, Object>> light = d -> "light".equals(d.get("class")) && cap(d, "onoff") != null;
    // Switch every light in the home on first, so there is something to turn off everywhere.
    for (var d : devices().values()) {
      if (light.test(d)) {
        fx.client.call("PUT", "/api/manager/devices/device/" + d.get("id") + "/capability/onoff", "{\"value\":true}");
      }
    }
    var result = (Map<String, Object>) ScriptFixture.returned(fx.run("lights-off-in-zone.js", "ground floor"));
    assertEquals("Ground Floor", result.get("zone"));

    var after = devices().values();
    var insideLights = after.stream().filter(light).filter(d -> inside.contains(d.get("zone"))).toList();
    var outsideLights = after.stream().filter(light).filter(d -> !inside.contains(d.get("zone"))).toList();
    assertTrue(insideLights.size() >= 3 && !outsideLights.isEmpty());
    for (var d : insideLights) assertEquals(Boolean.FALSE, cap(d, "onoff").get("value"), d.get("name") + " is still on");
    for (var d : outsideLights) assertEquals(Boolean.TRUE, cap(d, "onoff").get("value"), d.get("name") + " was turned off");
    assertEquals(insideLights.stream().map(d -> (String) d.get("name")).collect(Collectors.toCollection(TreeSet::new)),
        new TreeSet<>((List<String>) result.get("turnedOff")));
  }

  @Test void lightsOffNamesTheZonesWhenTheZoneIsUnknown() {
    var result = fx.runAllowingFailure("lights-off-in-zone.js", "Attic");
    assertFalse(result.success());
    assertTrue(result.error().contains("There is no zone 'Attic'. Zones: "), result.error());
    assertTrue(result.error().contains("Living Room"), result.error());
  }

  @Test void exportHasEveryFlowAndVariable() {
    var result = (Map<String, Object>) ScriptFixture.returned(fx.run("export-flows-and-variables.js"));
    assertEquals(fx.getMap("/api/manager/flow/flow/").values().stream().map(f -> (String) f.get("name"))
        .collect(Collectors.toCollection(TreeSet::new)), field(result.get("flows"), "name"));
    assertEquals(fx.getMap("/api/manager/logic/variable/").values().stream().map(v -> (String) v.get("name"))
        .collect(Collectors.toCollection(TreeSet::new)), field(result.get("variables"), "name"));
    assertEquals(fx.sim.homeyId(), ((Map<String, Object>) result.get("homey")).get("cloudId"));
    assertFalse(((List<?>) result.get("advancedFlows")).isEmpty());
  }

  @Test void insightsCsvHasAColumnPerLogOfTheDevice() {
    String device = "Bedroom Climate Sensor";
    String id = devices().values().stream().filter(d -> device.equals(d.get("name"))).findFirst().orElseThrow()
        .get("id").toString();
    var logs = fx.getMap("/api/manager/insights/log/").values().stream()
        .filter(l -> ("homey:device:" + id).equals(l.get("uri"))).toList();
    var csv = (String) ScriptFixture.returned(fx.run("device-insights-csv.js", device.toLowerCase()));
    var lines = csv.strip().split("\n");
    var header = lines[0].split(",");
    assertEquals("time", header[0]);
    assertEquals(logs.size() + 1, header.length, lines[0]);
    for (var l : logs) assertTrue(lines[0].contains((String) l.get("title")), lines[0] + " lacks " + l.get("title"));
    assertTrue(lines.length >= 24, "only " + lines.length + " lines");
    for (int i = 1; i < lines.length; i++) {
      var cells = lines[i].split(",", -1);
      assertEquals(header.length, cells.length, lines[i]);
      assertTrue(cells[0].matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), cells[0]);
    }
  }

  @Test void healthReportCoversBothNetworksAndFlagsTheDeadOnes() {
    var result = (Map<String, Object>) ScriptFixture.returned(fx.run("zwave-zigbee-health.js"));
    var zwave = (Map<String, Object>) result.get("zwave");
    var zigbee = (Map<String, Object>) result.get("zigbee");
    Predicate<Map<String, Object>> onZwave = d -> ((Map<String, Object>) d.get("settings")).containsKey("zw_node_id");
    Predicate<Map<String, Object>> onZigbee = d -> ((Map<String, Object>) d.get("settings")).containsKey("zb_ieee_address");
    assertEquals(names(onZwave), field(zwave.get("devices"), "name"));
    assertEquals(names(onZigbee), field(zigbee.get("devices"), "name"));
    assertEquals("ready", zwave.get("state"));
    assertTrue(new HashSet<>((List<String>) zwave.get("problems"))
        .containsAll(names(onZwave.and(d -> Boolean.FALSE.equals(d.get("available"))))));
    assertTrue(new HashSet<>((List<String>) zigbee.get("problems"))
        .containsAll(names(onZigbee.and(d -> Boolean.FALSE.equals(d.get("available"))))));
  }

  @Test void whoIsHomeFollowsTheUsersPresence() {
    var result = (Map<String, Object>) ScriptFixture.returned(fx.run("who-is-home.js"));
    var users = fx.getMap("/api/manager/users/user/").values().stream()
        .filter(u -> !Boolean.FALSE.equals(u.get("enabled"))).toList();
    Predicate<Map<String, Object>> present = u -> Boolean.TRUE.equals(u.get("present"));
    assertEquals(users.stream().filter(present).map(u -> (String) u.get("name")).sorted().toList(), result.get("home"));
    assertEquals(users.stream().filter(present.negate()).map(u -> (String) u.get("name")).sorted().toList(), result.get("away"));
    assertEquals(users.stream().filter(present.and(u -> Boolean.TRUE.equals(u.get("asleep"))))
        .map(u -> (String) u.get("name")).sorted().toList(), result.get("asleep"));
  }

  @Test void findByCapabilityListsTheDevicesThatHaveIt() {
    var found = (List<Map<String, Object>>) ScriptFixture.returned(fx.run("find-devices-by-capability.js", "measure_temperature"));
    var expected = names(d -> ((List<String>) d.get("capabilities")).contains("measure_temperature"));
    assertEquals(expected, field(found, "name"));
    assertTrue(found.stream().allMatch(f -> f.get("value") instanceof Number && "°C".equals(f.get("units"))), found.toString());

    var none = fx.run("find-devices-by-capability.js", "temperature");
    assertEquals(List.of(), ScriptFixture.returned(none));
    assertTrue(none.output().contains("No device has 'temperature'. Similar: "), none.output());
    assertTrue(none.output().contains("measure_temperature"), none.output());
  }
}
