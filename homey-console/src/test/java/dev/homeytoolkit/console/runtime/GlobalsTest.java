package dev.homeytoolkit.console.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.runtime.store.StateStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HomeyScript globals other than Homey: output, wait, tags, global store, args and the script's own facts. */
class GlobalsTest {
  @TempDir Path dir;

  ScriptRuntime runtime(ByteArrayOutputStream out, ByteArrayOutputStream err) {
    return ScriptRuntime.builder().state(StateStore.at(dir))
        .out(new PrintStream(out, true, StandardCharsets.UTF_8))
        .err(new PrintStream(err, true, StandardCharsets.UTF_8))
        .footers(false)
        .build();
  }

  ScriptResult run(String code) {
    try (var runtime = ScriptRuntime.builder().state(StateStore.at(dir)).footers(false).build()) {
      return runtime.run(Script.of("globals.js", code));
    }
  }

  @Test void logAndConsoleGoToTheirStreams() {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    try (var runtime = runtime(out, err)) {
      var result = runtime.run(Script.of("print.js", """
          log('one', 2);
          console.log('three');
          console.info('four');
          console.error('five');
          return Object.keys(console);"""));
      assertEquals("[\"log\",\"info\",\"error\"]", result.returns());
    }
    assertEquals("one 2\nthree\nfour\n", out.toString(StandardCharsets.UTF_8));
    assertEquals("five\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test void waitResolvesAfterItsTime() {
    var result = run("const t = Date.now(); await wait(120); return Date.now() - t >= 100;");
    assertEquals("true", result.returns(), result.output());
  }

  @Test void globalStoreKeepsJsonAcrossRunsAndRuntimes() throws Exception {
    run("global.set('counter', { n: 1, when: 'now' }); global.set('gone', 1); global.set('gone', undefined);");
    var result = run("return [global.get('counter'), global.keys(), global.get('missing')]");
    assertEquals("[{\"n\":1,\"when\":\"now\"},[\"counter\"],null]", result.returns());
    var file = dir.resolve("globals.json");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(Files.readString(file).contains("\"counter\""));
  }

  @Test void tagsArePersistedWithTheirType() {
    run("await tag('temperature', 21.5); await tag('name', 'hall'); await tag('on', true); await tag('old', 1); "
        + "await tag('old', null);");
    var tags = StateStore.at(dir).tags();
    assertEquals(List.of("temperature:number:21.5", "name:string:\"hall\"", "on:boolean:true"),
        tags.stream().map(t -> t.id() + ":" + t.type() + ":" + t.valueJson()).toList());
    var bad = run("await tag('obj', { a: 1 })");
    assertFalse(bad.success());
    assertTrue(bad.error().contains("a tag holds a string, number or boolean, not object"), bad.error());
  }

  @Test void setTagValueIsTheOlderFormAndSaysSo() {
    var result = run("await setTagValue('accesstoken', { type: 'string', title: 'Access token' }, 'abc');");
    assertTrue(result.success(), result.output());
    assertTrue(result.output().contains("setTagValue(id, opts, value) is deprecated, use tag(id, value)"),
        result.output());
    var tag = StateStore.at(dir).tag("accesstoken").orElseThrow();
    assertEquals("string", tag.type());
    assertEquals("\"abc\"", tag.valueJson());
  }

  @Test void sayFailsClearly() {
    var result = run("await say('hello')");
    assertFalse(result.success());
    assertTrue(result.error().contains("say() is not available: a Homey Pro (2023) has no speech output"),
        result.error());
  }

  @Test void argsFilenameAndScriptId() {
    try (var runtime = ScriptRuntime.builder().state(StateStore.at(dir)).build()) {
      var result = runtime.run(new Script("lights", "return [args, __filename__, __script_id__]", "id-42",
          List.of("kitchen"), null));
      assertEquals("[[\"kitchen\"],\"lights.js\",\"id-42\"]", result.returns());
    }
  }

  @Test void lastExecutedIsThePreviousRun() {
    try (var runtime = ScriptRuntime.builder().state(StateStore.at(dir)).build()) {
      var script = new Script("again.js",
          "return [__last_executed__ instanceof Date, __last_executed__.getTime(), __ms_since_last_executed__]",
          "again-id", List.of(), null);
      var first = runtime.run(script);
      assertTrue(first.returns().startsWith("[true,0,"), first.returns()); // never run: 1970
      long before = System.currentTimeMillis();
      var second = runtime.run(script);
      var parts = second.returns().replaceAll("[\\[\\]]", "").split(",");
      long last = Long.parseLong(parts[1]);
      assertTrue(last > 0 && last <= before, second.returns());
      assertTrue(Long.parseLong(parts[2]) < 60_000, second.returns());
    }
  }

  @Test void lodashIsThere() {
    var result = run("return [_.VERSION, _.sortBy([3, 1, 2]), _.groupBy(['a', 'bb', 'cc'], 'length')]");
    assertEquals("[\"4.17.21\",[1,2,3],{\"1\":[\"a\"],\"2\":[\"bb\",\"cc\"]}]", result.returns(), result.output());
  }
}
