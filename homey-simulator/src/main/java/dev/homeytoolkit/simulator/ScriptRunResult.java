package dev.homeytoolkit.simulator;

import java.util.LinkedHashMap;

/**
 * What a HomeyScript run answers: {@code {success: true, returns: <value>}} or
 * {@code {success: false, returns: {message, stack}}}.
 *
 * @param returns a JSON-able value: Map, List, String, Number, Boolean or null
 */
public record ScriptRunResult(boolean success, Object returns) {

  public static ScriptRunResult success(Object returns) {
    return new ScriptRunResult(true, returns);
  }

  public static ScriptRunResult failure(String message, String stack) {
    var error = new LinkedHashMap<String, Object>();
    error.put("message", message);
    error.put("stack", stack);
    return new ScriptRunResult(false, error);
  }
}
