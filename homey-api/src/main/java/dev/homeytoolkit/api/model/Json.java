package dev.homeytoolkit.api.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * The one Moshi this module uses, and small JSON helpers built on it. Model records get a tolerant adapter
 * (unknown fields kept in {@code json()}, missing ones {@code null}, a wrong-typed field named in the error).
 */
public final class Json {
  private static final Moshi MOSHI = new Moshi.Builder().add(new ItemAdapterFactory()).build();
  private static final JsonAdapter<Object> ANY = MOSHI.adapter(Object.class);

  private Json() {}

  /** The shared Moshi, with the model adapters installed. */
  public static Moshi moshi() {
    return MOSHI;
  }

  /** Parses JSON text into {@code Map}/{@code List}/{@code String}/{@code Double}/{@code Boolean}/{@code null}. */
  public static Object parse(String text) {
    try {
      var reader = JsonReader.of(new Buffer().writeUtf8(text));
      reader.setLenient(true);
      var value = reader.readJsonValue();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new com.squareup.moshi.JsonDataException("more text after the JSON value at " + reader.getPath());
      }
      return value;
    } catch (IOException e) {
      throw new com.squareup.moshi.JsonDataException("not JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a value as compact JSON: maps, lists, arrays, strings, numbers (whole numbers without {@code .0}, as
   * JavaScript writes them), booleans, {@code null}, and records.
   */
  public static String write(Object value) {
    var buffer = new Buffer();
    try (var writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  /** Re-indents JSON text with two spaces; text that is not JSON comes back unchanged. */
  public static String pretty(String text) {
    try {
      var reader = JsonReader.of(new Buffer().writeUtf8(text));
      reader.setLenient(true);
      var buffer = new Buffer();
      try (var writer = JsonWriter.of(buffer)) {
        writer.setIndent("  ");
        writer.setSerializeNulls(true);
        copy(reader, writer);
      }
      return buffer.readUtf8();
    } catch (IOException | RuntimeException e) {
      return text;
    }
  }

  /** Formats a number as JavaScript's {@code String(n)} would for the common cases: 1 not 1.0. */
  public static String number(Number n) {
    if (n instanceof Double || n instanceof Float) {
      var d = n.doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
      return Double.toString(d);
    }
    return n.toString();
  }

  static void write(JsonWriter writer, Object value) throws IOException {
    switch (value) {
      case null -> writer.nullValue();
      case String s -> writer.value(s);
      case CharSequence s -> writer.value(s.toString());
      case Boolean b -> writer.value(b);
      case Number n -> writer.value(new BigDecimal(number(n)));
      case Map<?, ?> map -> {
        writer.beginObject();
        for (var e : map.entrySet()) {
          writer.name(String.valueOf(e.getKey()));
          write(writer, e.getValue());
        }
        writer.endObject();
      }
      case Iterable<?> list -> {
        writer.beginArray();
        for (var item : list) write(writer, item);
        writer.endArray();
      }
      case Object[] array -> write(writer, List.of(array));
      default -> {
        @SuppressWarnings("unchecked")
        var adapter = (JsonAdapter<Object>) MOSHI.adapter(value.getClass());
        adapter.toJson(writer, value);
      }
    }
  }

  private static void copy(JsonReader reader, JsonWriter writer) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
          writer.name(reader.nextName());
          copy(reader, writer);
        }
        reader.endObject();
        writer.endObject();
      }
      case BEGIN_ARRAY -> {
        reader.beginArray();
        writer.beginArray();
        while (reader.hasNext()) copy(reader, writer);
        reader.endArray();
        writer.endArray();
      }
      case STRING -> writer.value(reader.nextString());
      case NUMBER -> {
        try (var sink = writer.valueSink()) { // as written: 3 stays 3, 1e-7 stays 1e-7
          sink.writeUtf8(reader.nextString());
        }
      }
      case BOOLEAN -> writer.value(reader.nextBoolean());
      case NULL -> writer.value((String) reader.nextNull());
      default -> throw new IOException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  /** Moshi's view of any JSON value, used where the type is {@code Object}. */
  static JsonAdapter<Object> any() {
    return ANY;
  }
}
