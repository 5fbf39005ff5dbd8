package dev.homeytoolkit.simulator.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults in force, in the order added. Thread-safe: a fault limited to {@code times(n)} hits exactly n
 * requests even under concurrency.
 */
public final class Faults {
  private record Active(Fault fault, AtomicInteger remaining) {}

  private final List<Active> active = new CopyOnWriteArrayList<>();

  /** Adds a fault; returns this for chaining. */
  public Faults add(Fault fault) {
    if (fault == null) throw new IllegalArgumentException("fault is null");
    active.add(new Active(fault, new AtomicInteger(fault.times())));
    return this;
  }

  /** Removes every fault. */
  public void clear() {
    active.clear();
  }

  /** The faults still in force (those whose {@code times} ran out are gone). */
  public List<Fault> active() {
    var out = new ArrayList<Fault>();
    for (var a : active) {
      if (a.remaining().get() != 0) out.add(a.fault());
    }
    return out;
  }

  /** The faults that apply to this request, each counted as used once. */
  public List<Fault> take(String method, String path) {
    if (active.isEmpty()) return List.of();
    var out = new ArrayList<Fault>();
    for (var a : active) {
      if (!a.fault().route().matches(method, path)) continue;
      if (a.remaining().get() == Fault.UNLIMITED) {
        out.add(a.fault());
        continue;
      }
      int left;
      do {
        left = a.remaining().get();
      } while (left > 0 && !a.remaining().compareAndSet(left, left - 1));
      if (left > 0) out.add(a.fault());
      if (left <= 1) active.remove(a);
    }
    return out;
  }
}
