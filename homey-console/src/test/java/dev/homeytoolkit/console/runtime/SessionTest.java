package dev.homeytoolkit.console.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.runtime.store.StateStore;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL's long-lived session: declarations live on, await works, Ctrl-C keeps the session, completion. */
class SessionTest {
  @TempDir Path dir;
  ScriptRuntime runtime;
  Session session;

  @BeforeEach void open() {
    runtime = ScriptRuntime.builder().state(StateStore.at(dir)).homeyBackend(new FakeBackend()
        .answer("zones.getZones", "{\"z1\": {\"id\": \"z1\", \"name\": \"Home\"}}")).build();
    session = runtime.newSession();
  }

  @AfterEach void close() {
    session.close();
    runtime.close();
  }

  @Test void declarationsLiveOnBetweenEntries() throws Exception {
    assertTrue(session.eval("let a = 1; const b = 2; var c = 3; function f() { return a + b + c; }").success());
    var result = session.eval("f() + 10");
    assertTrue(result.success(), result.display());
    assertTrue(result.display().contains("16"), result.display());
  }

  @Test void topLevelAwaitAndPromisesAreAwaited() throws Exception {
    var zones = session.eval("const zones = await Homey.zones.getZones()");
    assertTrue(zones.success(), zones.display());
    var name = session.eval("zones.z1.name");
    assertTrue(name.display().contains("Home"), name.display());
    var promise = session.eval("Promise.resolve(41).then(x => x + 1)");
    assertTrue(promise.display().contains("42"), promise.display());
    var expression = session.eval("await wait(10); 'after'");
    assertTrue(expression.display().contains("after"), expression.display());
  }

  @Test void errorsAreShownAndTheSessionGoesOn() throws Exception {
    var failed = session.eval("null.x");
    assertFalse(failed.success());
    assertTrue(failed.display().contains("TypeError"), failed.display());
    assertTrue(session.eval("1 + 1").display().contains("2"));
  }

  @Test void interruptStopsABusyLoopAndKeepsTheSession() throws Exception {
    session.eval("let kept = 'yes'");
    var running = CompletableFuture.supplyAsync(() -> {
      try {
        return session.eval("while (true) {}");
      } catch (InterruptedException e) {
        throw new RuntimeException(e);
      }
    });
    Thread.sleep(300);
    session.interrupt();
    var result = running.get();
    assertTrue(result.interrupted());
    assertTrue(session.eval("kept").display().contains("yes"));
  }

  @Test void interruptStopsALongAwait() throws Exception {
    var running = CompletableFuture.supplyAsync(() -> {
      try {
        return session.eval("await wait(60000)");
      } catch (InterruptedException e) {
        throw new RuntimeException(e);
      }
    });
    Thread.sleep(300);
    session.interrupt();
    assertTrue(running.get().interrupted());
    assertTrue(session.eval("'still here'").success());
  }

  @Test void completesGlobalsPropertiesAndKeys() throws Exception {
    session.eval("const devices = { abc: { name: 'Lamp' }, abd: { name: 'Plug' } }");
    var managers = session.complete("Homey.dev");
    assertEquals(0, managers.from());
    assertTrue(managers.candidates().contains("Homey.devices"), managers.candidates().toString());
    var ops = session.complete("await Homey.devices.getDev");
    assertEquals(6, ops.from());
    assertTrue(ops.candidates().contains("Homey.devices.getDevices"), ops.candidates().toString());
    var keys = session.complete("devices['ab");
    assertEquals(java.util.List.of("devices['abc']", "devices['abd']"), keys.candidates());
    var globals = session.complete("dev");
    assertTrue(globals.candidates().contains("devices"), globals.candidates().toString());
  }
}
