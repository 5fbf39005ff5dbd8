package dev.homeytoolkit.console.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.runtime.store.StateStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrapper, the footers, the time limit and the sandbox, with small inline scripts and no Homey. */
class ScriptRuntimeTest {
  @TempDir static Path dir;
  static ScriptRuntime runtime;

  @BeforeAll static void start() {
    runtime = ScriptRuntime.builder().state(StateStore.at(dir)).build();
  }

  @AfterAll static void stop() {
    runtime.close();
  }

  static ScriptResult run(String code) {
    return runtime.run(Script.of("test.js", code));
  }

  @Test void topLevelAwaitAndReturnGiveTheSuccessFooter() {
    var result = run("const x = await Promise.resolve(20);\nreturn { answer: x + 22 };");
    assertTrue(result.success(), result.output());
    assertEquals("{\"answer\":42}", result.returns());
    assertTrue(result.output().endsWith("✅ Script Success\n↩️ Returned: {\n  \"answer\": 42\n}\n"), result.output());
    assertEquals("{\"success\":true,\"returns\":{\"answer\":42}}", result.toJson());
  }

  @Test void noReturnShowsUndefined() {
    var result = run("1 + 1;");
    assertTrue(result.success());
    assertEquals(null, result.returns());
    assertTrue(result.output().endsWith("↩️ Returned: undefined\n"), result.output());
  }

  @Test void errorsReportTheLineOfTheUsersFile() {
    var result = run("let a = 1;\n\nthrow new Error('boom on three');");
    assertFalse(result.success());
    assertTrue(result.error().startsWith("Error: boom on three"), result.error());
    assertTrue(result.error().contains("test.js:3"), result.error());
    assertTrue(result.output().contains("❌ Script Error\n⚠️ Error: boom on three"), result.output());
    assertTrue(result.returns().contains("\"message\":\"boom on three\""), result.returns());
  }

  @Test void aTypeErrorDeepInsideReportsItsLine() {
    var result = run("const f = () => {\n  return null.x;\n};\nawait 1;\nf();");
    assertFalse(result.success());
    assertTrue(result.error().contains("TypeError"), result.error());
    assertTrue(result.error().contains("test.js:2"), result.error());
  }

  @Test void syntaxErrorsNameTheLine() {
    var result = run("let ok = 1;\nlet = = 2;");
    assertFalse(result.success());
    assertTrue(result.error().startsWith("SyntaxError: test.js:2"), result.error()); // one prefix, not two
    assertTrue(result.error().contains("test.js:2"), result.error());
  }

  @Test void sloppyModeAssignmentCreatesAGlobalAndEachRunStartsFresh() {
    var first = run("leaked = 5; return globalThis.leaked;");
    assertEquals("5", first.returns());
    var second = run("return typeof leaked;");
    assertEquals("\"undefined\"", second.returns());
  }

  @Test void aBusyLoopIsStoppedByTheTimeLimit() {
    long start = System.nanoTime();
    var result = runtime.run(Script.of("busy.js", "while (true) {}").withTimeout(Duration.ofMillis(500)));
    assertFalse(result.success());
    assertTrue(result.timedOut());
    assertTrue(result.error().contains("timed out after 500 ms"), result.error());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
  }

  @Test void aLongWaitIsStoppedByTheTimeLimit() {
    var result = runtime.run(Script.of("slow.js", "await wait(60000); return 1").withTimeout(Duration.ofMillis(300)));
    assertTrue(result.timedOut());
  }

  @Test void aRunEndsOnlyWhenNothingIsPending() {
    var result = run("wait(100).then(() => log('later')); return 'now';");
    assertTrue(result.success());
    assertTrue(result.output().startsWith("later\n"), result.output());
  }

  @Test void sandboxEscapesFail() {
    for (String escape : List.of(
        "return Java.type('java.lang.System')",
        "return load('/etc/passwd')",
        "return Polyglot.eval('js', '1')",
        "return require('fs')",
        "return process.env",
        "return Graal.versionJS",
        "return print('x')",
        "return java.lang.System.exit(1)",
        "return Packages.java.io.File",
        "return new java.io.File('/etc/passwd')")) {
      var result = run(escape);
      assertFalse(result.success(), escape + " → " + result.output());
      assertTrue(result.error().contains("ReferenceError") || result.error().contains("is not defined"),
          escape + " → " + result.error());
    }
  }

  @Test void noHostObjectsLeak() {
    var result = run("""
        return ['__host', '__util', 'setTimeout', 'URL', 'TextEncoder', 'AbortController', 'atob', 'btoa',
                'require', 'process', 'Java', 'Polyglot', 'load', 'Packages', 'java', 'javax', 'com', 'org']
          .filter(n => typeof globalThis[n] !== 'undefined')""");
    assertEquals("[]", result.returns());
  }

  @Test void globalIsNotGlobalThis() {
    assertEquals("false", run("return global === globalThis").returns());
  }

  @Test void intlAndLocaleStringsWork() {
    var result = run("return new Date(0).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })");
    assertTrue(result.success(), result.output());
    assertTrue(result.returns().contains("1970"), result.returns());
  }
}
