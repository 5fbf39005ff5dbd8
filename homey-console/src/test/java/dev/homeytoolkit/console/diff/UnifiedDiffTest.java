package dev.homeytoolkit.console.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test void equalTextsHaveNoDiff() {
    assertEquals("", UnifiedDiff.diff("a", "b", "log(1);\n", "log(1);\n"));
  }

  @Test void matchesDiffUWithAMissingFinalNewline() {
    var hub = "const a = 1;\nconst b = 2;\nlog(a);\nlog(b);\nreturn a + b;\n";
    var local = "const a = 1;\nconst b = 3;\nlog(a);\nlog(b);\nreturn a + b;";
    assertEquals("""
        --- hub/x.js
        +++ x.js
        @@ -1,5 +1,5 @@
         const a = 1;
        -const b = 2;
        +const b = 3;
         log(a);
         log(b);
        -return a + b;
        +return a + b;
        \\ No newline at end of file
        """, UnifiedDiff.diff("hub/x.js", "x.js", hub, local));
  }

  @Test void distantChangesGetTheirOwnHunksAsInDiffU() {
    var before = lines(1, 15);
    var after = "X\n" + before.replace("9\n", "") + "Y\n";
    assertEquals("""
        --- a
        +++ b
        @@ -1,3 +1,4 @@
        +X
         1
         2
         3
        @@ -6,10 +7,10 @@
         6
         7
         8
        -9
         10
         11
         12
         13
         14
         15
        +Y
        """, UnifiedDiff.diff("a", "b", before, after));
  }

  @Test void fromAndToEmpty() {
    assertEquals("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n", UnifiedDiff.diff("a", "b", "", "x\ny\n"));
    assertEquals("--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n", UnifiedDiff.diff("a", "b", "x\n", ""));
  }

  /** Applying the diff to the old text gives the new text, and it is as short as a longest common subsequence allows. */
  @Test void randomDiffsApplyAndAreMinimal() {
    var random = new Random(42);
    for (int round = 0; round < 500; round++) {
      var a = randomText(random);
      var b = random.nextBoolean() ? mutate(random, a) : randomText(random);
      var diff = UnifiedDiff.diff("a", "b", a, b);
      assertEquals(b, apply(a, diff), () -> "diff of\n" + a + "\nto\n" + b + "\n" + diff);
      int changed = (int) diff.lines().filter(l -> (l.startsWith("-") && !l.startsWith("---"))
          || (l.startsWith("+") && !l.startsWith("+++"))).count();
      var la = split(a);
      var lb = split(b);
      assertEquals(la.size() + lb.size() - 2 * lcs(la, lb), changed, diff);
    }
  }

  private static String lines(int from, int to) {
    var sb = new StringBuilder();
    for (int i = from; i <= to; i++) sb.append(i).append('\n');
    return sb.toString();
  }

  private static String randomText(Random random) {
    var sb = new StringBuilder();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) sb.append((char) ('a' + random.nextInt(4))).append('\n');
    if (n > 0 && random.nextInt(4) == 0) sb.setLength(sb.length() - 1);
    return sb.toString();
  }

  private static String mutate(Random random, String text) {
    var lines = new ArrayList<>(split(text));
    for (int i = random.nextInt(3); i >= 0; i--) {
      if (!lines.isEmpty() && random.nextBoolean()) lines.remove(random.nextInt(lines.size()));
      else lines.add(random.nextInt(lines.size() + 1), "z" + random.nextInt(3) + "\n");
    }
    return String.join("", lines);
  }

  private static List<String> split(String text) {
    var out = new ArrayList<String>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }

  private static int lcs(List<String> a, List<String> b) {
    var t = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t[0][0];
  }

  /** A strict patch: every context and removed line must match the old text where the hunk header says. */
  private static String apply(String old, String diff) {
    if (diff.isEmpty()) return old;
    var source = split(old);
    var out = new StringBuilder();
    var rows = diff.lines().toList();
    int next = 0; // next unread line of old
    for (int r = 2; r < rows.size(); ) {
      var header = rows.get(r++);
      assertTrue(header.startsWith("@@ -"), header);
      var oldRange = header.substring(4, header.indexOf(' ', 4)).split(",");
      int start = Integer.parseInt(oldRange[0]);
      int count = oldRange.length > 1 ? Integer.parseInt(oldRange[1]) : 1;
      int at = count == 0 ? start : start - 1;
      while (next < at) out.append(source.get(next++));
      while (r < rows.size() && !rows.get(r).startsWith("@@")) {
        var row = rows.get(r++);
        boolean noNewline = r < rows.size() && rows.get(r).startsWith("\\ No newline");
        if (noNewline) r++;
        var text = row.substring(1) + (noNewline ? "" : "\n");
        switch (row.charAt(0)) {
          case ' ' -> {
            assertEquals(source.get(next++), text);
            out.append(text);
          }
          case '-' -> assertEquals(source.get(next++), text);
          case '+' -> out.append(text);
          default -> throw new AssertionError(row);
        }
      }
    }
    while (next < source.size()) out.append(source.get(next++));
    return out.toString();
  }
}
