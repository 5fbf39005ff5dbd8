package dev.homeytoolkit.console.runtime.store;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.homeytoolkit.auth.store.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;

/**
 * A JSON object file of {@code name → any JSON value}, values kept as their raw JSON text so nothing is lost in a
 * round trip. Writes are read-modify-write under a file lock (two processes may run scripts at once), land in a
 * temporary file first and replace the old one by an atomic rename, with owner-only permissions: a crash never leaves
 * half a file, and a second process never loses the first one's change.
 */
final class JsonMapFile {
  private final Path file;

  JsonMapFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  Path path() {
    return file;
  }

  /** The current contents (empty when the file does not exist yet). */
  Map<String, String> read() {
    try (BufferedSource source = Okio.buffer(Okio.source(file))) {
      return parse(source);
    } catch (NoSuchFileException e) {
      return new LinkedHashMap<>();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Applies {@code change} to the contents under the lock and writes the result atomically. */
  void update(Consumer<Map<String, String>> change) {
    try {
      PrivateFiles.createDirectories(file.getParent());
      PrivateFiles.locked(file.resolveSibling(file.getFileName() + ".lock"), () -> {
        var contents = read();
        change.accept(contents);
        write(contents);
        return null;
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private void write(Map<String, String> contents) throws IOException {
    var buffer = new Buffer();
    try (var writer = JsonWriter.of(buffer)) {
      writer.setIndent("  ");
      writer.beginObject();
      for (var entry : contents.entrySet()) {
        writer.name(entry.getKey());
        // Values are already JSON text (from JSON.stringify or an earlier read): keep them byte for byte.
        try (var sink = writer.valueSink()) {
          sink.writeUtf8(entry.getValue());
        }
      }
      writer.endObject();
    }
    PrivateFiles.writeAtomically(file, buffer.readByteArray());
  }

  private Map<String, String> parse(BufferedSource source) throws IOException {
    var result = new LinkedHashMap<String, String>();
    if (source.exhausted()) return result;
    var reader = JsonReader.of(source);
    try {
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        try (var value = reader.nextSource()) {
          result.put(name, value.readUtf8());
        }
      }
      reader.endObject();
    } catch (com.squareup.moshi.JsonDataException | com.squareup.moshi.JsonEncodingException e) {
      throw new IllegalStateException(
          file + " is not a JSON object (" + e.getMessage() + "); fix it by hand or delete it to start empty", e);
    }
    return result;
  }
}
