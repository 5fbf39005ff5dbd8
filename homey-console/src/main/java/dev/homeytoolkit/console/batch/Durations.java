package dev.homeytoolkit.console.batch;

import java.time.Duration;
import java.util.regex.Pattern;

/** Reads the time limits people type: {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1.5s}, or plain seconds. */
public final class Durations {
  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  private Durations() {}

  public static Duration parse(String text) {
    var m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("cannot read the duration '" + text + "': write e.g. 30s, 500ms or 2m");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> amount;
      case "s" -> amount * 1_000;
      case "m" -> amount * 60_000;
      default -> amount * 3_600_000;
    };
    if (millis < 1) throw new IllegalArgumentException("the duration '" + text + "' must be at least 1ms");
    return Duration.ofMillis(Math.round(millis));
  }
}
