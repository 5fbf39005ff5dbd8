package dev.homeytoolkit.console.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.console.runtime.store.StateStore;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.nio.file.Path;

/**
 * A test fixture: the simulated Homey, a homey-api client on it, and a runtime (no footers) whose {@code Homey} is that
 * client. One per test class ({@code @BeforeAll}); close it in {@code @AfterAll}. Used by the runtime, REPL and sync
 * tests.
 */
public final class SimulatedHome implements AutoCloseable {
  public final HomeySimulator simulator;
  public final HomeyClient client;
  public final ScriptRuntime runtime;

  private SimulatedHome(Path stateDir) {
    simulator = HomeySimulator.start();
    client = HomeyClient.builder().address(simulator.baseUrl()).homeyId(simulator.homeyId())
        .tokenSource(TokenSource.of(simulator.apiKey())).build();
    runtime = ScriptRuntime.builder().homey(client, simulator.homeyName()).state(StateStore.at(stateDir))
        .footers(false).build();
  }

  public static SimulatedHome start(Path stateDir) {
    return new SimulatedHome(stateDir);
  }

  /** Runs {@code code} as the script {@code fileName} and asserts that it succeeded. */
  public ScriptResult runOk(String fileName, String code) {
    var result = runtime.run(Script.of(fileName, code));
    assertTrue(result.success(), result.output());
    return result;
  }

  @Override public void close() {
    runtime.close();
    client.close();
    simulator.close();
  }
}
