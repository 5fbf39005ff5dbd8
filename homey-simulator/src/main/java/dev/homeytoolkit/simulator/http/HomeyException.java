package dev.homeytoolkit.simulator.http;

/**
 * Thrown anywhere in a route to answer with the Homey's error format. Its message is shown to the client, so it
 * never carries a secret.
 */
public final class HomeyException extends RuntimeException {
  private final int status;
  private final String error;

  public HomeyException(int status, String error, String description) {
    super(description, null, false, false);
    this.status = status;
    this.error = error;
  }

  public static HomeyException badRequest(String description) {
    return new HomeyException(400, "invalid_request", description);
  }

  public static HomeyException missingParameter(String name) {
    return new HomeyException(400, "missing_parameter", "Missing Parameter: " + name);
  }

  public static HomeyException invalidType(String name, String expected, Object got) {
    return new HomeyException(400, "invalid_parameter_type",
        "Invalid Parameter Type: " + name + " should be " + expected + ", got "
            + dev.homeytoolkit.simulator.json.Json.typeOf(got));
  }

  /** 404 in the Homey's words: {@code zone_not_found} / "Zone Not Found". */
  public static HomeyException notFound(String itemName) {
    return new HomeyException(404, itemName.toLowerCase() + "_not_found", itemName + " Not Found");
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public Reply reply() {
    return Reply.error(status, error, getMessage());
  }
}
