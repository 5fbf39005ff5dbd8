package dev.homeytoolkit.console.runtime;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The single-threaded loop that owns one polyglot context. Host work (HTTP answers, timers) finishes on other threads
 * and is {@linkplain #post posted} here, because a JS context must only ever be touched by the thread that runs it.
 *
 * <p>Every host operation that will later post back first calls {@link #begin()}, so the loop knows something is still
 * pending: a run only ends when the script's promise has settled <em>and</em> nothing is pending (or at its limit).
 */
final class EventLoop {
  private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
  private int pending; // touched only on the loop thread
  private volatile boolean closed;

  /** A host operation in flight; {@link #complete} posts its JS continuation exactly once. */
  final class Pending {
    private boolean done;

    /** From any thread: run {@code continuation} on the loop, then count this operation as finished. */
    void complete(Runnable continuation) {
      post(() -> {
        if (done) return;
        done = true;
        pending--;
        continuation.run();
      });
    }
  }

  /** On the loop thread: registers an operation that will {@linkplain Pending#complete complete} later. */
  Pending begin() {
    pending++;
    return new Pending();
  }

  /** From any thread: queues a task for the loop. Ignored once the loop is closed. */
  void post(Runnable task) {
    if (!closed) tasks.add(task);
  }

  int pending() {
    return pending;
  }

  /**
   * Runs queued tasks on the calling thread until {@code done} says so and nothing is pending, or until the deadline.
   *
   * @return true when finished, false at the deadline
   */
  boolean runUntil(BooleanSupplier done, long deadlineNanos) throws InterruptedException {
    while (true) {
      Runnable task = tasks.poll();
      if (task == null) {
        if (closed) return false;
        if (done.getAsBoolean() && pending == 0) return true;
        long wait = deadlineNanos - System.nanoTime();
        if (wait <= 0) return false;
        task = tasks.poll(wait, TimeUnit.NANOSECONDS);
        if (task == null) continue;
      }
      task.run();
    }
  }

  /** Runs tasks until interrupted or closed; the REPL's session thread lives here between entries. */
  void runForever(java.util.function.Consumer<RuntimeException> onFailure) throws InterruptedException {
    while (!closed) {
      try {
        tasks.take().run();
      } catch (RuntimeException e) {
        onFailure.accept(e);
      }
    }
  }

  /** Stops accepting tasks and wakes the loop so it can return. */
  void close() {
    closed = true;
    tasks.add(() -> { });
  }

  boolean closed() {
    return closed;
  }
}
