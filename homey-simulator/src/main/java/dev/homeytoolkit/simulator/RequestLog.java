package dev.homeytoolkit.simulator;

import dev.homeytoolkit.simulator.faults.RoutePattern;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests the simulator answered (or dropped), for tests that count retries:
 * {@code sim.requests().count("PUT /api/manager/devices/**")}. Keeps the latest {@value #LIMIT}, so a long
 * benchmark does not fill the heap.
 */
public final class RequestLog {
  public static final int LIMIT = 100_000;

  private final ConcurrentLinkedQueue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();

  void add(RecordedRequest request) {
    requests.add(request);
    if (size.incrementAndGet() > LIMIT && requests.poll() != null) size.decrementAndGet();
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
    return Math.max(0, size.get());
  }

  public void clear() {
    while (requests.poll() != null) size.decrementAndGet();
  }
}
