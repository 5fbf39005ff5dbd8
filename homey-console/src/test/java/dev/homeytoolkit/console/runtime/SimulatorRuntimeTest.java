package dev.homeytoolkit.console.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts against the simulated Homey through the real homey-api client: items, writes, errors, concurrency. */
class SimulatorRuntimeTest {
  @TempDir static Path dir;
  static SimulatedHome home;

  @BeforeAll static void start() {
    home = SimulatedHome.start(dir);
  }

  @AfterAll static void stop() {
    home.close();
  }

  static ScriptResult run(String code) {
    return home.runOk("sim.js", code);
  }

  @Test void devicesAreItemsKeyedById() {
    var result = run("""
        const devices = await Homey.devices.getDevices();
        const list = Object.values(devices);
        const withOnoff = list.find(d => d.capabilitiesObj && d.capabilitiesObj.onoff);
        return {
          keyedById: Object.entries(devices).every(([id, d]) => d.id === id),
          many: list.length > 10,
          uri: withOnoff.uri === 'homey:device:' + withOnoff.id,
          date: withOnoff.capabilitiesObj.onoff.lastUpdated instanceof Date,
        };""");
    assertEquals("{\"keyedById\":true,\"many\":true,\"uri\":true,\"date\":true}", result.returns());
  }

  @Test void aCapabilityWriteIsSeenInALaterRead() {
    var result = run("""
        const devices = await Homey.devices.getDevices();
        const lamp = Object.values(devices).find(d => d.capabilitiesObj && d.capabilitiesObj.onoff
            && d.capabilitiesObj.onoff.setable && d.available);
        const before = lamp.capabilitiesObj.onoff.value;
        await lamp.setCapabilityValue('onoff', !before);
        const after = await Homey.devices.getDevice({ id: lamp.id });
        await after.setCapabilityValue({ capabilityId: 'onoff', value: before });
        const back = await Homey.devices.getDevice({ id: lamp.id });
        return [after.capabilitiesObj.onoff.value === !before, back.capabilitiesObj.onoff.value === before];""");
    assertEquals("[true,true]", result.returns());
  }

  @Test void apiErrorsCarryStatusCode() {
    var result = run("""
        try { await Homey.zones.getZone({ id: 'no-such-zone' }); return 'no error'; }
        catch (e) { return { isError: e instanceof Error, status: e.statusCode, message: e.message }; }""");
    assertTrue(result.returns().startsWith("{\"isError\":true,\"status\":404,"), result.returns());
  }

  @Test void promiseAllOverManyWritesRunsConcurrently() {
    home.simulator.latency(Duration.ofMillis(20));
    try {
      String setup = """
          const devices = Object.values(await Homey.devices.getDevices())
            .filter(d => d.available && d.capabilitiesObj && d.capabilitiesObj.onoff && d.capabilitiesObj.onoff.setable);
          const writes = [];
          for (let i = 0; i < 200; i++) writes.push(devices[i % devices.length]);
          """;
      String concurrently = setup + """
          const t = Date.now();
          await Promise.all(writes.map((d, i) => d.setCapabilityValue('onoff', i % 2 === 0)));
          return Date.now() - t;""";
      run(concurrently); // warm up the interpreter and the connection pool
      long c = Long.parseLong(run(concurrently).returns());
      // A quarter of the writes one after another (at least 50 × 20 ms), scaled to 200.
      var sequential = run(setup + """
          const t = Date.now();
          for (let i = 0; i < 50; i++) await writes[i].setCapabilityValue('onoff', i % 2 === 0);
          return Date.now() - t;""");
      long s = 4 * Long.parseLong(sequential.returns());
      assertTrue(s >= 4000, "sequential took " + s + " ms for 200");
      assertTrue(s >= 3 * c, "200 writes: all at once " + c + " ms, one after another " + s + " ms");
    } finally {
      home.simulator.latency(Duration.ZERO);
    }
  }

  @Test void flowCardActionsRun() {
    var result = run("""
        await Homey.flow.runFlowCardAction({ uri: 'homey:manager:notifications', id: 'create_notification',
                                            args: { text: 'from a test' } });
        const notes = await Homey.notifications.getNotifications();
        return Object.values(notes).some(n => n.excerpt && n.excerpt.includes('from a test'));""");
    assertEquals("true", result.returns());
  }

  @Test void itemHelpersWorkOnTheSimulatorsData() {
    var result = run("""
        const devices = Object.values(await Homey.devices.getDevices());
        const device = devices.find(d => d.capabilitiesObj && d.capabilitiesObj.onoff && d.driverId);
        const [zone, driver, logs] = await Promise.all([device.getZone(), device.getDriver(), device.getLogs()]);
        const flows = Object.values(await Homey.flow.getFlows());
        const broken = await flows[0].isBroken();
        return [zone.id === device.zone, typeof driver.id, Object.values(logs).every(l => l.ownerUri === device.uri),
                typeof broken, flows[0].uri.startsWith('homey:flow:')];""");
    assertEquals("[true,\"string\",true,\"boolean\",true]", result.returns());
  }

  @Test void homeyKnowsItsIdAndName() {
    var result = run("return [Homey.id, Homey.name]");
    assertEquals("[\"" + home.simulator.homeyId() + "\",\"" + home.simulator.homeyName() + "\"]", result.returns());
  }

  @Test void wrongArgumentsAreRefusedLikeTheHub() {
    var result = home.runtime.run(Script.of("bad.js", "await Homey.devices.getDevice({ id: 5 })"));
    assertFalse(result.success());
    assertTrue(result.error().contains("Invalid Parameter Type: id"), result.error());
  }
}
