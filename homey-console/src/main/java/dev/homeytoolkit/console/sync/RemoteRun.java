package dev.homeytoolkit.console.sync;

/**
 * What the hub answered to {@code POST /script/:id/run}: whether the script succeeded, and what it returned (its
 * return value, or {@code {message, stack}} when it threw), kept as the JSON text the hub sent.
 */
public record RemoteRun(boolean success, String returnsJson) {

  /** {@code {"success": …, "returns": …}}, indented, as {@code scripts run --remote} prints it. */
  public String toJson() {
    return JsonText.pretty("{\"success\":" + success + ",\"returns\":" + returnsJson + "}");
  }
}
