package dev.homeytoolkit.console.sync;

import dev.homeytoolkit.api.model.Json;
/**
 * HomeyScript's answer to a run, {@code {success, returns}}: whether the script succeeded, and what it returned (its
 * return value, or {@code {message, stack}} when it threw), kept as JSON text. The hub answers
 * {@code POST /script/:id/run} with it; a local run is printed the same way so the two compare line by line.
 */
public record RunAnswer(boolean success, String returnsJson) {

  /** {@code {"success": …, "returns": …}}, indented, as {@code scripts run --remote} prints it. */
  public String toJson() {
    return Json.pretty("{\"success\":" + success + ",\"returns\":" + returnsJson + "}");
  }
}
