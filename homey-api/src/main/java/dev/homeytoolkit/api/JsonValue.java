package dev.homeytoolkit.api;

import dev.homeytoolkit.api.model.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Any JSON answer, kept twice: the text exactly as the Homey sent it ({@link #text()}) and its parsed value
 * ({@link #value()}: {@code Map}, {@code List}, {@code String}, {@code Double}, {@code Boolean} or {@code null}).
 * Operations whose answers have no record in {@code dev.homeytoolkit.api.model} return this.
 */
public final class JsonValue {
  private final String text;
  private volatile Object value;
  private volatile boolean parsed;

  private JsonValue(String text) {
    this.text = text;
  }

  /** Wraps JSON text; an empty text (an answer without a body) is the JSON {@code null}. */
  public static JsonValue of(String text) {
    return new JsonValue(Objects.requireNonNull(text, "text"));
  }

  /** The text as received; empty when the answer had no body. */
  public String text() {
    return text;
  }

  /** The parsed value; {@code null} for JSON {@code null} or an empty answer. */
  public Object value() {
    if (!parsed) {
      value = text.isBlank() ? null : Json.parse(text);
      parsed = true;
    }
    return value;
  }

  /** Whether the answer is JSON {@code null} or empty. */
  public boolean isNull() {
    return value() == null;
  }

  /** The value as an object (a map keyed by property name); throws if it is something else. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> asMap() {
    if (value() instanceof Map<?, ?> m) return (Map<String, Object>) m;
    throw new IllegalStateException("expected a JSON object but the answer is " + describe());
  }

  /** The value as an array; throws if it is something else. */
  @SuppressWarnings("unchecked")
  public List<Object> asList() {
    if (value() instanceof List<?> l) return (List<Object>) l;
    throw new IllegalStateException("expected a JSON array but the answer is " + describe());
  }

  /** The value as a string; throws if it is something else. */
  public String asString() {
    if (value() instanceof String s) return s;
    throw new IllegalStateException("expected a JSON string but the answer is " + describe());
  }

  /** A property of an object answer, or {@code null}. */
  public Object get(String key) {
    return value() instanceof Map<?, ?> m ? m.get(key) : null;
  }

  /** The text, indented for people. */
  public String pretty() {
    return text.isBlank() ? text : Json.pretty(text);
  }

  private String describe() {
    var v = value();
    return v == null ? "null" : dev.homeytoolkit.api.meta.Parameter.typeOf(v);
  }

  @Override public boolean equals(Object o) {
    return o instanceof JsonValue other && text.equals(other.text);
  }

  @Override public int hashCode() {
    return text.hashCode();
  }

  @Override public String toString() {
    return text;
  }
}
