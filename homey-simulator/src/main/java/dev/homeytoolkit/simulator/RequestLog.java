package dev.homeytoolkit.simulator;

import dev.homeytoolkit.simulator.faults.RoutePattern;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every request the simulator answered (or dropped), for tests that count retries:
 * {@code sim.requests().count("PUT /api/manager/devices/**")}.
 */
public final class RequestLog {
  private final ConcurrentLinkedQueue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();

  void add(RecordedRequest request) {
    requests.add(request);
  }

  /** All requests so far, oldest first. */
  public List<RecordedRequest> all() {
    return List.copyOf(requests);
  }

  /** How many requests matched {@code route}, in the syntax of {@link RoutePattern} ("GET /api/manager/**"). */
  public long count(String route) {
    var pattern = RoutePattern.parse(route);
    return requests.stream().filter(r -> pattern.matches(r.method(), r.path())).count();
  }

  public int size() {
    return requests.size();
  }

  public void clear() {
    requests.clear();
  }
}
