package dev.homeytoolkit.console.scripts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.console.runtime.Script;
import dev.homeytoolkit.console.runtime.ScriptResult;
import dev.homeytoolkit.console.runtime.ScriptRuntime;
import dev.homeytoolkit.console.runtime.store.StateStore;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The scripts of the top-level scripts/ folder run against a fresh simulator (demo seed), with the Athom hosts mapped
 * to it as in demo mode, a private state folder, and a HomeyClient with the demo API key to read results back.
 */
final class ScriptFixture implements AutoCloseable {
  static final Path SCRIPTS = locateScripts();

  final HomeySimulator sim;
  final HomeyClient client;
  final StateStore state;
  final ScriptRuntime runtime;

  ScriptFixture(Path stateDir) {
    sim = HomeySimulator.start();
    client = HomeyClient.builder().address(sim.baseUrl()).homeyId(sim.homeyId())
        .tokenSource(TokenSource.of(sim.apiKey())).build();
    state = StateStore.at(stateDir);
    runtime = ScriptRuntime.builder().homey(client, sim.homeyName()).athomHosts(sim.baseUrl()).state(state).build();
  }

  /** Runs scripts/{@code file} with {@code args}; fails the test with the script's output when it fails. */
  ScriptResult run(String file, String... args) {
    ScriptResult result = runAllowingFailure(file, args);
    assertTrue(result.success(), () -> file + " failed:\n" + result.output());
    return result;
  }

  ScriptResult runAllowingFailure(String file, String... args) {
    Path path = SCRIPTS.resolve(file);
    String name = path.getFileName().toString();
    return runtime.run(new Script(name, read(path), "test-" + name, List.of(args), Duration.ofSeconds(120)));
  }

  /** What the script returned, as Java maps, lists, strings, doubles and booleans. */
  static Object returned(ScriptResult result) {
    return parse(result.returns());
  }

  /** A Web API GET through the demo key, parsed. */
  @SuppressWarnings("unchecked")
  Map<String, Map<String, Object>> getMap(String path) {
    try {
      return (Map<String, Map<String, Object>>) parse(client.call("GET", path, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Object parse(String json) {
    try {
      return new Moshi.Builder().build().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override public void close() {
    runtime.close();
    client.close();
    sim.close();
  }

  private static Path locateScripts() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("scripts/seed"))) return dir.resolve("scripts");
    }
    throw new IllegalStateException("no scripts/ folder above " + Path.of("").toAbsolutePath());
  }
}
