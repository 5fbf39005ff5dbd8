package dev.homeytoolkit.console.sync;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;

/** JSON text helpers that keep numbers exactly as written (no detour through doubles, so 3 stays 3). */
final class JsonText {
  private JsonText() {
  }

  /** {@code json} indented by two spaces. */
  static String pretty(String json) {
    try (var reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      var out = new Buffer();
      try (var writer = JsonWriter.of(out)) {
        writer.setIndent("  ");
        writer.setSerializeNulls(true);
        copy(reader, writer);
      }
      return out.readUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON string literal. */
  static String quote(String text) {
    var out = new Buffer();
    try (var writer = JsonWriter.of(out)) {
      writer.value(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.readUtf8();
  }

  /** The value of {@code json} as Java sees JSON: Map, List, String, Double, Boolean or null. */
  static Object value(String json) {
    try (var reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      return reader.readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} (Map, List, String, Number, Boolean or null) as compact JSON. */
  static String write(Object value) {
    var out = new Buffer();
    try (var writer = JsonWriter.of(out)) {
      writer.setSerializeNulls(true);
      writer.jsonValue(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.readUtf8();
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
        try (var sink = writer.valueSink()) {
          sink.writeUtf8(reader.nextString());
        }
      }
      case BOOLEAN -> writer.value(reader.nextBoolean());
      case NULL -> {
        reader.nextNull();
        writer.nullValue();
      }
      default -> throw new IOException("unexpected JSON token " + reader.peek() + " at " + reader.getPath());
    }
  }
}
