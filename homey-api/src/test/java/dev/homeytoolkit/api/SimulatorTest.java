package dev.homeytoolkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.meta.Operations;
import dev.homeytoolkit.api.model.Device;
import dev.homeytoolkit.api.model.Json;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The most used operations end to end against the simulated Homey, through the Retrofit interfaces and invoke. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorTest {
  HomeySimulator sim;
  HomeyClient homey;

  @BeforeAll void start() {
    sim = HomeySimulator.builder().devices(16).start();
    homey = HomeyClient.builder().address(sim.baseUrl()).tokenSource(TokenSource.of(sim.apiKey())).build();
  }

  @AfterAll void stop() {
    homey.close();
    sim.close();
  }

  String invoke(String manager, String operation, Map<String, ?> args) throws Exception {
    return homey.invoke(Operations.find(manager, operation).orElseThrow(), args).get(10, TimeUnit.SECONDS);
  }

  @Test void pingTellsTheHomeyId() throws Exception {
    assertEquals(sim.homeyId(), homey.ping());
    assertEquals(sim.homeyId(), homey.homeyId());
  }

  @Test void devicesAndCapabilityWrites() throws Exception {
    Map<String, Device> devices = homey.execute(homey.devices().getDevices());
    assertFalse(devices.isEmpty());
    var light = devices.values().stream()
        .filter(d -> d.capabilitiesObj() != null && d.capabilitiesObj().containsKey("onoff")
            && Boolean.TRUE.equals(d.capabilitiesObj().get("onoff").setable()))
        .findFirst().orElseThrow();
    assertEquals(light.id(), devices.entrySet().stream().filter(e -> e.getValue() == light).findFirst().orElseThrow().getKey(),
        "lists are objects keyed by id");
    assertNotNull(light.json().get("capabilitiesObj"), "the raw JSON is kept");
    var next = !Boolean.TRUE.equals(light.capabilityValue("onoff"));
    var body = new LinkedHashMap<String, Object>();
    body.put("value", next);
    homey.execute(homey.devices().setCapabilityValue(light.id(), "onoff", body));
    assertEquals(next, homey.execute(homey.devices().getDevice(light.id())).capabilityValue("onoff"));

    invoke("devices", "setCapabilityValue", Map.of("deviceId", light.id(), "capabilityId", "onoff", "value", !next));
    assertEquals(!next, homey.execute(homey.devices().getCapabilityValue(light.id(), "onoff")).value());
  }

  @Test void zonesCreateReadUpdateDelete() throws Exception {
    var zones = homey.execute(homey.zones().getZones());
    assertFalse(zones.isEmpty());
    var root = zones.values().stream().filter(z -> z.parent() == null).findFirst().orElseThrow();
    var created = homey.execute(homey.zones().createZone(Map.of("name", "Shed", "parent", root.id())));
    assertEquals("Shed", created.name());
    var updated = homey.execute(homey.zones().updateZone(created.id(), Map.of("name", "Garden shed")));
    assertEquals("Garden shed", updated.name());
    homey.execute(homey.zones().deleteZone(created.id()));
    var gone = assertThrows(HomeyApiException.class, () -> homey.execute(homey.zones().getZone(created.id())));
    assertEquals(404, gone.statusCode());
    assertEquals("GET", gone.method());
  }

  @Test void flowsAndFlowCards() throws Exception {
    var flows = homey.execute(homey.flow().getFlows());
    assertFalse(flows.isEmpty());
    assertNotNull(homey.execute(homey.flow().getAdvancedFlows()));
    assertNotNull(homey.execute(homey.flow().getFlowFolders()));
    var flow = flows.values().stream().filter(f -> Boolean.TRUE.equals(f.enabled())).findFirst().orElseThrow();
    homey.execute(homey.flow().triggerFlow(flow.id()));
    assertTrue(sim.flowTriggers().contains(flow.id()));

    var actions = homey.execute(homey.flow().getFlowCardActions());
    assertTrue(actions.values().stream().anyMatch(a -> "homey:manager:notifications".equals(a.ownerUri())
        || a.id().contains("create_notification")));
    var before = homey.execute(homey.notifications().getNotifications()).size();
    invoke("flow", "runFlowCardAction", Map.of("uri", "homey:manager:notifications",
        "id", "homey:manager:notifications:create_notification", "args", Map.of("text", "Hello from Java")));
    var notifications = homey.execute(homey.notifications().getNotifications());
    assertEquals(before + 1, notifications.size());
    assertTrue(notifications.values().stream().anyMatch(n -> "Hello from Java".equals(n.excerpt())));

    var answer = invoke("flow", "runFlowCardCondition", Map.of("uri", "homey:manager:logic",
        "id", "homey:manager:logic:lt", "args", Map.of("value1", 1, "value2", 2)));
    assertTrue(answer.contains("true"), answer);
  }

  @Test void logicVariables() throws Exception {
    var created = homey.execute(homey.logic().createVariable(Map.of("name", "counter", "type", "number", "value", 1)));
    assertEquals(1.0, created.value());
    invoke("logic", "updateVariable", Map.of("id", created.id(), "variable", Map.of("value", 5)));
    assertEquals(5.0, homey.execute(homey.logic().getVariable(created.id())).value());
    assertTrue(homey.execute(homey.logic().getVariables()).containsKey(created.id()));
    homey.execute(homey.logic().deleteVariable(created.id()));
  }

  @Test void appsUsersAlarmsInsightsSystem() throws Exception {
    var apps = homey.execute(homey.apps().getApps());
    assertFalse(apps.isEmpty());
    var app = apps.values().iterator().next();
    assertEquals(app.id(), homey.execute(homey.apps().getApp(app.id())).id());

    assertFalse(homey.execute(homey.users().getUsers()).isEmpty());
    assertNotNull(homey.execute(homey.alarms().getAlarms()));
    var alarm = homey.execute(homey.alarms().createAlarm(Map.of("name", "Wake", "time", "07:00", "enabled", true)));
    assertEquals("Wake", alarm.name());

    var logs = homey.execute(homey.insights().getLogs());
    assertFalse(logs.isEmpty());
    var log = logs.values().iterator().next();
    var entries = homey.execute(homey.insights().getLogEntries(log.ownerUri(), log.id(), null));
    assertNotNull(entries.values());

    var info = homey.execute(homey.system().getInfo());
    assertNotNull(info.json());
    assertFalse(info.json().isEmpty());
    assertEquals(sim.homeyName(), Json.parse(homey.call("GET", "/manager/system/name", null)));
  }

  @Test void aKeyWithoutTheScopeIsRefused() throws Exception {
    var key = sim.createApiKey("read devices", List.of("homey.device.readonly"));
    try (var limited = HomeyClient.builder().address(sim.baseUrl()).homeyId(sim.homeyId())
        .tokenSource(TokenSource.of(key)).build()) {
      assertFalse(limited.execute(limited.devices().getDevices()).isEmpty());
      var e = assertThrows(HomeyApiException.class, () -> limited.execute(limited.zones().getZones()));
      assertEquals(403, e.statusCode());
      assertFalse(e.getMessage().contains(key));
    }
  }

  /** Every list that answers records, and every item of it fetched by id, reads without a shape error. */
  @Test void everyRecordTypedListAndItemReads() throws Exception {
    var checked = 0;
    for (var type : dev.homeytoolkit.api.manager.Managers.ALL) {
      for (var method : type.getMethods()) {
        var op = Operations.of(method);
        if (!op.crud().startsWith("getAll:") || method.getParameterCount() != 0) continue;
        if (!(method.getGenericReturnType() instanceof java.lang.reflect.ParameterizedType call)
            || !(call.getActualTypeArguments()[0] instanceof java.lang.reflect.ParameterizedType map)) continue;
        var all = (Map<?, ?>) homey.execute((retrofit2.Call<?>) method.invoke(homey.manager(type)));
        checked++;
        for (var item : all.values()) {
          assertTrue(((java.lang.reflect.Type) item.getClass()).equals(map.getActualTypeArguments()[1]), op.toString());
        }
        var getOne = Operations.manager(op.jsName()).stream()
            .filter(o -> o.crud().equals(op.crud().replace("getAll:", "getOne:"))).findFirst();
        if (getOne.isEmpty() || all.isEmpty()) continue;
        var id = (String) ((java.lang.reflect.RecordComponent) java.util.Arrays.stream(
            all.values().iterator().next().getClass().getRecordComponents())
            .filter(c -> c.getName().equals("id")).findFirst().orElseThrow()).getAccessor()
            .invoke(all.values().iterator().next());
        var args = new LinkedHashMap<String, Object>();
        args.put("id", id);
        if (getOne.get().parameter("uri").isPresent()) args.put("uri", String.join(":", List.of(id.split(":")).subList(0, 3)));
        var text = homey.invoke(getOne.get(), args).get(10, TimeUnit.SECONDS);
        assertTrue(text.contains(id), getOne.get() + " " + text);
      }
    }
    assertTrue(checked >= 15, "checked " + checked + " lists");
  }

  @Test void missingParametersAreRefusedLikeTheHub() {
    var e = assertThrows(java.util.concurrent.ExecutionException.class,
        () -> invoke("zones", "getZone", Map.of()));
    assertEquals("Missing Parameter: id", ((HomeyApiException) e.getCause()).errorDescription());
  }
}
