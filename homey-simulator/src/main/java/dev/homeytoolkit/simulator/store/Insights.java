package dev.homeytoolkit.simulator.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Insights log entries. A log's history is made up (from the seed and the log id) the first time someone reads or
 * writes it, so that a 5000-device home starts fast; after that, every capability write appends to it.
 */
public final class Insights {
  private static final int HISTORY = 24;

  private final long seed;
  private final Clock clock;
  private final Map<String, List<Map<String, Object>>> entries = new ConcurrentHashMap<>();

  Insights(long seed, Clock clock) {
    this.seed = seed;
    this.clock = clock;
  }

  /** The entries of log {@code logId}, oldest first ({@code {t: ISO time, v: value}}). */
  public List<Map<String, Object>> entries(Map<String, Object> log) {
    var list = history(log);
    synchronized (list) {
      return new ArrayList<>(list);
    }
  }

  /** Appends a value now. */
  public void append(Map<String, Object> log, Object value, Instant at) {
    var list = history(log);
    synchronized (list) {
      list.add(entry(at, value));
    }
  }

  public void clear(String logId) {
    entries.put(logId, new ArrayList<>());
  }

  private List<Map<String, Object>> history(Map<String, Object> log) {
    return entries.computeIfAbsent((String) log.get("id"), id -> invent(id, log));
  }

  private List<Map<String, Object>> invent(String id, Map<String, Object> log) {
    var random = new SplittableRandom(seed * 31 + id.hashCode());
    var out = new ArrayList<Map<String, Object>>();
    var now = clock.instant();
    var last = log.get("lastValue");
    for (int i = HISTORY; i >= 1; i--) {
      var at = now.minus(Duration.ofHours(i));
      Object v;
      if ("boolean".equals(log.get("type"))) {
        v = random.nextInt(4) == 0;
      } else if (last instanceof Number n) {
        double base = n.doubleValue();
        double spread = Math.max(Math.abs(base) * 0.08, 0.5);
        v = Math.round((base + (random.nextDouble() * 2 - 1) * spread) * 100) / 100.0;
      } else {
        continue;
      }
      out.add(entry(at, v));
    }
    return out;
  }

  private static Map<String, Object> entry(Instant at, Object value) {
    var e = new LinkedHashMap<String, Object>();
    e.put("t", at.toString());
    e.put("v", value);
    return e;
  }
}
