package dev.homeytoolkit.console.repl;

import static dev.homeytoolkit.console.repl.TestTerminal.CTRL_C;
import static dev.homeytoolkit.console.repl.TestTerminal.CTRL_D;
import static dev.homeytoolkit.console.repl.TestTerminal.ENTER;
import static dev.homeytoolkit.console.repl.TestTerminal.KILL_LINE;
import static dev.homeytoolkit.console.repl.TestTerminal.TAB;
import static dev.homeytoolkit.console.repl.TestTerminal.UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.runtime.ScriptRuntime;
import dev.homeytoolkit.console.runtime.SimulatedHome;
import dev.homeytoolkit.console.runtime.store.StateStore;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive console under a test terminal, on the simulated Homey. */
class ReplTerminalTest {
  private static SimulatedHome home;
  @TempDir static Path state;
  @TempDir Path dir;

  @BeforeAll static void start() {
    home = SimulatedHome.start(state);
  }

  @AfterAll static void stop() {
    home.close();
  }

  /** A REPL running on the test terminal in the background; {@link #exit} waits for it to end. */
  private record Running(TestTerminal screen, Repl repl, CompletableFuture<Integer> exit) implements AutoCloseable {
    @Override public void close() throws Exception {
      if (!exit.isDone()) {
        screen.type(KILL_LINE + ".exit" + ENTER);
        exit.get(10, TimeUnit.SECONDS);
      }
      repl.close();
      screen.close();
    }
  }

  private Running start(Path history) throws Exception {
    var screen = new TestTerminal();
    var repl = Repl.builder().runtime(home.runtime).homeyName(home.simulator.homeyName()).demo(true).historyFile(history)
        .build();
    var exit = new CompletableFuture<Integer>();
    Thread.ofPlatform().daemon().name("repl-under-test").start(() -> {
      try {
        exit.complete(repl.interactive(screen.terminal()));
      } catch (Throwable e) {
        exit.completeExceptionally(e);
      }
    });
    screen.expect(prompt(), Duration.ofMinutes(2)); // the first session warms GraalJS up: slow on a busy machine
    return new Running(screen, repl, exit);
  }

  private static String prompt() {
    return home.simulator.homeyName() + " (demo)> ";
  }

  @Test void promptNamesTheHomeyAndEntriesKeepTheirDeclarations() throws Exception {
    try (var r = start(dir.resolve("history"))) {
      r.screen().type("const answer = 6 * 7" + ENTER);
      r.screen().expect("undefined");
      r.screen().type("answer" + ENTER);
      r.screen().expect("42");
      r.screen().type("Object.keys(await Homey.zones.getZones()).length > 0" + ENTER);
      r.screen().expect("true");
    }
  }

  @Test void tabCompletesManagersOperationsKeysAndLiveProperties() throws Exception {
    var firstId = firstDeviceId();
    try (var r = start(dir.resolve("history"))) {
      var t = r.screen();
      t.type("Homey.devic" + TAB);
      t.expect("Homey.devices");
      t.type(".getDevi" + TAB + TAB);
      var listed = t.expect("getDevices");
      assertTrue(listed.contains("getDevice"), listed);
      t.type(CTRL_C); // drop the line
      t.expect(prompt());
      t.type("const devices = await Homey.devices.getDevices()" + ENTER);
      t.expect("undefined");
      t.type("devices['" + firstId.substring(0, 3) + TAB);
      t.expect("devices['" + firstId + "']");
      t.type(CTRL_C);
      t.expect(prompt());
      t.type("const d = Object.values(devices).find(x => x.capabilitiesObj && x.capabilitiesObj.onoff)" + ENTER);
      t.expect("undefined");
      t.type("d.capabilitiesObj.ono" + TAB);
      t.expect("d.capabilitiesObj.onoff");
      t.type(ENTER);
      t.expect("value:");
    }
  }

  @Test void anUnfinishedEntryContinuesOnTheNextLine() throws Exception {
    try (var r = start(dir.resolve("history"))) {
      var t = r.screen();
      t.type("function twice(x) {" + ENTER);
      t.expect("... ");
      t.type("return x * 2" + ENTER);
      t.expect("... ");
      t.type("}" + ENTER);
      t.expect("undefined");
      t.type("twice(21)" + ENTER);
      t.expect("42");
    }
  }

  @Test void historySurvivesARestart() throws Exception {
    var history = dir.resolve("history/default");
    try (var r = start(history)) {
      r.screen().type("const remembered = 'from the first session'" + ENTER);
      r.screen().expect("undefined");
    }
    assertTrue(Files.readString(history).contains("const remembered = 'from the first session'"));
    try (var r = start(history)) {
      r.screen().type(UP + UP); // the last entry was .exit
      r.screen().expect("const remembered = 'from the first session'");
    }
  }

