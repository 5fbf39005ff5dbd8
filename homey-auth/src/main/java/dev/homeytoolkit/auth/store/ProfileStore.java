package dev.homeytoolkit.auth.store;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.AuthException.Step;
import dev.homeytoolkit.auth.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Profiles on disk, one JSON file each, under {@code $XDG_CONFIG_HOME/homey-console/profiles/}.
 *
 * <p>Tokens are secrets, so the folder is 0700 and every file 0600 from the moment it exists (created with those
 * permissions, never chmod-ed afterwards). A file is replaced atomically (temp file, fsync, rename), so a crash leaves
 * the old or the new profile, never half of one. {@link #locked} holds an in-process lock and an OS file lock on the
 * profile, so two threads or two processes refreshing the same profile take turns: the second re-reads the file
 * and finds the first one's fresh token. A file that cannot be read is reported with its path and left alone.
 */
public final class ProfileStore {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final Path dir;

  private ProfileStore(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** A store in {@code dir} (the {@code homey-console} folder itself). Tests pass a temporary folder. */
  public static ProfileStore at(Path dir) {
    return new ProfileStore(dir);
  }

  /** {@code $XDG_CONFIG_HOME/homey-console}, or {@code ~/.config/homey-console} when the variable is unset. */
  public static ProfileStore defaultLocation(Map<String, String> env) {
    var xdg = env.get("XDG_CONFIG_HOME");
    var base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return new ProfileStore(base.resolve("homey-console"));
  }

  /** The {@code homey-console} folder: profiles, the config file, and other tools' per-profile files live here. */
  public Path dir() {
    return dir;
  }

  /** {@code config.properties}: optional {@code client_id} and {@code client_secret} for the cloud logins. */
  public Path configFile() {
    return dir.resolve("config.properties");
  }

  public Path file(String profile) {
    return dir.resolve("profiles").resolve(checkName(profile) + ".json");
  }

  /** Reads the config file's properties, or none when it does not exist. */
  public Properties config() throws IOException {
    var props = new Properties();
    var file = configFile();
    if (!Files.exists(file)) return props;
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new AuthException(Step.STORE, "could not read " + file + ": fix or delete it");
    }
    return props;
  }

  /** The names of the stored profiles, sorted. */
  public List<String> names() throws IOException {
    var folder = dir.resolve("profiles");
    if (!Files.isDirectory(folder)) return List.of();
    var names = new ArrayList<String>();
    try (var files = Files.list(folder)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().forEach(names::add);
    }
    return names;
  }

  /** The profile, or empty when none was saved under that name. A corrupt file is an error naming its path. */
  public Optional<Profile> load(String name) throws IOException {
    var file = file(name);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(fromJson(name, Json.object(Json.parse(text))));
    } catch (IOException | RuntimeException e) {
      throw corrupt(file);
    }
  }

  /** Writes the profile atomically with mode 0600; refuses to overwrite a file it cannot read. */
  public void save(Profile profile) throws IOException {
    var file = file(profile.name());
    if (Files.exists(file)) load(profile.name()); // throws on a corrupt file: never replace it silently
    ensureFolder(file.getParent());
    PrivateFiles.writeAtomically(file, (Json.writePretty(toJson(profile)) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Forgets the profile (tokens and all). Returns false when there was nothing to forget. */
  public boolean delete(String name) throws IOException {
    var file = file(name);
    var existed = Files.deleteIfExists(file);
    Files.deleteIfExists(lockFile(name));
    return existed;
  }

  /** Work on a profile while holding its lock against other threads and other processes. */
  public <T> T locked(String name, PrivateFiles.LockedAction<T> action) throws IOException {
    var lockFile = lockFile(name);
    ensureFolder(lockFile.getParent());
    return PrivateFiles.locked(lockFile, action);
  }

  private Path lockFile(String name) {
    return dir.resolve("profiles").resolve(checkName(name) + ".lock");
  }

  /** The config folder and {@code folder} in it, owner-only (both are ours: wider permissions are tightened). */
  private void ensureFolder(Path folder) throws IOException {
    PrivateFiles.createDirectories(dir);
    PrivateFiles.createDirectories(folder);
  }

  private static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("profile name '" + name
          + "' is not allowed: use letters, digits, '.', '_' or '-' (e.g. --profile cabin)");
    }
    return name;
  }

  private static AuthException corrupt(Path file) {
    return new AuthException(Step.STORE, "the profile file " + file
        + " is damaged and was left as it is: fix it, or delete it and run `homey-console login` again");
  }

  private static Map<String, Object> toJson(Profile p) {
    var m = new LinkedHashMap<String, Object>();
    m.put("version", 1);
    m.put("kind", p.kind().name().toLowerCase());
    put(m, "address", p.address());
    put(m, "homeyId", p.homeyId());
    put(m, "homeyName", p.homeyName());
    put(m, "homeyVersion", p.homeyVersion());
    put(m, "account", p.account());
    m.put("scopes", p.scopes());
    put(m, "homeyToken", p.homeyToken());
    put(m, "accessToken", p.accessToken());
    put(m, "refreshToken", p.refreshToken());
    put(m, "accessExpiresAt", p.accessExpiresAt() == null ? null : p.accessExpiresAt().toString());
    put(m, "clientId", p.clientId());
    put(m, "clientSecret", p.clientSecret());
    put(m, "redirectUri", p.redirectUri());
    put(m, "cloudApi", p.cloudApi());
    return m;
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) m.put(key, value);
  }

  private static Profile fromJson(String name, Map<String, Object> m) {
    var kind = Profile.Kind.valueOf(Json.string(m, "kind").toUpperCase());
    var homeyToken = Json.string(m, "homeyToken");
    var address = Json.string(m, "address");
    if (homeyToken == null || address == null) throw new IllegalArgumentException("incomplete");
    var scopes = Json.list(m.get("scopes")).stream().map(Object::toString).toList();
    var expires = Json.string(m, "accessExpiresAt");
    return new Profile(name, kind, address, Json.string(m, "homeyId"), Json.string(m, "homeyName"),
        Json.string(m, "homeyVersion"), Json.string(m, "account"), scopes, homeyToken,
        Json.string(m, "accessToken"), Json.string(m, "refreshToken"), expires == null ? null : Instant.parse(expires),
        Json.string(m, "clientId"), Json.string(m, "clientSecret"), Json.string(m, "redirectUri"),
        Json.string(m, "cloudApi"));
  }
}
