package dev.homeytoolkit.api.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Repeats an idempotent call (GET, HEAD, PUT, DELETE, OPTIONS) that failed for a passing reason: the connection
 * failed, or the Homey answered 429, 502, 503 or 504. Waits with exponential backoff and jitter between tries
 * (a random wait between half and all of {@code min(maxDelay, baseDelay·2^n)}), honours a 429's {@code Retry-After} up to {@code maxDelay}, and
 * gives up after {@code maxRetries} repeats, passing on the last answer or failure.
 *
 * <p>A POST is never repeated: the Homey may have acted on it (started a flow, created a device) before the
 * connection failed. The failure is reported instead; the caller decides.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);

  private final int maxRetries;
  private final long baseDelayMs;
  private final long maxDelayMs;

  /**
   * A retry policy.
   *
   * @param maxRetries repeats after the first try; 0 turns retrying off
   * @param baseDelay the first backoff ceiling
   * @param maxDelay the largest wait between tries, and the longest {@code Retry-After} honoured
   */
  public RetryInterceptor(int maxRetries, Duration baseDelay, Duration maxDelay) {
    if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be 0 or more, not " + maxRetries);
    this.maxRetries = maxRetries;
    this.baseDelayMs = baseDelay.toMillis();
    this.maxDelayMs = maxDelay.toMillis();
  }

  /** Three repeats, 100 ms base, 2 s ceiling: at most ~4 s of waiting before a call gives up. */
  public static RetryInterceptor defaults() {
    return new RetryInterceptor(3, Duration.ofMillis(100), Duration.ofSeconds(2));
  }

  @Override public Response intercept(Chain chain) throws IOException {
    var request = chain.request();
    if (!IDEMPOTENT.contains(request.method()) || maxRetries == 0) return chain.proceed(request);
    for (var attempt = 0; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (attempt >= maxRetries || chain.call().isCanceled() || e instanceof InterruptedIOException) throw e;
        sleep(backoff(attempt), chain);
        continue;
      }
      if (!TRANSIENT.contains(response.code()) || attempt >= maxRetries) return response;
      var wait = backoff(attempt);
      if (response.code() == 429) {
        var retryAfter = retryAfterMillis(response.header("Retry-After"));
        if (retryAfter > maxDelayMs) return response; // longer than we are willing to hold the call
        if (retryAfter >= 0) wait = retryAfter;
      }
      response.close();
      sleep(wait, chain);
    }
  }

  long backoff(int attempt) {
    var ceiling = Math.min(maxDelayMs, baseDelayMs << Math.min(attempt, 20));
    return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1); // jitter in [ceiling/2, ceiling]
  }

  /** Milliseconds named by a Retry-After header (seconds or an HTTP date), or -1 when absent or unreadable. */
  static long retryAfterMillis(String header) {
    if (header == null || header.isBlank()) return -1;
    try {
      return Math.max(0, (long) (Double.parseDouble(header.strip()) * 1000));
    } catch (NumberFormatException notSeconds) {
      try {
        var when = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, Duration.between(ZonedDateTime.now(when.getZone()), when).toMillis());
      } catch (RuntimeException notDate) {
        return -1;
      }
    }
  }

  private static void sleep(long millis, Chain chain) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
    if (chain.call().isCanceled()) throw new IOException("Canceled");
  }
}
