package dev.homeytoolkit.console.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** util.js behaviour that depends on the engine (error stacks) or on the other prelude files. */
class UtilTest {
  private static JsHarness js;

  @BeforeAll static void start() {
    js = new JsHarness();
  }

  @AfterAll static void stop() {
    js.close();
  }

  @Test void errorsShowTheirStackAndExtraProperties() {
    String shown = js.inspect("(() => { const e = new Error('Not Found'); e.statusCode = 404; return e; })()");
    assertTrue(shown.startsWith("Error: Not Found\n    at "), shown);
    assertTrue(shown.endsWith(" {\n  statusCode: 404\n}"), shown);
  }

  @Test void errorsWithoutAStackAreBracketed() {
    assertEquals("[TypeError: bad]", js.inspect("(() => { const e = new TypeError('bad'); e.stack = undefined; return e; })()"));
    assertEquals("{ err: [Error: x] }", js.inspect("{err: Object.assign(new Error('x'), {stack: 'Error: x'})}"));
  }

  @Test void errorsNestedInObjectsAreIndented() {
    String shown = js.inspect("{ failed: new RangeError('too far') }");
    assertTrue(shown.startsWith("{\n  failed: RangeError: too far\n      at "), shown);
  }

  @Test void formatOfAnErrorPrintsItsStack() {
    String shown = js.format("'failed:', new Error('boom')");
    assertTrue(shown.startsWith("failed: Error: boom\n    at "), shown);
  }

  @Test void colorsUseNodesAnsiStyles() {
    assertEquals("{ a: \u001b[33m1\u001b[39m, b: \u001b[32m'x'\u001b[39m, c: \u001b[1mnull\u001b[22m }",
        js.inspect("{a: 1, b: 'x', c: null}", "{colors: true}"));
  }

  @Test void customInspectIsHonoured() {
    assertEquals("{ x: <thing> }", js.inspect("{x: {[Symbol.for('nodejs.util.inspect.custom')]() { return '<thing>'; }}}"));
  }

  @Test void utilIsAHiddenGlobal() {
    assertEquals("false", js.evalString("String(Object.keys(globalThis).includes('__util'))"));
    assertEquals("function function", js.evalString("typeof __util.format + ' ' + typeof __util.inspect"));
  }
}
