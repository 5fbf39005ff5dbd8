package dev.homeytoolkit.console.runtime.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What HomeyScripts keep between runs, for one profile: {@code global.set} values, Flow tags made with {@code tag} and
 * {@code setTagValue}, and each script's id and last-run time. Files live in one folder (by default
 * {@code $XDG_CONFIG_HOME/homey-console/state/<profile>/}), each written atomically under a file lock.
 *
 * <p>Tags live here rather than on the hub because the Web API cannot create a Flow tag from outside HomeyScript.
 */
public final class StateStore {
  private final Path dir;
  private final JsonMapFile globals;
  private final JsonMapFile tags;
  private final JsonMapFile scripts;

  private StateStore(Path dir) {
    this.dir = dir.toAbsolutePath();
    this.globals = new JsonMapFile(this.dir.resolve("globals.json"));
    this.tags = new JsonMapFile(this.dir.resolve("tags.json"));
    this.scripts = new JsonMapFile(this.dir.resolve("scripts.json"));
  }

  /** The store in {@code dir} (created on first write). */
  public static StateStore at(Path dir) {
    return new StateStore(dir);
  }

  /** The default store of a profile, beside the console's other configuration. */
  public static StateStore forProfile(Path configDir, String profile) {
    return at(configDir.resolve("state").resolve(profile));
  }

  /** {@code $XDG_CONFIG_HOME/homey-console}, or {@code ~/.config/homey-console}. */
  public static Path defaultConfigDir() {
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank()
        ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("homey-console");
  }

  public Path dir() {
    return dir;
  }

  // ---- global.get / set / keys -------------------------------------------------------------------------------

  /** The JSON text stored under {@code key}, or empty. */
  public Optional<String> global(String key) {
    return Optional.ofNullable(globals.read().get(key));
  }

  /** Stores JSON text under {@code key}; {@code null} removes the key. */
  public void setGlobal(String key, String json) {
    globals.update(map -> {
      if (json == null) map.remove(key);
      else map.put(key, json);
    });
  }

  public List<String> globalKeys() {
    return List.copyOf(globals.read().keySet());
  }

  // ---- tags -------------------------------------------------------------------------------------------------

  /** A Flow tag a script made: its id, type ({@code string}, {@code number} or {@code boolean}), title, value as JSON. */
  public record Tag(String id, String type, String title, String valueJson) {}

  public List<Tag> tags() {
    var result = new ArrayList<Tag>();
    for (var entry : tags.read().entrySet()) result.add(TagCodec.decode(entry.getKey(), entry.getValue()));
    return result;
  }

  public Optional<Tag> tag(String id) {
    return Optional.ofNullable(tags.read().get(id)).map(json -> TagCodec.decode(id, json));
  }

  public void setTag(Tag tag) {
    tags.update(map -> map.put(tag.id(), TagCodec.encode(tag)));
  }

  public void deleteTag(String id) {
    tags.update(map -> map.remove(id));
  }

  // ---- script ids and last runs -------------------------------------------------------------------------------

  /** The id of the script kept in {@code file}: made up on first use and kept, so it is stable across runs. */
  public String scriptId(Path file) {
    String key = "file:" + file.toAbsolutePath().normalize();
    var existing = scripts.read().get(key);
    if (existing != null) return TagCodec.string(existing);
    String[] id = new String[1];
    scripts.update(map -> {
      var now = map.get(key);
      id[0] = now != null ? TagCodec.string(now) : UUID.randomUUID().toString();
      map.put(key, TagCodec.quote(id[0]));
    });
    return id[0];
  }

  /** Records a run of script {@code id} now and answers its previous run, if any. */
  public Optional<Instant> recordRun(String id, Instant now) {
    String key = "lastExecuted:" + id;
    Instant[] previous = new Instant[1];
    scripts.update(map -> {
      var old = map.get(key);
      if (old != null) previous[0] = Instant.parse(TagCodec.string(old));
      map.put(key, TagCodec.quote(now.toString()));
    });
    return Optional.ofNullable(previous[0]);
  }

  /** The previous run of script {@code id}, without recording one. */
  public Optional<Instant> lastRun(String id) {
    return Optional.ofNullable(scripts.read().get("lastExecuted:" + id)).map(v -> Instant.parse(TagCodec.string(v)));
  }

  Map<String, String> rawScripts() {
    return scripts.read();
  }
}
