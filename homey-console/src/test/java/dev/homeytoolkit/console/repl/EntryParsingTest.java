package dev.homeytoolkit.console.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** When Enter continues an entry, what Tab completes, and which entries Node would answer with undefined. */
class EntryParsingTest {
  private static final Completeness completeness = new Completeness();
  private static final EntryParser parser = new EntryParser(completeness);

  @AfterAll static void close() {
    completeness.close();
  }

  @Test void unfinishedEntriesContinue() {
    for (var entry : new String[] {
        "if (x) {", "const a = await Homey.devices.getDevice(", "for await (const x of y) {", "`first line",
        "const t = `a ${", "x = {a: 1,", "1 +", "/* a comment", "function f() {\n  return 1"}) {
      assertTrue(completeness.isIncomplete(entry), entry);
      assertThrows(EOFError.class, () -> parser.parse(entry, entry.length(), ParseContext.ACCEPT_LINE), entry);
    }
  }

  @Test void finishedOrBrokenEntriesAreEvaluated() {
    for (var entry : new String[] {
        "await Homey.zones.getZones()", "while (true) {}", "let x = 1; x", "if (a {", "}", "'unclosed",
        "function f() {\n  return 1\n}", ".load file.js", ""}) {
      assertFalse(completeness.isIncomplete(entry) && !entry.startsWith("."), entry);
      parser.parse(entry, entry.length(), ParseContext.ACCEPT_LINE); // no EOFError
    }
  }

  @Test void theCompletionWordIsTheMemberChainBeforeTheCursor() {
    assertEquals("Homey.devices.get", word("log(Homey.devices.get"));
    assertEquals("devices['ab", word("const d = devices['ab"));
    assertEquals("device.capabilitiesObj.", word("x + device.capabilitiesObj."));
    assertEquals("a['k'].b", word("  a['k'].b"));
    assertEquals("", word("1 + "));
  }

  @Test void completionShowsTheLastSegment() {
    assertEquals("getDevices", EntryCompleter.display("Homey.devices.getDevices"));
    assertEquals("['abc']", EntryCompleter.display("devices['abc']"));
    assertEquals("Homey", EntryCompleter.display("Homey"));
  }

  @Test void declarationsShowUndefinedAsInNode() {
    assertTrue(SessionEvaluator.isDeclarationOnly("const devices = await Homey.devices.getDevices()"));
    assertTrue(SessionEvaluator.isDeclarationOnly("let a = { b: 1; c: 2 };"));
    assertTrue(SessionEvaluator.isDeclarationOnly("var s = 'a;b'"));
    assertFalse(SessionEvaluator.isDeclarationOnly("const k = 5; k * 2"));
    assertFalse(SessionEvaluator.isDeclarationOnly("const k = 5\nk"));
    assertFalse(SessionEvaluator.isDeclarationOnly("constant + 1"));
  }

  private static String word(String line) {
    return parser.parse(line, line.length(), ParseContext.COMPLETE).word();
  }
}
