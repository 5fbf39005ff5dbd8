package dev.homeytoolkit.console.port;

import java.util.Locale;
import java.util.Optional;

/** Finds the closest known name to a misspelt one, by edit distance, for "did you mean …?". */
final class Nearest {
  private Nearest() {}

  /** The candidate closest to {@code name}, if it is close enough to be a plausible misspelling. */
  static Optional<String> to(String name, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (var candidate : candidates) {
      int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && closerInLength(name, candidate, best))) {
        best = candidate;
        bestDistance = d;
      }
    }
    int limit = Math.max(2, name.length() / 3);
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Ties go to the same length (getDevicez: getDevices, not getDevice), then to alphabetical order. */
  private static boolean closerInLength(String name, String candidate, String best) {
    int a = Math.abs(candidate.length() - name.length()), b = Math.abs(best.length() - name.length());
    return a != b ? a < b : candidate.compareTo(best) < 0;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    var prev = new int[b.length() + 1];
    var cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      var t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
