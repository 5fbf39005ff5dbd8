package dev.homeytoolkit.console.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.cli.ConnectionOptions;
import dev.homeytoolkit.console.cli.HomeyConsole;
import dev.homeytoolkit.console.runtime.SimulatedHome;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code homey-console scripts …} end to end against the simulated Homey, as a user types it. */
class ScriptsCommandTest {
  static SimulatedHome home;
  static HomeySimulator sim;
  @TempDir static Path hubState;
  @TempDir Path tmp;
  Path dir;
  ConnectionOptions.EnvironmentOverride env;

  record Result(int exit, String out, String err) {
  }

  @BeforeAll static void start() {
    home = SimulatedHome.start(hubState);
    sim = home.simulator;
    // The hub side of `run --remote`: the simulated HomeyScript app runs scripts with the console's runtime.
    sim.scriptExecutor(new RuntimeExecutor(home.runtime));
  }

  @AfterAll static void stop() {
    home.close();
  }

  @BeforeEach void connect() {
    dir = tmp.resolve("scripts/hub");
    useKey(sim.apiKey());
  }

  @AfterEach void disconnect() {
    env.close();
  }

  void useKey(String key) {
    if (env != null) env.close();
    env = ConnectionOptions.overrideEnvironment(Map.of("HOMEY_ADDRESS", sim.baseUrl(), "HOMEY_TOKEN", key,
        "XDG_CONFIG_HOME", tmp.resolve("config").toString()));
  }

  Result scripts(String... args) {
    var all = new ArrayList<String>(List.of("scripts"));
    all.addAll(List.of(args));
    return console(all.toArray(String[]::new));
  }

  Result console(String... all) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cli = HomeyConsole.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(all);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test void listShowsNameIdVersionAndLastRun() {
    var result = scripts("list");
    assertEquals(0, result.exit(), result.err());
    var lines = result.out().lines().toList();
    assertTrue(lines.getFirst().matches("NAME +ID +VERSION +LAST RUN"), lines.getFirst());
    assertTrue(result.out().contains("Battery report"), result.out());
    assertTrue(result.out().contains("Z-Wave and Zigbee health"), result.out());
  }

  @Test void pullEditDryRunPushThroughTheCommand() throws IOException {
    var name = "Command round trip " + System.nanoTime();
    var id = HomeyScriptApp.over(home.client).create(name, "return 1;\n").id();

    var pull = scripts("pull", "--dir", dir.toString(), name);
    assertEquals(0, pull.exit(), pull.err());
    assertTrue(pull.out().startsWith("added     " + name + ".js"), pull.out());
    var file = dir.resolve(name + ".js");
    assertEquals("return 1;\n", Files.readString(file));

    Files.writeString(file, "return 2;\n");
    var dry = scripts("push", "--dry-run", "--dir", dir.toString(), file.toString());
    assertEquals(0, dry.exit(), dry.err());
    assertTrue(dry.out().contains("-return 1;\n+return 2;\n"), dry.out());
    assertTrue(dry.out().startsWith("would update " + name + ".js\n"), dry.out());
    assertTrue(dry.out().contains("nothing was sent (--dry-run)"), dry.out());
    assertEquals("return 1;\n", HomeyScriptApp.over(home.client).script(id).orElseThrow().code());

    var push = scripts("push", "--dir", dir.toString(), name);
    assertEquals(0, push.exit(), push.err());
    assertEquals("return 2;\n", HomeyScriptApp.over(home.client).script(id).orElseThrow().code());

    var diff = scripts("diff", "--dir", dir.toString(), name);
    assertEquals(0, diff.exit(), diff.out());
  }

  @Test void aConflictIsRefusedWithExitCodeOne() throws IOException {
    var name = "Conflict " + System.nanoTime();
    var app = HomeyScriptApp.over(home.client);
    var id = app.create(name, "a\n").id();
    assertEquals(0, scripts("pull", "--dir", dir.toString(), name).exit());
    app.update(id, "edited on the hub\n");
    Files.writeString(dir.resolve(name + ".js"), "edited here\n");

    var push = scripts("push", "--dir", dir.toString());
    assertEquals(1, push.exit());
    assertTrue(push.out().contains("refused") && push.out().contains("changed on the hub since the last pull"),
        push.out());
    assertEquals("edited on the hub\n", app.script(id).orElseThrow().code());

    var diff = scripts("diff", "--dir", dir.toString(), name);
    assertEquals(1, diff.exit());
    assertTrue(diff.out().contains("-edited on the hub\n+edited here\n"), diff.out());
  }

  @Test void aKeyWithoutTheAppScopeIsToldSo() {
    useKey(sim.createApiKey("devices only", List.of("homey.device.readonly")));
    var result = scripts("list");
    assertEquals(1, result.exit());
    assertTrue(result.err().contains("this API key lacks the homey.app scope: "), result.err());
    assertFalse(result.err().contains(sim.apiKey()), "no secret in the message");
  }

