package dev.homeytoolkit.console.runtime.store;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;

/** The small JSON shapes of the state files: a tag {@code {type, title, value}} and quoted strings. */
final class TagCodec {
  private TagCodec() {}

  static String encode(StateStore.Tag tag) {
    var buffer = new Buffer();
    try (var writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("type").value(tag.type());
      writer.name("title").value(tag.title());
      writer.name("value");
      try (var sink = writer.valueSink()) {
        sink.writeUtf8(tag.valueJson());
      }
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  static StateStore.Tag decode(String id, String json) {
    String type = null;
    String title = null;
    String value = "null";
    try (var reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "type" -> type = reader.nextString();
          case "title" -> title = reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : reader.nextString();
          case "value" -> {
            try (var source = reader.nextSource()) {
              value = source.readUtf8();
            }
          }
          default -> reader.skipValue();
        }
      }
      reader.endObject();
    } catch (IOException e) {
      throw new IllegalStateException("tag " + id + " in the tag store is malformed: " + e.getMessage(), e);
    }
    return new StateStore.Tag(id, type, title, value);
  }

  static String quote(String text) {
    var buffer = new Buffer();
    try (var writer = JsonWriter.of(buffer)) {
      writer.value(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  static String string(String json) {
    try (var reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      return reader.nextString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
