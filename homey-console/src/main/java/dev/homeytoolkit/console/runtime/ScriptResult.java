package dev.homeytoolkit.console.runtime;

import java.time.Duration;

/**
 * How a run ended, in HomeyScript's terms.
 *
 * @param success whether the script's promise fulfilled within its time limit
 * @param returns on success, {@code JSON.stringify(result)} of what the script returned ({@code null} when it returned
 *     {@code undefined} or a value JSON cannot show); on failure, the JSON of {@code {message, stack}} as the hub's
 *     run API answers it
 * @param error on failure, the error's stack as the footer shows it ({@code null} on success)
 * @param output everything the script printed and the footer, in order (stdout and stderr interleaved)
 * @param timedOut whether the run was stopped by its time limit
 * @param elapsed wall time of the run
 */
public record ScriptResult(
    boolean success, String returns, String error, String output, boolean timedOut, Duration elapsed) {

  /** HomeyScript's run answer, {@code {"success":…,"returns":…}}, as JSON text. */
  public String toJson() {
    return "{\"success\":" + success + ",\"returns\":" + (returns == null ? "null" : returns) + "}";
  }
}