  @Test void aCloudSessionWorksAndRenewsItself() {
    env.close();
    env = ConnectionOptions.overrideEnvironment(Map.of("XDG_CONFIG_HOME", tmp.resolve("config").toString(),
        "HOMEY_CLOUD_URL", sim.baseUrl(), "HOMEY_CLIENT_ID", sim.account().clientId(),
        "HOMEY_CLIENT_SECRET", sim.account().clientSecret(), "HOMEY_EMAIL", sim.account().email(),
        "HOMEY_PASSWORD", sim.account().password()));
    var login = console("login");
    assertEquals(0, login.exit(), login.err());

    var list = scripts("list");
    assertEquals(0, list.exit(), list.err());
    assertTrue(list.out().contains("Battery report"), list.out());
    sim.expireTokens();
    var again = scripts("run", "--remote", "Devices by class");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("\"success\": true"), again.out());
  }

  /** The spec's end-to-end check: the demo Homey's scripts, pulled, give the same answer here and on the hub. */
  @Test void pulledDemoScriptsRunTheSameHereAndOnTheHub() throws IOException {
    var pull = scripts("pull", "--dir", dir.toString());
    assertEquals(0, pull.exit(), pull.err());
    for (var name : List.of("Devices by class", "Battery report", "Z-Wave and Zigbee health")) {
      assertTrue(Files.exists(dir.resolve(name + ".js")), name);
      var here = scripts("run", "--dir", dir.toString(), name, "--arg", "50");
      var there = scripts("run", "--dir", dir.toString(), "--remote", name, "--arg", "50");
      assertEquals(0, here.exit(), here.out() + here.err());
      assertEquals(0, there.exit(), there.out() + there.err());
      assertTrue(here.err().contains("✅ Script Success"), "the script's output and footer go to stderr");
      assertEquals(Hub.parse(there.out()), Hub.parse(here.out()), name);
      assertEquals(there.out(), here.out(), "printed alike, so `diff` can compare them");
    }
    // The toggle acts on the one lamp whichever side runs it: each run flips what the previous one did.
    var first = (Map<?, ?>) Hub.parse(scripts("run", "--dir", dir.toString(), "Toggle hallway lamp").out());
    var second = (Map<?, ?>) Hub.parse(scripts("run", "--dir", dir.toString(), "--remote", "Toggle hallway lamp").out());
    assertEquals(true, first.get("success"));
    assertEquals(true, second.get("success"));
    assertEquals(!(Boolean) first.get("returns"), second.get("returns"));

    var list = scripts("list").out().lines().filter(l -> l.startsWith("Toggle hallway lamp")).findFirst();
    assertFalse(list.orElseThrow().endsWith("never"), "the hub's last run shows: " + list);
  }

  @Test void aNewFileRunsHereUnderTheNameItWillHaveOnTheHub() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("Mine%2Fnew.js"), "return [args[0], __filename__];\n");
    var here = scripts("run", "--dir", dir.toString(), "Mine/new", "--arg", "x");
    assertEquals(0, here.exit(), here.out() + here.err());
    assertEquals(Map.of("success", true, "returns", List.of("x", "Mine/new.js")), Hub.parse(here.out()));

    var missing = scripts("run", "--dir", dir.toString(), "Not there");
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("there is no file for 'Not there'") && missing.err().contains("--remote"),
        missing.err());
  }

  @Test void aFailingScriptFailsAlikeHereAndOnTheHub() throws IOException {
    var name = "Fails " + System.nanoTime();
    HomeyScriptApp.over(home.client).create(name, "const x = 1;\nthrow new Error('nope ' + args[0]);\n");
    assertEquals(0, scripts("pull", "--dir", dir.toString(), name).exit());
    var here = scripts("run", "--dir", dir.toString(), name, "--arg", "A");
    var there = scripts("run", "--dir", dir.toString(), "--remote", name, "--arg", "A");
    assertEquals(1, here.exit());
    assertEquals(1, there.exit());
    assertEquals(there.out(), here.out());
    assertTrue(here.out().contains("nope A"), here.out());
    assertTrue(here.out().contains(name + ".js:2"), "the stack names the hub's script and the line: " + here.out());
  }

  /** In demo mode the command attaches the runtime itself; the demo Homey has the same seed as this test's. */
  @Test void demoModeRunsRemoteScriptsWithTheConsoleRuntime() {
    var demo = scripts("run", "--demo", "--remote", "Devices by class");
    assertEquals(0, demo.exit(), demo.out() + demo.err());
    assertFalse(demo.out().contains("no script runtime attached"), demo.out());
    assertEquals(scripts("run", "--remote", "Devices by class").out(), demo.out());
  }
}
