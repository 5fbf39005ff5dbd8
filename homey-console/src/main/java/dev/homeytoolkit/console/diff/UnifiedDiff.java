package dev.homeytoolkit.console.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, in the format of {@code diff -u} and {@code git diff}: three lines of
 * context, {@code @@ -a,b +c,d @@} hunk headers, and {@code \ No newline at end of file} where a text ends without
 * one. Lines are matched with Myers' algorithm, so the diff is a shortest one, as git shows it. Shown before
 * {@code port --fix} writes and by {@code scripts diff/push}.
 *
 * <pre>UnifiedDiff.diff("a/x.js", "b/x.js", before, after)</pre>
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  /** Above this many remembered cells the texts are simply shown as all removed and all added. */
  private static final long MAX_TRACE = 20_000_000L;

  private UnifiedDiff() {
  }

  private record Op(char kind, String line, int before, int after) {
  }

  /** The diff from {@code oldText} to {@code newText}, or the empty string when they are equal. */
  public static String diff(String oldLabel, String newLabel, String oldText, String newText) {
    if (oldText.equals(newText)) return "";
    var a = lines(oldText);
    var b = lines(newText);
    var ops = edits(a, b);
    var out = new StringBuilder();
    out.append("--- ").append(oldLabel).append('\n');
    out.append("+++ ").append(newLabel).append('\n');
    for (var hunk : hunks(ops)) appendHunk(out, hunk);
    return out.toString();
  }

  /** Lines with their own {@code \n}, so that a last line with and without a newline differ. */
  private static List<String> lines(String text) {
    var lines = new ArrayList<String>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }

  private static List<Op> edits(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) prefix++;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) suffix++;

    var ops = new ArrayList<Op>();
    for (int i = 0; i < prefix; i++) ops.add(new Op(' ', a.get(i), i, i));
    var middleA = a.subList(prefix, a.size() - suffix);
    var middleB = b.subList(prefix, b.size() - suffix);
    for (var op : myers(middleA, middleB)) {
      ops.add(new Op(op.kind(), op.line(), op.before() + prefix, op.after() + prefix));
    }
    for (int i = suffix; i > 0; i--) {
      ops.add(new Op(' ', a.get(a.size() - i), a.size() - i, b.size() - i));
    }
    return ops;
  }

  /** Myers' O((N+M)D) shortest edit script; {@code before}/{@code after} count the lines of a and b before it. */
  private static List<Op> myers(List<String> a, List<String> b) {
    int n = a.size(), m = b.size(), max = n + m;
    var ops = new ArrayList<Op>();
    if (max == 0) return ops;
    int offset = max + 1;
    var v = new int[2 * max + 3];
    var trace = new ArrayList<int[]>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      if ((long) (d + 1) * v.length > MAX_TRACE) return replaceAll(a, b);
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
            ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    int x = n, y = m;
    for (int d = found; d >= 0; d--) {
      var vd = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1;
      int prevX = d == 0 ? 0 : vd[offset + prevK];
      int prevY = d == 0 ? 0 : prevX - prevK;
      while (x > prevX && y > prevY) {
        ops.add(new Op(' ', a.get(x - 1), x - 1, y - 1));
        x--;
        y--;
      }
      if (d > 0) {
        if (x == prevX) ops.add(new Op('+', b.get(y - 1), x, y - 1));
        else ops.add(new Op('-', a.get(x - 1), x - 1, y));
      }
      x = prevX;
      y = prevY;
    }
    return ops.reversed();
  }

  private static List<Op> replaceAll(List<String> a, List<String> b) {
    var ops = new ArrayList<Op>();
    for (int i = 0; i < a.size(); i++) ops.add(new Op('-', a.get(i), i, 0));
    for (int j = 0; j < b.size(); j++) ops.add(new Op('+', b.get(j), a.size(), j));
    return ops;
  }

  /** Groups the changes with {@value #CONTEXT} lines around them; changes closer than twice that share a hunk. */
  private static List<List<Op>> hunks(List<Op> ops) {
    var hunks = new ArrayList<List<Op>>();
    int i = 0;
    while (i < ops.size()) {
      while (i < ops.size() && ops.get(i).kind() == ' ') i++;
      if (i == ops.size()) break;
      int start = Math.max(0, i - CONTEXT);
      int end = i; // exclusive end of the last change seen
      int j = i;
      while (j < ops.size()) {
        if (ops.get(j).kind() != ' ') {
          end = j + 1;
          j++;
          continue;
        }
        int run = j;
        while (run < ops.size() && ops.get(run).kind() == ' ') run++;
        if (run == ops.size() || run - j > 2 * CONTEXT) break;
        j = run;
      }
      int stop = Math.min(ops.size(), end + CONTEXT);
      hunks.add(ops.subList(start, stop));
      i = stop;
    }
    return hunks;
  }

  private static void appendHunk(StringBuilder out, List<Op> hunk) {
    int oldCount = 0, newCount = 0;
    for (var op : hunk) {
      if (op.kind() != '+') oldCount++;
      if (op.kind() != '-') newCount++;
    }
    var first = hunk.getFirst();
    // As in diff -u: a range starts at its first line, or, when empty, at the line before it.
    int oldStart = oldCount == 0 ? first.before() : first.before() + 1;
    int newStart = newCount == 0 ? first.after() : first.after() + 1;
    out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
        .append(" @@\n");
    for (var op : hunk) {
      var line = op.line();
      out.append(op.kind());
      if (line.endsWith("\n")) {
        out.append(line);
      } else {
        out.append(line).append("\n\\ No newline at end of file\n");
      }
    }
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }
}
