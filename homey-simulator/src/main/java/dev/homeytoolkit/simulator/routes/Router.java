package dev.homeytoolkit.simulator.routes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a method and decoded path segments against the catalogue's route templates. Literal segments win over
 * {@code :parameters} (so {@code PUT /presence/me/present} is {@code setPresentMe}, not {@code setPresent} with
 * id "me"), and path parameters may hold colons ({@code homey:manager:logic}).
 */
public final class Router {
  /** A matched operation and its path parameters. */
  public record Match(Operation operation, Map<String, String> pathParameters) {}

  private record Route(Operation operation, String[] segments) {}

  private final Map<String, List<Route>> byManager = new HashMap<>();

  public Router(List<Operation> operations) {
    for (var op : operations) {
      var segs = op.fullPath().substring(1).split("/");
      byManager.computeIfAbsent(op.managerId(), k -> new ArrayList<>()).add(new Route(op, segs));
    }
  }

  /**
   * The best match for {@code segments} (which start with "api", "manager", managerId), or null. When the path
   * matches but only for another method, {@code null} too: the Homey answers 404 then as well.
   */
  public Match match(String method, List<String> segments) {
    if (segments.size() < 3) return null;
    var routes = byManager.get(segments.get(2));
    if (routes == null) return null;
    Route best = null;
    long bestScore = -1;
    for (var route : routes) {
      if (!route.operation().method().equals(method)) continue;
      var segs = route.segments();
      if (segs.length != segments.size()) continue;
      long score = 0;
      boolean ok = true;
      for (int i = 0; i < segs.length && ok; i++) {
        if (segs[i].startsWith(":")) {
          score <<= 1;
        } else if (segs[i].equals(segments.get(i))) {
          score = (score << 1) | 1;
        } else {
          ok = false;
        }
      }
      if (ok && score > bestScore) {
        best = route;
        bestScore = score;
      }
    }
    if (best == null) return null;
    var params = new LinkedHashMap<String, String>();
    for (int i = 0; i < best.segments().length; i++) {
      if (best.segments()[i].startsWith(":")) params.put(best.segments()[i].substring(1), segments.get(i));
    }
    return new Match(best.operation(), params);
  }
}
