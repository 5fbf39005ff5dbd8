package dev.homeytoolkit.auth.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Loose JSON for the handful of small documents homey-auth reads and writes (cloud answers, profile files).
 * Not public API: the shapes are few and tolerant reading beats a record per answer here.
 */
public final class Json {
  private static final JsonAdapter<Object> ADAPTER = new Moshi.Builder().build().adapter(Object.class);

  private Json() {}

  /** Parses any JSON value; throws IOException (without echoing the text, which may hold secrets) when malformed. */
  public static Object parse(String text) throws IOException {
    try {
      return ADAPTER.fromJson(text);
    } catch (IOException | RuntimeException e) {
      throw new IOException("not valid JSON", null);
    }
  }

  public static String write(Object value) {
    return ADAPTER.toJson(value);
  }

  public static String writePretty(Object value) {
    return ADAPTER.indent("  ").toJson(value);
  }

  /** The value as a map, or an empty map when it is something else. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  public static String string(Map<String, Object> map, String key) {
    var v = map.get(key);
    if (v == null) return null;
    if (v instanceof Double d && d == Math.rint(d)) return Long.toString(d.longValue());
    return v.toString();
  }

  public static long number(Map<String, Object> map, String key, long fallback) {
    return map.get(key) instanceof Number n ? n.longValue() : fallback;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : List.of();
  }

  /** The server's own words from an error body ({@code error_description}, {@code message} or {@code error}), short. */
  public static String errorText(String body) {
    if (body == null || body.isBlank()) return null;
    try {
      var map = object(parse(body));
      for (var key : List.of("error_description", "message", "error")) {
        var text = string(map, key);
        if (text != null && !text.isBlank()) return text.length() > 200 ? text.substring(0, 200) + "…" : text;
      }
    } catch (IOException notJson) {
      // an HTML page or plain text: say nothing rather than echo it
    }
    return null;
  }
}
