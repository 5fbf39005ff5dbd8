package dev.homeytoolkit.simulator.faults;

import java.time.Duration;

/**
 * A misbehaviour the simulator can be told to show on matching requests, for reliability tests. Off until added to
 * {@link Faults}; each fault applies every time unless limited with {@link #times(int)}.
 *
 * <pre>{@code
 * sim.faults().add(Fault.dropConnection("PUT /api/manager/devices/**").times(1));
 * sim.faults().add(Fault.tooManyRequests("/api/manager/zones/**", Duration.ofSeconds(2)));
 * }</pre>
 *
 * Latency, an error status, 429 and a dropped connection act before the operation runs (it has no effect);
 * truncated JSON, malformed JSON and a slow body bend the real answer after it ran.
 */
public sealed interface Fault {
  /** {@link #times()} of a fault that applies every time. */
  int UNLIMITED = -1;

  RoutePattern route();

  /** How many more requests this fault applies to, or {@link #UNLIMITED}. */
  int times();

  /** This fault limited to the next {@code n} matching requests. */
  Fault times(int n);

  /** Waits {@code delay} before answering. */
  record Latency(RoutePattern route, Duration delay, int times) implements Fault {
    @Override public Latency times(int n) {
      return new Latency(route, delay, positive(n));
    }
  }

  /** Answers {@code status} with {@code body} (the Homey's error format when body is null). */
  record ErrorStatus(RoutePattern route, int status, String body, int times) implements Fault {
    @Override public ErrorStatus times(int n) {
      return new ErrorStatus(route, status, body, positive(n));
    }
  }

  /** Answers 429 with a {@code Retry-After} header in whole seconds. */
  record TooManyRequests(RoutePattern route, Duration retryAfter, int times) implements Fault {
    @Override public TooManyRequests times(int n) {
      return new TooManyRequests(route, retryAfter, positive(n));
    }
  }

  /** Closes the connection without answering. */
  record DropConnection(RoutePattern route, int times) implements Fault {
    @Override public DropConnection times(int n) {
      return new DropConnection(route, positive(n));
    }
  }

  /** Sends only the first half of the answer's body (a complete HTTP message holding cut-off JSON). */
  record TruncatedJson(RoutePattern route, int times) implements Fault {
    @Override public TruncatedJson times(int n) {
      return new TruncatedJson(route, positive(n));
    }
  }

  /** Sends a body that is not valid JSON although it says {@code application/json}. */
  record MalformedJson(RoutePattern route, int times) implements Fault {
    @Override public MalformedJson times(int n) {
      return new MalformedJson(route, positive(n));
    }
  }

  /** Sends the body in small pieces spread over {@code total}. */
  record SlowBody(RoutePattern route, Duration total, int times) implements Fault {
    @Override public SlowBody times(int n) {
      return new SlowBody(route, total, positive(n));
    }
  }

  static Latency latency(String route, Duration delay) {
    return new Latency(RoutePattern.parse(route), nonNegative(delay), UNLIMITED);
  }

  static ErrorStatus error(String route, int status) {
    return error(route, status, null);
  }

  static ErrorStatus error(String route, int status, String body) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("Fault status " + status + " is no error: use 400..599");
    }
    return new ErrorStatus(RoutePattern.parse(route), status, body, UNLIMITED);
  }

  static TooManyRequests tooManyRequests(String route, Duration retryAfter) {
    return new TooManyRequests(RoutePattern.parse(route), nonNegative(retryAfter), UNLIMITED);
  }

  static DropConnection dropConnection(String route) {
    return new DropConnection(RoutePattern.parse(route), UNLIMITED);
  }

  static TruncatedJson truncatedJson(String route) {
    return new TruncatedJson(RoutePattern.parse(route), UNLIMITED);
  }

  static MalformedJson malformedJson(String route) {
    return new MalformedJson(RoutePattern.parse(route), UNLIMITED);
  }

  static SlowBody slowBody(String route, Duration total) {
    return new SlowBody(RoutePattern.parse(route), nonNegative(total), UNLIMITED);
  }

  private static int positive(int n) {
    if (n < 1) throw new IllegalArgumentException("times(" + n + "): a fault applies at least once");
    return n;
  }

  private static Duration nonNegative(Duration d) {
    if (d == null || d.isNegative()) throw new IllegalArgumentException("A fault duration must be zero or more");
    return d;
  }
}
