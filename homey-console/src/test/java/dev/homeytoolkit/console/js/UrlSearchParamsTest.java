package dev.homeytoolkit.console.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** urlsearchparams.js: expected values are what Node 20 gives for the same calls. */
class UrlSearchParamsTest {
  private static JsHarness js;

  @BeforeAll static void start() {
    js = new JsHarness();
  }

  @AfterAll static void stop() {
    js.close();
  }

  private String s(String expression) {
    return js.evalString("String(" + expression + ")");
  }

  @Test void parsesFormEncodingWithPlusPercentAndMalformedEscapes() {
    assertEquals("[[\"a\",\"1\"],[\"b\",\"x y z\"],[\"c\",\"%zz\"],[\"a\",\"2\"],[\"d\",\"\"],[\"\",\"e\"],[\"n\",\"\u00e9\"]]",
        s("JSON.stringify([...new URLSearchParams('?a=1&b=x+y%20z&c=%zz&a=2&d&=e&n=%C3%A9')])"));
    assertEquals("7", s("new URLSearchParams('?a=1&b=x+y%20z&c=%zz&a=2&d&=e&n=%C3%A9').size"));
  }

  @Test void serialisesLikeTheFormEncoder() {
    assertEquals("a=1&b=x+y+z&c=%25zz&a=2&d=&=e", s("new URLSearchParams('?a=1&b=x+y%20z&c=%zz&a=2&d&=e')"));
    assertEquals("s=a+b*-._%7E%21%27%28%29%C3%A9%F0%9F%98%80",
        s("new URLSearchParams({s: 'a b*-._~!\\'()\u00e9\\ud83d\\ude00'})"));
  }

  @Test void initialisesFromObjectsIterablesAndOtherParams() {
    assertEquals("a=1&b=2", s("new URLSearchParams({a: 1, b: 2})"));
    assertEquals("a=1&a=2", s("new URLSearchParams([['a', '1'], ['a', 2]])"));
    assertEquals("x=1", s("new URLSearchParams(new URLSearchParams('x=1'))"));
    assertEquals("k=v", s("new URLSearchParams(new Map([['k', 'v']]))"));
    assertEquals("TypeError: Each query pair must be an iterable [name, value] tuple",
        s("(() => { try { new URLSearchParams([['a']]); } catch (e) { return e; } })()"));
  }

  @Test void editsInPlace() {
    assertEquals("a=2&b=3&z=1&z=0|a=2&b=3&z=9|b=3&z=9||9|true|false",
        s("(() => { const r = new URLSearchParams('z=1&a=2&z=0&b=3'); const out = []; r.sort(); out.push(r.toString());"
            + " r.set('z', '9'); out.push(r.toString()); r.delete('a'); out.push(r.toString());"
            + " out.push(r.get('nope'), r.getAll('z'), r.has('b'), r.has('a')); return out.join('|'); })()"));
    assertEquals("a=1&a=2&b=x", s("(() => { const p = new URLSearchParams(); p.append('a', 1); p.append('a', 2);"
        + " p.append('b', 'x'); return p; })()"));
    assertEquals("1", s("new URLSearchParams('a=1&a=2').get('a')"));
  }

  @Test void iteratesAndInspects() {
    assertEquals("a,b|1,2|b:2 a:1", s("(() => { const p = new URLSearchParams('a=1&b=2'); const f = [];"
        + " p.forEach((v, k) => f.unshift(k + ':' + v)); return [...p.keys()] + '|' + [...p.values()] + '|' + f.join(' '); })()"));
    assertEquals("URLSearchParams { 'a' => '1', 'b' => 'x y' }", js.inspect("new URLSearchParams('a=1&b=x y')"));
    assertEquals("[object URLSearchParams]", s("Object.prototype.toString.call(new URLSearchParams())"));
  }
}
