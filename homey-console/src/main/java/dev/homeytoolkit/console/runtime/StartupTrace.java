package dev.homeytoolkit.console.runtime;

/**
 * With {@code HOMEY_TRACE_STARTUP=1}, prints on stderr the milliseconds since the JVM started at each named step of a
 * command, to see where a cold start spends its time (benchmarks/runtime uses it). Off, it costs one boolean test.
 */
public final class StartupTrace {
  private static final boolean ON = "1".equals(System.getenv("HOMEY_TRACE_STARTUP"));

  private StartupTrace() {}

  public static void mark(String step) {
    if (!ON) return;
    long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    System.err.printf("homey-console: %5d ms  %s [%s]%n", System.currentTimeMillis() - start, step,
        Thread.currentThread().getName());
  }
}
