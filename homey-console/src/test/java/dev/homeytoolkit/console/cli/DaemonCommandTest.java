package dev.homeytoolkit.console.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.daemon.Request;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the daemon does with a client's command: a `run` as the client would have run it, in the client's folder. */
class DaemonCommandTest {
  @TempDir Path tmp;

  record Outcome(int code, String out, String err) {}

  Outcome handle(Path cwd, Map<String, String> env, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = DaemonCommand.handle(new Request(cwd, env, List.of(args)), out, err);
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test void theWarmUpRunsItsScriptToTheEndAgainstItsOwnSimulatedHomey() {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();

    int code = DaemonCommand.warmUp(out, err);

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    var printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("250 devices in "), printed);
    assertTrue(printed.contains("✅ Script Success"), printed);
  }

  @Test void aRunFindsScriptsInTheClientsFolderAndUsesTheClientsConfiguration() throws Exception {
    var project = Files.createDirectories(tmp.resolve("project"));
    Files.writeString(project.resolve("count.js"), "global.set('seen', args[0]); return Homey.name;");
    var config = tmp.resolve("client-config");

    var outcome = handle(project, Map.of("XDG_CONFIG_HOME", config.toString()), "run", "--demo", "count.js",
        "--arg", "hello");

    assertEquals(0, outcome.code(), outcome.err());
    assertTrue(outcome.out().contains("✅ Script Success"), outcome.out());
    // global.* went to the client's config folder, not this process's
    assertTrue(Files.readString(config.resolve("homey-console/state/demo/globals.json")).contains("hello"));
  }

  @Test void aMissingScriptIsReportedWithTheClientsPath() {
    var outcome = handle(tmp, Map.of("XDG_CONFIG_HOME", tmp.resolve("c").toString()), "run", "--demo", "nope.js");
    assertEquals(2, outcome.code());
    assertTrue(outcome.err().contains(tmp.resolve("nope.js").toString()), outcome.err());
  }

  @Test void onlyRunCommandsAreTaken() {
    var outcome = handle(tmp, Map.of(), "login", "--local");
    assertEquals(2, outcome.code());
    assertTrue(outcome.err().contains("only `run`"), outcome.err());
  }
}
