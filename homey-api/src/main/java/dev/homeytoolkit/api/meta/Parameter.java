package dev.homeytoolkit.api.meta;

import java.util.List;
import java.util.Map;

/**
 * One parameter of an {@link Operation}, as the Homey describes it.
 *
 * @param name the name scripts use in the options object ({@code getDevice({id})})
 * @param in where it travels
 * @param type the Homey's type ({@code string}, {@code number}, {@code boolean}, {@code object}, {@code array}, a
 *     {@code |}-separated union, or {@code None} for anything)
 * @param root whether the parameter is the whole JSON body
 * @param required whether the call fails without it
 */
public record Parameter(String name, In in, String type, boolean root, boolean required) {

  /**
   * Whether {@code value} (a Java view of a JSON value: String, Number, Boolean, Map, List or array) has this
   * parameter's type. {@code null} never matches; absence is the caller's check.
   */
  public boolean accepts(Object value) {
    if (value == null) return false;
    for (var t : type.split("\\|")) {
      var ok = switch (t.strip()) {
        case "None", "any", "" -> true;
        case "string" -> value instanceof CharSequence;
        case "number" -> value instanceof Number;
        case "boolean" -> value instanceof Boolean;
        case "object" -> value instanceof Map<?, ?> || value instanceof java.lang.Record;
        case "array" -> value instanceof List<?> || value.getClass().isArray();
        default -> true; // a type this client does not know: let the Homey judge
      };
      if (ok) return true;
    }
    return false;
  }

  /** The JavaScript {@code typeof}-style name of a value, for error messages. */
  public static String typeOf(Object value) {
    return switch (value) {
      case null -> "null";
      case CharSequence s -> "string";
      case Number n -> "number";
      case Boolean b -> "boolean";
      case List<?> l -> "array";
      case Object o when o.getClass().isArray() -> "array";
      default -> "object";
    };
  }
}
