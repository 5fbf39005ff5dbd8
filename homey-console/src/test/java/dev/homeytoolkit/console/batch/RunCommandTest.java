package dev.homeytoolkit.console.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.cli.ConnectionOptions;
import dev.homeytoolkit.console.cli.HomeyConsole;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code homey-console run} end to end against the demo Homey: order, exit codes, --json, --arg, ids, tags. */
class RunCommandTest {
  @TempDir Path tmp;
  ConnectionOptions.EnvironmentOverride override;

  @BeforeEach void isolate() {
    override = ConnectionOptions.overrideEnvironment(Map.of("XDG_CONFIG_HOME", tmp.resolve("config").toString()));
  }

  @AfterEach void restore() {
    override.close();
  }

  record Outcome(int code, String out, String err) {}

  Outcome console(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cli = HomeyConsole.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  Path script(String name, String code) throws Exception {
    var file = tmp.resolve(name);
    Files.writeString(file, code);
    return file;
  }

  Outcome run(String... args) {
    var all = new ArrayList<>(List.of("run", "--demo"));
    all.addAll(List.of(args));
    return console(all.toArray(String[]::new));
  }

  @Test void scriptsRunInOrderAgainstTheDemoHomey() throws Exception {
    var a = script("a.js", "log('first'); return Object.keys(await Homey.devices.getDevices()).length > 0;");
    var b = script("b.js", "log('second'); return 2;");
    var outcome = run(a.toString(), b.toString());
    assertEquals(0, outcome.code(), outcome.err());
    assertTrue(outcome.out().indexOf("first") < outcome.out().indexOf("second"), outcome.out());
    assertTrue(outcome.out().contains("✅ Script Success\n↩️ Returned: true"), outcome.out());
    assertTrue(outcome.out().contains("↩️ Returned: 2"), outcome.out());
  }

  @Test void aFailingScriptGivesExitCodeOneAndTheRestStillRuns() throws Exception {
    var bad = script("bad.js", "\nthrow new Error('nope');");
    var good = script("good.js", "log('still ran');");
    var outcome = run(bad.toString(), good.toString());
    assertEquals(1, outcome.code());
    assertTrue(outcome.err().contains("❌ Script Error\n⚠️ Error: nope"), outcome.err());
    assertTrue(outcome.err().contains("bad.js:2"), outcome.err());
    assertTrue(outcome.out().contains("still ran"), outcome.out());
  }

  @Test void aMissingFileIsAUsageErrorAndNothingRuns() throws Exception {
    var good = script("first.js", "global.set('ran', true);");
    var outcome = run(good.toString(), tmp.resolve("missing.js").toString());
    assertEquals(2, outcome.code());
    assertTrue(outcome.err().contains("no such file: " + tmp.resolve("missing.js")), outcome.err());
    assertFalse(outcome.out().contains("Script Success"), outcome.out());
  }

  @Test void aBadTimeoutIsAUsageError() throws Exception {
    var outcome = console("run", "--demo", "--timeout", "soon", script("t.js", "1").toString());
    assertEquals(2, outcome.code());
    assertTrue(outcome.err().contains("cannot read the duration 'soon'"), outcome.err());
    assertEquals(2, console("run").code()); // no file at all
  }

  @Test void jsonPrintsSuccessAndReturnsPerScript() throws Exception {
    var a = script("a.js", "console.log('to stderr'); return { n: 1 };");
    var b = script("b.js", "throw new Error('bad');");
    var outcome = run("--json", a.toString(), b.toString());
    assertEquals(1, outcome.code());
    var lines = outcome.out().strip().split("\n");
    assertEquals(2, lines.length, outcome.out());
    assertEquals("{\"success\":true,\"returns\":{\"n\":1}}", lines[0]);
    assertTrue(lines[1].startsWith("{\"success\":false,\"returns\":{\"message\":\"bad\",\"stack\":\"Error: bad"),
        lines[1]);
    assertTrue(outcome.err().contains("to stderr"), outcome.err());
    assertFalse(outcome.out().contains("Script Success"));
  }

  @Test void argsTimeoutAndPerFileIdsAndLastRun() throws Exception {
    var file = script("ids.js", "return [args, __filename__, __script_id__, __last_executed__.getTime() > 0];");
    var first = run("--json", "--arg", "kitchen", "--arg", "2", file.toString());
    var second = run("--json", file.toString());
    assertTrue(first.out().startsWith("{\"success\":true,\"returns\":[[\"kitchen\",\"2\"],\"ids.js\",\""), first.out());
    assertTrue(first.out().contains(",false]"), first.out());
    assertTrue(second.out().contains(",true]"), second.out());
    String id = first.out().split("\"ids.js\",\"")[1].split("\"")[0];
    assertTrue(second.out().contains("\"" + id + "\""), second.out());
    var busy = run("--timeout", "300ms", script("busy.js", "while (true) {}").toString());
    assertEquals(1, busy.code());
    assertTrue(busy.err().contains("timed out after 300 ms"), busy.err());
  }

  @Test void theAthomHostsReachTheSimulatorInDemoMode() throws Exception {
    var file = script("cloud.js", """
        const res = await fetch('https://' + Homey.id + '.connect.athom.com/api/manager/system/ping');
        return [res.status, res.url];""");
    var outcome = run("--json", file.toString());
    assertEquals(0, outcome.code(), outcome.out() + outcome.err());
    assertTrue(outcome.out().contains("\"returns\":[200,\"https://"), outcome.out());
  }

  @Test void tagsAreListedByTheTagsCommand() throws Exception {
    assertEquals(0, run(script("tag.js", "await tag('battery_low', 3); await tag('who', 'Ann');").toString()).code());
    var listed = console("tags", "--demo");
    assertEquals(0, listed.code());
    assertTrue(listed.out().contains("battery_low  number   3"), listed.out());
    assertTrue(listed.out().contains("who          string   \"Ann\""), listed.out());
    var json = console("tags", "--demo", "--json");
    assertTrue(json.out().contains("\"battery_low\": {\"type\": \"number\", \"title\": \"battery_low\", \"value\": 3}"),
        json.out());
  }

  @Test void withNoHomeyConfiguredTagsListsTheDemoRunsTagsAsRunMadeThem() throws Exception {
    assertEquals(0, run(script("tag.js", "await tag('door_open', true);").toString()).code());
    var listed = console("tags"); // no --demo: nothing configured, so the demo Homey's tags, where run put them
    assertEquals(0, listed.code());
    assertTrue(listed.out().contains("door_open"), listed.out());
  }
}
