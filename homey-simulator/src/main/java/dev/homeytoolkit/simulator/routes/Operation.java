package dev.homeytoolkit.simulator.routes;

import java.util.List;

/**
 * One row of the operation catalogue ({@code homey-v3-operations.tsv}): a Web API v3 operation with its HTTP
 * route, parameters, required scopes and, for item operations, what it does to which item type.
 *
 * @param crud {@code null}, or the item action ({@code getAll}, {@code getOne}, {@code createOne},
 *     {@code updateOne}, {@code deleteOne}) and item type ({@code Device}) of an item operation
 */
public record Operation(
    String manager,
    String managerId,
    String jsName,
    String name,
    String method,
    String path,
    List<Parameter> parameters,
    List<String> scopes,
    Crud crud) {

  /** A catalogue parameter: {@code name:in:type[:root][!]}. */
  public record Parameter(String name, String in, String type, boolean root, boolean required) {}

  /** The item side of an operation: action on an item type. */
  public record Crud(String action, String item) {}

  /** The full HTTP path template, {@code /api/manager/<managerId><path>}, without a trailing slash. */
  public String fullPath() {
    var p = "/api/manager/" + managerId + path;
    while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
    return p;
  }

  /** {@code devices.getDevices}: how the operation is named in logs and errors. */
  public String id() {
    return managerId + "." + name;
  }
}
