package dev.homeytoolkit.simulator.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON as plain Java values: {@code Map<String,Object>} (insertion ordered), {@code List<Object>}, {@code String},
 * {@code Double}, {@code Boolean} and {@code null}.
 *
 * <p>The simulator keeps every item as such a tree, so one small writer serves all 300 operations. Numbers are read
 * as doubles and written without a fraction when they are whole ({@code 3}, not {@code 3.0}), as the Homey does.
 * Parsing uses Moshi's streaming reader; writing is a hand-rolled {@link StringBuilder} walk because it is the hot
 * path of {@code getDevices} on a 5000-device home.
 */
public final class Json {
  private Json() {}

  /** Parses {@code text}; throws {@link IllegalArgumentException} naming the problem when it is not JSON. */
  public static Object parse(String text) {
    try (var reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      reader.setLenient(false);
      var value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("Invalid JSON: unexpected data after the value");
      }
      return value;
    } catch (JsonEncodingException | JsonDataException e) {
      throw new IllegalArgumentException("Invalid JSON: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Invalid JSON: " + e.getMessage(), e);
    }
  }

  private static Object read(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        var map = new LinkedHashMap<String, Object>();
        reader.beginObject();
        while (reader.hasNext()) map.put(reader.nextName(), read(reader));
        reader.endObject();
        yield map;
      }
      case BEGIN_ARRAY -> {
        var list = new ArrayList<Object>();
        reader.beginArray();
        while (reader.hasNext()) list.add(read(reader));
        reader.endArray();
        yield list;
      }
      case STRING -> reader.nextString();
      case NUMBER -> reader.nextDouble();
      case BOOLEAN -> reader.nextBoolean();
      case NULL -> reader.nextNull();
      default -> throw new IllegalArgumentException("Invalid JSON: unexpected " + reader.peek());
    };
  }

  /** Writes {@code value} compactly. */
  public static String write(Object value) {
    var out = new StringBuilder(256);
    write(out, value);
    return out.toString();
  }

  /** Writes {@code value} indented by two spaces, for people. */
  public static String pretty(Object value) {
    var out = new StringBuilder(256);
    pretty(out, value, 0);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  public static void write(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("null");
      case String s -> string(out, s);
      case Boolean b -> out.append(b.booleanValue());
      case Number n -> number(out, n);
      case Map<?, ?> m -> {
        out.append('{');
        boolean first = true;
        for (var e : m.entrySet()) {
          if (!first) out.append(',');
          first = false;
          string(out, String.valueOf(e.getKey()));
          out.append(':');
          write(out, e.getValue());
        }
        out.append('}');
      }
      case Collection<?> c -> {
        out.append('[');
        boolean first = true;
        for (var v : c) {
          if (!first) out.append(',');
          first = false;
          write(out, v);
        }
        out.append(']');
      }
      case Object[] a -> write(out, List.of(a));
      case Enum<?> e -> string(out, e.name());
      default -> string(out, value.toString());
    }
  }

  private static void pretty(StringBuilder out, Object value, int depth) {
    switch (value) {
      case Map<?, ?> m when !m.isEmpty() -> {
        out.append("{\n");
        int i = 0;
        for (var e : m.entrySet()) {
          out.append("  ".repeat(depth + 1));
          string(out, String.valueOf(e.getKey()));
          out.append(": ");
          pretty(out, e.getValue(), depth + 1);
          out.append(++i < m.size() ? ",\n" : "\n");
        }
        out.append("  ".repeat(depth)).append('}');
      }
      case Collection<?> c when !c.isEmpty() -> {
        out.append("[\n");
        int i = 0;
        for (var v : c) {
          out.append("  ".repeat(depth + 1));
          pretty(out, v, depth + 1);
          out.append(++i < c.size() ? ",\n" : "\n");
        }
        out.append("  ".repeat(depth)).append(']');
      }
      default -> write(out, value);
    }
  }

  private static void number(StringBuilder out, Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        out.append("null");
      } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        out.append((long) d);
      } else {
        out.append(d);
      }
    } else {
      out.append(n);
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    if (plain(s)) {
      out.append(s).append('"');
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    out.append('"');
  }

  /** Whether {@code s} needs no escaping (the common case, copied in one go). */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') return false;
    }
    return true;
  }

  /** A deep copy whose maps and lists may be changed without touching {@code value}. */
  @SuppressWarnings("unchecked")
  public static Object copy(Object value) {
    return switch (value) {
      case Map<?, ?> m -> {
        var copy = new LinkedHashMap<String, Object>(Math.max(4, m.size() * 2));
        for (var e : m.entrySet()) copy.put(String.valueOf(e.getKey()), copy(e.getValue()));
        yield copy;
      }
      case Collection<?> c -> {
        var copy = new ArrayList<Object>(c.size());
        for (var v : c) copy.add(copy(v));
        yield copy;
      }
      case Integer i -> i.doubleValue();
      case Long l -> l.doubleValue();
      case null, default -> value;
    };
  }

  /** {@code value} as a map, or a clear error naming {@code what}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value, String what) {
    if (value instanceof Map<?, ?> m) return (Map<String, Object>) m;
    throw new IllegalArgumentException(what + " is not a JSON object");
  }

  /** The JSON type name of {@code value}: object, array, string, number, boolean or null. */
  public static String typeOf(Object value) {
    return switch (value) {
      case null -> "null";
      case Map<?, ?> m -> "object";
      case Collection<?> c -> "array";
      case String s -> "string";
      case Number n -> "number";
      case Boolean b -> "boolean";
      default -> "object";
    };
  }
}
