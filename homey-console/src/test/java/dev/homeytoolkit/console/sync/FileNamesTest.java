package dev.homeytoolkit.console.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

  @Test void plainNamesStayReadable() {
    assertEquals("Living room lights.js", FileNames.fileFor("Living room lights"));
    assertEquals("Lüften – Bad (2).js", FileNames.fileFor("Lüften – Bad (2)"));
    assertEquals("💡 Alle lampen uit.js", FileNames.fileFor("💡 Alle lampen uit"));
    assertEquals("日本語のスクリプト.js", FileNames.fileFor("日本語のスクリプト"));
  }

  @Test void whatFileSystemsRefuseIsEscaped() {
    assertEquals("Lights%2FOn.js", FileNames.fileFor("Lights/On"));
    assertEquals("a%5Cb%3Ac%2Ad%3Fe%22f%3Cg%3Eh%7Ci.js", FileNames.fileFor("a\\b:c*d?e\"f<g>h|i"));
    assertEquals("%2Ehidden.js", FileNames.fileFor(".hidden"));
    assertEquals("%2D-rf.js", FileNames.fileFor("--rf"));
    assertEquals("100%25.js", FileNames.fileFor("100%"));
    assertEquals("tab%09and%0Anewline.js", FileNames.fileFor("tab\tand\nnewline"));
    assertEquals("no%C2%A0break.js", FileNames.fileFor("no\u00A0break"));
    assertEquals("%43ON.js", FileNames.fileFor("CON"));
    assertEquals("%6Eul.txt.js", FileNames.fileFor("nul.txt"));
    assertEquals("CONSOLE.js", FileNames.fileFor("CONSOLE"));
    assertEquals("%.js", FileNames.fileFor(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a b", "Lights/On", "a/b/c", "../../etc/passwd", ".", "..", ".hidden",
      "%", "%%", "%2F", "100%", "CON", "com1.backup", "Lüften", "Lu\u0308ften", "💡/🔥", "\u200Bzero width",
      "tab\there", "trailing dot.", "trailing space ", "-dash"})
  void namesRoundTrip(String name) {
    assertEquals(name, FileNames.nameOf(FileNames.fileFor(name)));
  }

  @Test void longNamesBelowTheLimitRoundTrip() {
    for (var name : new String[] {"x".repeat(190), "é".repeat(95), "/".repeat(60)}) {
      assertEquals(name, FileNames.nameOf(FileNames.fileFor(name)));
    }
  }

  @Test void randomNamesRoundTripAndAreSafeFileNames(@TempDir Path dir) throws Exception {
    var random = new Random(7);
    int[] pool = {'a', 'Z', '0', ' ', '.', '-', '%', '/', '\\', ':', '*', '?', '"', '<', '>', '|', '\t', 0,
        0x7F, 0x85, 0xA0, 0xE9, 0x200B, 0x2028, 0xE000, 0x1F4A1, 0x65E5, 'F', '2'};
    var seen = new HashSet<String>();
    for (int round = 0; round < 2000; round++) {
      var name = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) name.appendCodePoint(pool[random.nextInt(pool.length)]);
      var file = FileNames.fileFor(name.toString());
      assertEquals(name.toString(), FileNames.nameOf(file), () -> "round trip of " + file);
      assertFalse(file.startsWith("."), file);
      assertTrue(file.chars().noneMatch(c -> "/\\:*?\"<>|".indexOf(c) >= 0 || c < 0x20), file);
      if (seen.add(file)) Files.writeString(dir.resolve(file), name);
    }
    // Every distinct name made a distinct file that the file system accepted and gives back.
    try (var files = Files.list(dir)) {
      assertEquals(seen.size(), files.count());
    }
  }

  @Test void veryLongNamesAreShortenedWithinFileSystemLimits() {
    var name = "ü/".repeat(200);
    var file = FileNames.fileFor(name);
    assertTrue(file.getBytes(StandardCharsets.UTF_8).length <= 255, file);
    assertTrue(file.matches(".*~[0-9a-f]{8}\\.js"), file);
    // The hash keeps two long names that share a beginning apart.
    assertFalse(file.equals(FileNames.fileFor(name + "x")));
  }

  @Test void userMadeFileNamesDecodeLeniently() {
    assertEquals("100%", FileNames.nameOf("100%.js"));
    assertEquals("50%off", FileNames.nameOf("50%off.js"));
    assertEquals("%FF", FileNames.nameOf("%FF.js"));   // not UTF-8: kept as written
    assertEquals("a/b", FileNames.nameOf("a%2fb.js")); // lower-case hex is accepted
    assertNull(FileNames.nameOf("notes.txt"));
    assertNull(FileNames.nameOf(".js"));
  }
}
