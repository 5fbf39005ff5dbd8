package dev.homeytoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HomeyScript's app API (reference F): script CRUD and run, with and without a runtime attached. */
class HomeyScriptApiTest {
  static final String SCRIPTS = "/api/app/com.athom.homeyscript/script";

  HomeySimulator sim;
  Http http;

  @BeforeEach void start() {
    sim = HomeySimulator.start();
    http = new Http(sim);
  }

  @AfterEach void stop() {
    sim.close();
  }

  @SuppressWarnings("unchecked")
  @Test void demoScriptsAreListedWithoutCodeAndReadWithCode() {
    var all = http.get(SCRIPTS).object();
    assertTrue(all.size() >= 2 && all.size() <= 4, "scripts: " + all.size());
    for (var s : all.values()) {
      var script = (Map<String, Object>) s;
      assertFalse(script.containsKey("code"));
      assertNotNull(script.get("name"));
    }
    var id = all.keySet().iterator().next();
    var one = http.get(SCRIPTS + "/" + id).object();
    assertTrue(((String) one.get("code")).contains("Homey."));
    assertEquals(2.0, one.get("version"));
    assertTrue(one.containsKey("lastExecuted"));
  }

  @Test void scriptsCanBeCreatedUpdatedAndDeleted() {
    var created = http.post(SCRIPTS, Map.of("name", "hello", "code", "return 1;"));
    assertEquals(200, created.code(), created.body());
    var id = (String) created.object().get("id");
    assertEquals("return 1;", http.get(SCRIPTS + "/" + id).object().get("code"));
    var updated = http.put(SCRIPTS + "/" + id, Map.of("code", "return 2;"));
    assertEquals(200, updated.code());
    assertEquals("hello", updated.object().get("name"));
    assertEquals("return 2;", http.get(SCRIPTS + "/" + id).object().get("code"));
    assertEquals(200, http.delete(SCRIPTS + "/" + id).code());
    assertEquals(404, http.get(SCRIPTS + "/" + id).code());
    assertEquals(400, http.post(SCRIPTS, Map.of("code", "x")).code());
  }

  @SuppressWarnings("unchecked")
  @Test void runWithoutARuntimeSaysSo() {
    var id = http.get(SCRIPTS).object().keySet().iterator().next();
    var run = http.post(SCRIPTS + "/" + id + "/run", Map.of());
    assertEquals(200, run.code());
    assertEquals(false, run.object().get("success"));
    assertEquals("no script runtime attached", ((Map<String, Object>) run.object().get("returns")).get("message"));
  }

  @SuppressWarnings("unchecked")
  @Test void runHandsCodeAndArgsToTheExecutor() {
    var seen = new AtomicReference<List<Object>>();
    var seenCode = new AtomicReference<String>();
    sim.scriptExecutor((script, code, args) -> {
      seen.set(args);
      seenCode.set(code);
      return ScriptRunResult.success(Map.of("script", script.name(), "n", args.size()));
    });
    var created = http.post(SCRIPTS, Map.of("name", "adder", "code", "return args.length;")).object();
    var id = (String) created.get("id");
    var run = http.post(SCRIPTS + "/" + id + "/run", Map.of("args", List.of("a", 2))).object();
    assertEquals(true, run.get("success"));
    assertEquals(Map.of("script", "adder", "n", 2.0), run.get("returns"));
    assertEquals(List.of("a", 2.0), seen.get());
    assertEquals("return args.length;", seenCode.get());
    assertNotNull(http.get(SCRIPTS + "/" + id).object().get("lastExecuted"));

    http.post(SCRIPTS + "/" + id + "/run", Map.of("code", "return 'override';"));
    assertEquals("return 'override';", seenCode.get());
    assertEquals("return args.length;", http.get(SCRIPTS + "/" + id).object().get("code"));

    sim.scriptExecutor((script, code, args) -> {
      throw new IllegalStateException("boom");
    });
    var failed = http.post(SCRIPTS + "/" + id + "/run", Map.of()).object();
    assertEquals(false, failed.get("success"));
    assertEquals("boom", ((Map<String, Object>) failed.get("returns")).get("message"));
  }

  @Test void theAppApiNeedsABearerWithAppScope() {
    var anonymous = new Http(sim);
    anonymous.bearer = null;
    assertEquals(401, anonymous.get(SCRIPTS).code());
    var devicesOnly = new Http(sim);
    devicesOnly.bearer = sim.createApiKey("devices", List.of("homey.device"));
    assertEquals(403, devicesOnly.get(SCRIPTS).code());
  }
}
