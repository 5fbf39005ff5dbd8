package dev.homeytoolkit.simulator.faults;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which requests a fault applies to: an optional HTTP method, then a path glob or regex.
 *
 * <ul>
 *   <li>{@code "PUT /api/manager/devices/**"}: method PUT, any path under devices ({@code **} crosses slashes)</li>
 *   <li>{@code "/api/manager/devices/device/*"}: any method, one segment ({@code *} stays inside a segment)</li>
 *   <li>{@code "GET ^/api/manager/(zones|devices)/.*$"}: a path starting with {@code ^} is a regular expression</li>
 * </ul>
 * Paths are compared without a trailing slash, as routes are.
 */
public record RoutePattern(String method, Pattern path, String source) {

  public static RoutePattern parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("Empty route pattern: write e.g. \"PUT /api/manager/devices/**\"");
    }
    var s = spec.trim();
    String method = null;
    var space = s.indexOf(' ');
    if (space > 0) {
      method = s.substring(0, space).toUpperCase(Locale.ROOT);
      s = s.substring(space + 1).trim();
      if (method.equals("*")) method = null;
    }
    if (!s.startsWith("/") && !s.startsWith("^")) {
      throw new IllegalArgumentException("Route pattern \"" + spec + "\" must be [METHOD] /path/glob or "
          + "[METHOD] ^regex$");
    }
    var regex = s.startsWith("^") ? Pattern.compile(s) : Pattern.compile(glob(s));
    return new RoutePattern(method, regex, spec);
  }

  private static String glob(String glob) {
    var g = glob;
    while (g.length() > 1 && g.endsWith("/")) g = g.substring(0, g.length() - 1);
    var out = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        // "/**" at the end also matches the folder itself
        if (out.length() > 0 && out.charAt(out.length() - 1) == '/' && i + 2 == g.length()) {
          out.setLength(out.length() - 1);
          out.append("(/.*)?");
        } else {
          out.append(".*");
        }
        i++;
      } else if (c == '*') {
        out.append("[^/]*");
      } else if (c == '?') {
        out.append("[^/]");
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return out.toString();
  }

  /** Whether a request with this method and (normalised) path is meant. */
  public boolean matches(String requestMethod, String requestPath) {
    if (method != null && !method.equalsIgnoreCase(requestMethod)) return false;
    return path.matcher(requestPath).matches();
  }

  @Override public String toString() {
    return source;
  }
}
