package dev.homeytoolkit.console.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * util.format / util.inspect of util.js against what Node itself prints for the same values: the cases are in
 * src/test/resources/js/inspect-cases.js, Node's answers in inspect-golden.json (made by make-inspect-golden.js).
 */
class UtilGoldenTest {
  private static JsHarness js;

  @BeforeAll static void start() {
    js = new JsHarness();
  }

  @AfterAll static void stop() {
    js.close();
  }

  @TestFactory List<DynamicTest> sameOutputAsNode() {
    Value cases = js.eval(JsHarness.resource("js/inspect-cases.js"));
    Value golden = js.eval("(j => JSON.parse(j))").execute(JsHarness.resource("js/inspect-golden.json"));
    Value apply = js.eval("""
        ([name, kind, make, opts]) => kind === 'format' ? __util.format(...make()) : __util.inspect(make(), opts)
        """);
    var tests = new ArrayList<DynamicTest>();
    for (long i = 0; i < cases.getArraySize(); i++) {
      Value c = cases.getArrayElement(i);
      String name = c.getArrayElement(0).asString();
      String expected = golden.getMember(name).asString();
      tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(expected, apply.execute(c).asString())));
    }
    return tests;
  }
}
