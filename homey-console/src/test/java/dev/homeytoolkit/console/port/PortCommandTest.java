package dev.homeytoolkit.console.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.cli.HomeyConsole;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code homey-console port}: exit codes, the human and JSON reports, and --fix. */
class PortCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int port(String... args) {
    var cli = HomeyConsole.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    var all = new String[args.length + 1];
    all[0] = "port";
    System.arraycopy(args, 0, all, 1, args.length);
    return cli.execute(all);
  }

  @Test void exitsOneWhenSomethingBlocksRunning() throws Exception {
    var script = Files.writeString(dir.resolve("lights.js"), "const d = await Homey.devices.getDevicez();\n");
    assertEquals(1, port(script.toString()));
    var text = out.toString();
    assertTrue(text.contains(script + ":1:31: error: Homey.devices.getDevicez is not an operation of Web API v3 "
        + "[unknown-operation]"), text);
    assertTrue(text.contains("fix: did you mean Homey.devices.getDevices?"), text);
    assertTrue(text.contains("1 error, 0 warnings in 1 file"), text);
  }

  @Test void exitsZeroOnWarningsOnly() throws Exception {
    var script = Files.writeString(dir.resolve("tag.js"), "await tag('count', 3);\n");
    assertEquals(0, port(script.toString()));
    assertTrue(out.toString().contains("warning: Flow tags are kept locally here"), out.toString());
  }

  @Test void jsonForTools() throws Exception {
    var script = Files.writeString(dir.resolve("t.js"), "setTimeout(() => {}, 5)\n");
    assertEquals(1, port("--json", script.toString()));
    var json = out.toString().strip();
    assertTrue(json.startsWith("{\"errors\":1,\"warnings\":0,\"diagnostics\":["), json);
    assertTrue(json.contains("\"line\":1,\"column\":1,\"severity\":\"error\",\"rule\":\"timer\""), json);
  }

  @Test void fixShowsTheDiffThenWritesAndReportsWhatRemains() throws Exception {
    var script = Files.writeString(dir.resolve("old.js"),
        "const t = await Homey.flowToken.getFlowTokens();\nreturn t;\n");
    assertEquals(0, port("--fix", script.toString()));
    var text = out.toString();
    assertTrue(text.contains("-const t = await Homey.flowToken.getFlowTokens();\n"
        + "+const t = await Homey.flowtoken.getFlowTokens();\n"), text);
    assertTrue(text.contains("wrote " + script), text);
    assertEquals("const t = await Homey.flowtoken.getFlowTokens();\nreturn t;\n", Files.readString(script));
    assertTrue(text.contains("0 errors, 0 warnings in 1 file"), text);
  }

  @Test void dryRunWritesNothing() throws Exception {
    var source = "const z = await Homey.zigBee.getState();\n";
    var script = Files.writeString(dir.resolve("z.js"), source);
    port("--fix", "--dry-run", script.toString());
    assertTrue(out.toString().contains("+const z = await Homey.zigbee.getState();"), out.toString());
    assertEquals(source, Files.readString(script));
  }

  @Test void aMissingFileIsAUsageError() {
    assertEquals(2, port(dir.resolve("nope.js").toString()));
    assertTrue(err.toString().contains("nope.js: no such file"), err.toString());
  }
}
