package dev.homeytoolkit.console.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.console.cli.ConnectionOptions;
import dev.homeytoolkit.console.cli.HomeyConsole;
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
  static HomeySimulator sim;
  static HomeyClient client;
  @TempDir Path tmp;
  Path dir;
  ConnectionOptions.EnvironmentOverride env;

  record Result(int exit, String out, String err) {
  }

  @BeforeAll static void start() {
    sim = HomeySimulator.start();
    client = HomeyClient.builder().address(sim.baseUrl()).homeyId(sim.homeyId())
        .tokenSource(TokenSource.of(sim.apiKey())).build();
  }

  @AfterAll static void stop() {
    client.close();
    sim.close();
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
    var out = new StringWriter();
    var err = new StringWriter();
    var all = new ArrayList<String>(List.of("scripts"));
    all.addAll(List.of(args));
    var cli = HomeyConsole.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(all.toArray(String[]::new));
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
    var id = HomeyScriptApp.over(client).create(name, "return 1;\n").id();

    var pull = scripts("pull", "--dir", dir.toString(), name);
    assertEquals(0, pull.exit(), pull.err());
    assertTrue(pull.out().startsWith("added     " + name + ".js"), pull.out());
    var file = dir.resolve(name + ".js");
    assertEquals("return 1;\n", Files.readString(file));

    Files.writeString(file, "return 2;\n");
    var dry = scripts("push", "--dry-run", "--dir", dir.toString(), file.toString());
    assertEquals(0, dry.exit(), dry.err());
    assertTrue(dry.out().contains("-return 1;\n+return 2;\n"), dry.out());
    assertTrue(dry.out().contains("nothing was sent (--dry-run)"), dry.out());
    assertEquals("return 1;\n", HomeyScriptApp.over(client).script(id).orElseThrow().code());

    var push = scripts("push", "--dir", dir.toString(), name);
    assertEquals(0, push.exit(), push.err());
    assertEquals("return 2;\n", HomeyScriptApp.over(client).script(id).orElseThrow().code());

    var diff = scripts("diff", "--dir", dir.toString(), name);
    assertEquals(0, diff.exit(), diff.out());
  }

  @Test void aConflictIsRefusedWithExitCodeOne() throws IOException {
    var name = "Conflict " + System.nanoTime();
    var app = HomeyScriptApp.over(client);
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
}
