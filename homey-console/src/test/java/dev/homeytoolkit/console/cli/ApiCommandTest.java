package dev.homeytoolkit.console.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.model.Json;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code homey-console api} as a user runs it, against the simulator through HOMEY_ADDRESS/HOMEY_TOKEN. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiCommandTest {
  @TempDir Path tmp;
  HomeySimulator sim;
  ConnectionOptions.EnvironmentOverride override;

  record Run(int exit, String out, String err) {}

  @BeforeAll void start() {
    sim = HomeySimulator.builder().devices(8).start();
  }

  @AfterAll void stop() {
    sim.close();
  }

  @AfterEach void restore() {
    if (override != null) override.close();
  }

  Run run(String... args) {
    if (override != null) override.close();
    override = ConnectionOptions.overrideEnvironment(Map.of("XDG_CONFIG_HOME", tmp.toString(),
        "HOMEY_ADDRESS", sim.baseUrl(), "HOMEY_TOKEN", sim.apiKey()));
    var out = new StringWriter();
    var err = new StringWriter();
    var line = HomeyConsole.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    var exit = line.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test void getPrintsIndentedJson() {
    var r = run("api", "GET", "/manager/zones/zone");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("{\n  \""), r.out());
    assertTrue(Json.parse(r.out()) instanceof Map<?, ?> zones && !zones.isEmpty());
    var raw = run("api", "/manager/system/name", "--raw");
    assertEquals(0, raw.exit(), raw.err());
    assertEquals(Json.write(sim.homeyName()), raw.out().strip());
  }

  @Test void fieldsBecomeTheBodyAndInputFilesToo() throws Exception {
    var created = run("api", "POST", "/manager/logic/variable", "-f", "name=from cli", "-f", "type=number",
        "-f", "value=3");
    assertEquals(0, created.exit(), created.err());
    var variable = (Map<?, ?>) Json.parse(created.out());
    assertEquals(3.0, variable.get("value"));
    var file = tmp.resolve("update.json");
    Files.writeString(file, "{\"value\": 7}");
    var updated = run("api", "PUT", "/manager/logic/variable/" + variable.get("id"), "--input", file.toString());
    assertEquals(0, updated.exit(), updated.err());
    var read = run("api", "/manager/logic/variable/" + variable.get("id"));
    assertEquals(7.0, ((Map<?, ?>) Json.parse(read.out())).get("value"));
  }

  @Test void anHttpErrorIsPrintedAndExitsOne() {
    var r = run("api", "GET", "/manager/zones/zone/no-such-zone");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("404"), r.err());
    assertTrue(r.err().contains("GET /api/manager/zones/zone/no-such-zone"), r.err());
    assertFalse(r.err().contains(sim.apiKey()));
  }

  @Test void badUsageIsExplained() {
    var r = run("api", "FETCH", "/manager/zones/zone");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("not an HTTP method: FETCH"), r.err());
    var f = run("api", "POST", "/manager/logic/variable", "-f", "novalue");
    assertEquals(2, f.exit());
    assertTrue(f.err().contains("KEY=VALUE"), f.err());
  }
}
