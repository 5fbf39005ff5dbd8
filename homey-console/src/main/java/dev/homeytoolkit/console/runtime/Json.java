package dev.homeytoolkit.console.runtime;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okio.Buffer;

/** The few JSON texts the host builds for the JS side, and the one it reads (call options). */
final class Json {
  private Json() {}

  interface Body {
    void write(JsonWriter writer) throws IOException;
  }

  static String write(Body body) {
    var buffer = new Buffer();
    try (var writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      body.write(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  static String quote(String text) {
    return write(w -> w.value(text));
  }

  /**
   * Reads a JSON object into maps, lists, strings, booleans and numbers; whole numbers become {@code Long} so they
   * print as {@code 5} and not {@code 5.0} in paths and query strings.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> readObject(String json) {
    try (var reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      Object value = integralToLong(reader.readJsonValue());
      if (!(value instanceof Map<?, ?> map)) throw new IllegalArgumentException("expected a JSON object: " + json);
      return (Map<String, Object>) map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object integralToLong(Object value) {
    return switch (value) {
      case Double d when d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.007199254740992E15 ->
          d.longValue();
      case Map<?, ?> map -> {
        var m = (Map<String, Object>) map;
        m.replaceAll((k, v) -> integralToLong(v));
        yield m;
      }
      case java.util.List<?> list -> {
        var l = (java.util.List<Object>) list;
        l.replaceAll(Json::integralToLong);
        yield l;
      }
      case null, default -> value;
    };
  }
}
