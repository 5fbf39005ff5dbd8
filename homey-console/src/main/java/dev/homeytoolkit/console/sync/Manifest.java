package dev.homeytoolkit.console.sync;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import okio.Buffer;

/**
 * The small file beside the pulled scripts ({@value #FILE}) that remembers, per file, which script on the hub it
 * came from and what its code was when pulled.
 *
 * <p>It lives beside the code rather than inside it so the {@code .js} files stay exactly what runs on the hub. The
 * hash of the pulled code is what lets a pull tell "edited here" from "edited on the hub", and lets a push refuse
 * to overwrite a hub copy that changed since. Entries are sorted by file name and the JSON is indented, so the
 * manifest diffs cleanly in git.
 */
final class Manifest {
  static final String FILE = ".homeyscripts.json";

  /** One pulled script: the hub's id, name and HomeyScript API version, and the SHA-256 of the code pulled. */
  record Entry(String id, String name, Integer version, String sha256) {
  }

  private String homeyId;
  private final TreeMap<String, Entry> byFile = new TreeMap<>();

  /** The manifest of {@code dir}, empty when there is none yet. */
  static Manifest load(Path dir) throws IOException {
    var manifest = new Manifest();
    var file = dir.resolve(FILE);
    if (!Files.exists(file)) return manifest;
    try (var reader = JsonReader.of(new Buffer().writeUtf8(Files.readString(file)))) {
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "homey" -> manifest.homeyId = reader.nextString();
          case "scripts" -> {
            reader.beginObject();
            while (reader.hasNext()) {
              var name = reader.nextName();
              manifest.byFile.put(normal(name), readEntry(reader));
            }
            reader.endObject();
          }
          default -> reader.skipValue();
        }
      }
      reader.endObject();
    } catch (com.squareup.moshi.JsonDataException | com.squareup.moshi.JsonEncodingException e) {
      throw new ScriptSyncException(file + " is not a valid scripts manifest (" + e.getMessage() + "); "
          + "restore it from git, or delete it and pull again");
    }
    return manifest;
  }

  private static Entry readEntry(JsonReader reader) throws IOException {
    String id = null, name = null, sha = null;
    Integer version = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "id" -> id = reader.nextString();
        case "name" -> name = reader.nextString();
        case "version" -> {
          if (reader.peek() == JsonReader.Token.NULL) reader.skipValue();
          else version = reader.nextInt();
        }
        case "sha256" -> sha = reader.nextString();
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    if (id == null || name == null || sha == null) {
      throw new com.squareup.moshi.JsonDataException("an entry lacks id, name or sha256 at " + reader.getPath());
    }
    return new Entry(id, name, version, sha);
  }

  /** Writes the manifest to {@code dir} atomically: a crash leaves the old one or the new one, never half. */
  void save(Path dir) throws IOException {
    var buffer = new Buffer();
    try (var writer = JsonWriter.of(buffer)) {
      writer.setIndent("  ");
      writer.beginObject();
      if (homeyId != null) writer.name("homey").value(homeyId);
      writer.name("scripts").beginObject();
      for (var e : byFile.entrySet()) {
        var entry = e.getValue();
        writer.name(e.getKey()).beginObject();
        writer.name("id").value(entry.id());
        writer.name("name").value(entry.name());
        if (entry.version() != null) writer.name("version").value(entry.version());
        writer.name("sha256").value(entry.sha256());
        writer.endObject();
      }
      writer.endObject();
      writer.endObject();
    }
    ScriptFolder.writeAtomically(dir.resolve(FILE), buffer.readUtf8() + "\n");
  }

  /** The Homey these scripts were pulled from, or null before the first pull. */
  String homeyId() {
    return homeyId;
  }

  void homeyId(String homeyId) {
    this.homeyId = homeyId;
  }

  Optional<Entry> entry(String file) {
    return Optional.ofNullable(byFile.get(normal(file)));
  }

  /** The file that holds the hub script {@code id}, if it was pulled. */
  Optional<String> fileOf(String id) {
    return byFile.entrySet().stream().filter(e -> e.getValue().id().equals(id)).map(Map.Entry::getKey).findFirst();
  }

  void put(String file, Entry entry) {
    byFile.put(normal(file), entry);
  }

  void remove(String file) {
    byFile.remove(normal(file));
  }

  /** Every entry, by file name in sorted order. */
  SortedMap<String, Entry> entries() {
    return Collections.unmodifiableSortedMap(byFile);
  }

  /**
   * File names compare in NFC: macOS may hand back {@code Lüften.js} decomposed, and it must still match the
   * entry written when it was pulled.
   */
  static String normal(String file) {
    return Normalizer.normalize(file, Normalizer.Form.NFC);
  }
}