  @Test void ctrlCStopsAnAwaitAndKeepsTheSession() throws Exception {
    try (var r = start(dir.resolve("history"))) {
      var t = r.screen();
      t.type("const kept = 'still here'" + ENTER);
      t.expect("undefined");
      t.type("await wait(60000)" + ENTER);
      Thread.sleep(300);
      long started = System.nanoTime();
      t.type(CTRL_C);
      t.expect("interrupted");
      assertTrue(System.nanoTime() - started < 10_000_000_000L, "Ctrl-C did not stop the wait promptly");
      t.type("kept" + ENTER);
      t.expect("'still here'");
    }
  }

  @Test void ctrlCStopsABusyLoopAndKeepsTheSession() throws Exception {
    try (var r = start(dir.resolve("history"))) {
      var t = r.screen();
      t.type("let spins = 0" + ENTER);
      t.expect("undefined");
      t.type("while (true) { spins++ }" + ENTER);
      Thread.sleep(500);
      t.type(CTRL_C);
      t.expect("interrupted");
      t.type("spins > 0" + ENTER);
      t.expect("true");
    }
  }

  @Test void ctrlCTwiceOnAnEmptyLineLeaves() throws Exception {
    try (var r = start(dir.resolve("history"))) {
      r.screen().type(CTRL_C);
      r.screen().expect("(To exit, press Ctrl+C again or Ctrl+D or type .exit)");
      assertFalse(r.exit().isDone());
      r.screen().type(CTRL_C);
      assertEquals(0, r.exit().get(10, TimeUnit.SECONDS));
    }
  }

  @Test void ctrlDLeaves() throws Exception {
    try (var r = start(dir.resolve("history"))) {
      r.screen().type(CTRL_D);
      assertEquals(0, r.exit().get(10, TimeUnit.SECONDS));
    }
  }

  @Test void saveLoadAndClear() throws Exception {
    var saved = dir.resolve("session.js");
    try (var r = start(dir.resolve("history"))) {
      var t = r.screen();
      t.type("const greeting = 'hello'" + ENTER);
      t.expect("undefined");
      t.type("greeting.toUpperCase()" + ENTER);
      t.expect("'HELLO'");
      t.type(".save " + saved + ENTER);
      t.expect("Session saved to: " + saved);
      assertEquals("const greeting = 'hello'\ngreeting.toUpperCase()\n", Files.readString(saved));
      t.type(".clear" + ENTER);
      t.expect("Clearing context...");
      t.type("typeof greeting" + ENTER);
      t.expect("'undefined'");
      t.type(".load " + saved + ENTER);
      t.expect("'HELLO'");
      t.type("greeting" + ENTER);
      t.expect("'hello'");
      t.type(".help" + ENTER);
      t.expect(".save    .save file.js");
    }
  }

  @Test void scriptOutputArrivingAtThePromptIsPrintedAboveIt() throws Exception {
    try (var screen = new TestTerminal()) {
      var output = new ScriptOutput(new PrintStream(screen.terminal().output(), true, StandardCharsets.UTF_8));
      try (var own = ScriptRuntime.builder().homey(home.client, home.simulator.homeyName()).state(StateStore.at(state))
               .out(new PrintStream(output, true, StandardCharsets.UTF_8)).footers(false).build();
           var repl = Repl.builder().runtime(own).homeyName("Later").scriptOutput(output).build()) {
        var exit = new CompletableFuture<Integer>();
        Thread.ofPlatform().daemon().start(() -> {
          try {
            exit.complete(repl.interactive(screen.terminal()));
          } catch (Throwable e) {
            exit.completeExceptionally(e);
          }
        });
        screen.expect("Later> ", Duration.ofMinutes(2));
        screen.type("log('now')" + ENTER);
        screen.expect("now");
        screen.type("void wait(300).then(() => log('from the event loop'))" + ENTER);
        screen.expect("Later> ");
        screen.type("1 + ");
        var shown = screen.expect("from the event loop");
        screen.expect("Later> 1 + "); // the prompt and the typed text come back below it
        screen.type("1" + ENTER);
        screen.expect("2");
        screen.type(".exit" + ENTER);
        assertEquals(0, exit.get(10, TimeUnit.SECONDS), shown);
      }
    }
  }

  private static String firstDeviceId() throws Exception {
    var json = home.client.call("GET", "/api/manager/devices/device/", null);
    var m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    assertTrue(m.find(), json);
    return m.group(1);
  }
}
