package dev.homeytoolkit.console.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.console.runtime.store.StateStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JS {@code Homey} object: managers from the catalogue, options objects, lists keyed by id, item methods. */
class HomeyObjectTest {
  static final String DEVICES = """
      {"d1": {"id": "d1", "name": "Lamp", "zone": "z1", "driverId": "homey:app:com.example:bulb", "class": "light",
              "capabilitiesObj": {"onoff": {"id": "onoff", "value": false, "lastUpdated": "2026-11-20T10:00:00.000Z"}}},
       "d2": {"id": "d2", "name": "Sensor", "zone": "z2", "capabilitiesObj": {}}}""";

  @TempDir static Path dir;
  static FakeBackend backend = new FakeBackend();
  static ScriptRuntime runtime;

  @BeforeAll static void start() {
    backend.answer("devices.getDevices", DEVICES)
        .answer("zones.getZone", "{\"id\": \"z1\", \"name\": \"Kitchen\", \"parent\": null}")
        .answer("apps.getApp", "{\"id\": \"com.example\", \"name\": \"Example\"}")
        .answer("GET /api/app/com.example/status", "{\"ok\": true}")
        .answer("flow.getFlows", """
            {"f1": {"id": "f1", "name": "Uses lamp", "trigger": {"id": "homey:device:d1:turned_on"}, "conditions": [], "actions": []},
             "f2": {"id": "f2", "name": "Other", "trigger": {"id": "homey:manager:cron:time"}, "conditions": [], "actions": []}}""");
    runtime = ScriptRuntime.builder().state(StateStore.at(dir)).homeyBackend(backend).build();
  }

  @AfterAll static void stop() {
    runtime.close();
  }

  static ScriptResult run(String code) {
    var result = runtime.run(Script.of("homey.js", code));
    assertTrue(result.success(), result.output());
    return result;
  }

  @Test void everyManagerOfTheCatalogueIsThere() {
    var result = run("return ['devices', 'flow', 'logic', 'zones', 'apps', 'users', 'alarms', 'insights', 'system', "
        + "'zigbee', 'zwave', 'flowtoken', 'notifications'].filter(m => typeof Homey[m] !== 'object')");
    assertEquals("[]", result.returns());
    assertEquals("\"function\"", run("return typeof Homey.devices.getDevices").returns());
    assertEquals("true", run("return Homey.flowToken === Homey.flowtoken && Homey.zigBee === Homey.zigbee").returns());
  }

  @Test void listsAreKeyedByIdAndItemsHaveMethods() {
    var result = run("""
        const devices = await Homey.devices.getDevices();
        const lamp = devices.d1;
        return {
          keys: Object.keys(devices),
          uri: lamp.uri,
          method: typeof lamp.setCapabilityValue,
          enumerable: Object.keys(lamp).includes('setCapabilityValue'),
          lastUpdatedIsDate: lamp.capabilitiesObj.onoff.lastUpdated instanceof Date,
          year: lamp.capabilitiesObj.onoff.lastUpdated.getUTCFullYear(),
          found: _.find(devices, d => d.name === 'Sensor').id,
        };""");
    assertEquals("{\"keys\":[\"d1\",\"d2\"],\"uri\":\"homey:device:d1\",\"method\":\"function\",\"enumerable\":false,"
        + "\"lastUpdatedIsDate\":true,\"year\":2026,\"found\":\"d2\"}", result.returns());
  }

  @Test void setCapabilityValueInBothForms() {
    backend.calls.clear();
    run("""
        const lamp = (await Homey.devices.getDevices()).d1;
        await lamp.setCapabilityValue('onoff', true);
        await lamp.setCapabilityValue({ capabilityId: 'dim', value: 0.5, opts: { duration: 1000 } });""");
    var writes = backend.calls.stream().filter(c -> c.target().equals("devices.setCapabilityValue")).toList();
    assertEquals(2, writes.size());
    assertEquals(Map.of("deviceId", "d1", "capabilityId", "onoff", "value", true), writes.get(0).args());
    assertEquals(Map.of("deviceId", "d1", "capabilityId", "dim", "value", 0.5, "opts", Map.of("duration", 1000L)),
        writes.get(1).args());
  }

  @Test void itemHelpersCallTheirManagers() {
    var result = run("""
        const lamp = (await Homey.devices.getDevices()).d1;
        const zone = await lamp.getZone();
        const flows = await lamp.getFlows();
        const app = await Homey.apps.getApp({ id: 'com.example' });
        return { zone: zone.name, zoneUri: zone.uri, flows: Object.keys(flows),
                 status: await app.get({ path: '/status' }), old: await app.apiGet('/status') };""");
    assertEquals("{\"zone\":\"Kitchen\",\"zoneUri\":\"homey:zone:z1\",\"flows\":[\"f1\"],"
        + "\"status\":{\"ok\":true},\"old\":{\"ok\":true}}", result.returns());
  }

  @Test void flowCardUriComesFromTheIdWhenMissing() {
    backend.calls.clear();
    run("""
        await Homey.flow.runFlowCardAction({ id: 'homey:manager:logic:lt', args: { a: 1 } });
        await Homey.flow.runFlowCardAction({ uri: 'homey:manager:notifications', id: 'create_notification',
                                            args: { text: 'hello' } });""");
    var calls = backend.calls.stream().filter(c -> c.target().equals("flow.runFlowCardAction")).toList();
    assertEquals("homey:manager:logic", calls.get(0).args().get("uri"));
    assertEquals("homey:manager:logic:lt", calls.get(0).args().get("id"));
    assertEquals("homey:manager:notifications", calls.get(1).args().get("uri"));
    assertEquals("create_notification", calls.get(1).args().get("id"));
  }

  @Test void oneOptionsObjectPerCall() {
    var result = runtime.run(Script.of("bad.js", "await Homey.devices.getDevice('d1')"));
    assertFalse(result.success());
    assertTrue(result.error().startsWith("TypeError: Homey.devices.getDevice() takes one options object"),
        result.error());
  }

  @Test void validationMessagesAreTheHubs() throws Exception {
    // The real backend: homey-api checks arguments before any request, so no server is needed.
    var client = HomeyClient.builder().address("http://127.0.0.1:9").homeyId("abc")
        .tokenSource(TokenSource.of("not-a-real-key")).build();
    try (var real = ScriptRuntime.builder().state(StateStore.at(dir)).homey(client).build()) {
      var result = real.run(Script.of("v.js", """
          try { await Homey.devices.getDevice({}); } catch (e) { return { message: e.message, status: e.statusCode }; }"""));
      assertEquals("{\"message\":\"Missing Parameter: id\",\"status\":400}", result.returns(), result.output());
    } finally {
      client.close();
    }
  }

  @Test void aRuntimeWithoutAHomeySaysSo() {
    try (var none = ScriptRuntime.builder().state(StateStore.at(dir)).build()) {
      var result = none.run(Script.of("n.js", "await Homey.devices.getDevices()"));
      assertFalse(result.success());
      assertTrue(result.error().contains("no Homey connection"), result.error());
    }
  }
}
