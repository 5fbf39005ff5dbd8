package dev.homeytoolkit.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {
  @Test void retryAfterReadsSecondsAndHttpDates() {
    assertEquals(2000, RetryInterceptor.retryAfterMillis("2"));
    assertEquals(-1, RetryInterceptor.retryAfterMillis(null));
    assertEquals(-1, RetryInterceptor.retryAfterMillis("soon"));
    var inTenSeconds = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10).format(DateTimeFormatter.RFC_1123_DATE_TIME);
    var millis = RetryInterceptor.retryAfterMillis(inTenSeconds);
    assertTrue(millis > 8000 && millis <= 10000, "about ten seconds, was " + millis);
  }

  @Test void backoffGrowsWithJitterUpToTheCeiling() {
    var retry = new RetryInterceptor(5, Duration.ofMillis(100), Duration.ofMillis(1000));
    for (var i = 0; i < 50; i++) {
      var first = retry.backoff(0);
      assertTrue(first >= 50 && first <= 100, "first wait " + first);
      var third = retry.backoff(2);
      assertTrue(third >= 200 && third <= 400, "third wait " + third);
      var late = retry.backoff(10);
      assertTrue(late >= 500 && late <= 1000, "capped wait " + late);
    }
    assertThrows(IllegalArgumentException.class, () -> new RetryInterceptor(-1, Duration.ZERO, Duration.ZERO));
  }
}
