package dev.homeytoolkit.console.port;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts (what {@code port --fix} shows before it writes), with three lines of context. */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  private record Line(char op, String text, int oldNo, int newNo) {}

  public static String of(String name, String before, String after) {
    if (before.equals(after)) return "";
    var a = before.lines().toList();
    var b = after.lines().toList();
    var lines = edits(a, b);
    var out = new StringBuilder("--- a/" + name + "\n+++ b/" + name + "\n");
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).op() == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // extend the hunk while changes are within 2 * CONTEXT lines of each other
      while (true) {
        int next = end;
        while (next < lines.size() && lines.get(next).op() != ' ') next++;
        int gap = next;
        while (gap < lines.size() && lines.get(gap).op() == ' ') gap++;
        if (gap < lines.size() && gap - next <= 2 * CONTEXT) {
          end = gap;
        } else {
          end = Math.min(lines.size(), next + CONTEXT);
          break;
        }
      }
      var hunk = lines.subList(start, end);
      int oldStart = hunk.stream().filter(l -> l.op() != '+').mapToInt(Line::oldNo).findFirst().orElse(0);
      int newStart = hunk.stream().filter(l -> l.op() != '-').mapToInt(Line::newNo).findFirst().orElse(0);
      long oldCount = hunk.stream().filter(l -> l.op() != '+').count();
      long newCount = hunk.stream().filter(l -> l.op() != '-').count();
      out.append("@@ -").append(oldStart).append(',').append(oldCount)
          .append(" +").append(newStart).append(',').append(newCount).append(" @@\n");
      for (var l : hunk) out.append(l.op()).append(l.text()).append('\n');
      i = end;
    }
    return out.toString();
  }

  /** Longest-common-subsequence line diff; scripts are small enough for the quadratic table. */
  private static List<Line> edits(List<String> a, List<String> b) {
    int n = a.size(), m = b.size();
    var lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    var out = new ArrayList<Line>();
    int i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        out.add(new Line(' ', a.get(i), ++i, ++j));
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add(new Line('-', a.get(i), ++i, j + 1)); // a removal reads best before the line that replaces it
      } else {
        out.add(new Line('+', b.get(j), i + 1, ++j));
      }
    }
    return out;
  }
}
