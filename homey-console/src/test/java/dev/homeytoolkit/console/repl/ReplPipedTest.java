package dev.homeytoolkit.console.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.runtime.SimulatedHome;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A piped session: no terminal, no prompts, results on stdout, failures on stderr and exit code 1. */
class ReplPipedTest {
  private static SimulatedHome home;
  @TempDir static Path state;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll static void start() {
    home = SimulatedHome.start(state);
  }

  @AfterAll static void stop() {
    home.close();
  }

  private int pipe(String input) throws Exception {
    try (var repl = Repl.builder().runtime(home.runtime).build()) {
      return repl.piped(new BufferedReader(new StringReader(input)), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
    }
  }

  @Test void printsResultsAwaitsPromisesAndExitsZero() throws Exception {
    int exit = pipe("""
        const zones = await Homey.zones.getZones()
        Object.keys(zones).length > 0
        function add(a, b) {
          return a + b
        }
        add(40, 2)
        const k = 5; k * 2
        Promise.resolve({ ok: [1, 2] })
        """);
    assertEquals(0, exit, err.toString());
    assertEquals("true\n42\n10\n{ ok: [ 1, 2 ] }\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test void aFailedEntryGoesToStderrAndExitsOne() throws Exception {
    int exit = pipe("1 + 1\nnoSuchName\n'after'\n");
    assertEquals(1, exit);
    assertEquals("2\n'after'\n", out.toString(StandardCharsets.UTF_8));
    var errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(errors.startsWith("Uncaught ReferenceError: noSuchName is not defined"), errors);
  }

  @Test void noColoursInAPipe() throws Exception {
    pipe("({ a: 'text', n: 1 })\n");
    assertEquals("{ a: 'text', n: 1 }\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test void exitStopsReadingAndAnUnfinishedEntryAtTheEndFails() throws Exception {
    assertEquals(0, pipe("1\n.exit\nnoSuchName\n"));
    assertEquals(1, pipe("if (true) {\n"));
  }
}
