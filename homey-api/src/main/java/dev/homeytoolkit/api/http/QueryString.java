package dev.homeytoolkit.api.http;

import dev.homeytoolkit.api.model.Json;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes query parameters the way jQuery's {@code $.param} does, which is what the Homey reads: scalars as
 * {@code a=1}, arrays as {@code a[]=1&a[]=2} (arrays of objects or arrays as {@code a[0][x]=1}), objects as
 * {@code o[x]=1}, nesting as deep as needed. {@code null} becomes an empty value; numbers are written as JavaScript
 * writes them ({@code 1}, not {@code 1.0}).
 */
public final class QueryString {
  private QueryString() {}

  /** The name/value pairs of one parameter, in order, not yet URL-encoded. */
  public static List<Map.Entry<String, String>> pairs(String name, Object value) {
    var out = new ArrayList<Map.Entry<String, String>>();
    add(out, name, value);
    return out;
  }

  /**
   * {@link #pairs} as a map, for a Retrofit {@code @QueryMap} parameter. A map cannot repeat a key, so arrays are
   * written with indexes ({@code a[0]=1&a[1]=2}), which the Homey's query parser reads as the same array.
   */
  public static Map<String, String> flatten(String name, Object value) {
    var out = new LinkedHashMap<String, String>();
    var counters = new java.util.HashMap<String, Integer>();
    for (var e : pairs(name, value)) {
      var key = e.getKey();
      var at = key.indexOf("[]");
      while (at >= 0) {
        var prefix = key.substring(0, at);
        var n = counters.merge(prefix, 1, Integer::sum) - 1;
        key = prefix + "[" + n + "]" + key.substring(at + 2);
        at = key.indexOf("[]");
      }
      out.put(key, e.getValue());
    }
    return out;
  }

  private static void add(List<Map.Entry<String, String>> out, String prefix, Object value) {
    switch (value) {
      case null -> out.add(Map.entry(prefix, ""));
      case Map<?, ?> map -> map.forEach((k, v) -> add(out, prefix + "[" + k + "]", v));
      case List<?> list -> {
        for (var i = 0; i < list.size(); i++) {
          var item = list.get(i);
          var nested = item instanceof Map<?, ?> || item instanceof List<?> || (item != null && item.getClass().isArray());
          add(out, prefix + (nested ? "[" + i + "]" : "[]"), item);
        }
      }
      case Object array when array.getClass().isArray() -> {
        var list = new ArrayList<>();
        for (var i = 0; i < Array.getLength(array); i++) list.add(Array.get(array, i));
        add(out, prefix, list);
      }
      case Number n -> out.add(Map.entry(prefix, Json.number(n)));
      default -> out.add(Map.entry(prefix, String.valueOf(value)));
    }
  }
}
