package dev.homeytoolkit.console.sync;

import dev.homeytoolkit.console.diff.UnifiedDiff;
import dev.homeytoolkit.console.sync.SyncAction.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps a folder of {@code .js} files and the scripts in a Homey's HomeyScript app in step: pull, push, diff,
 * and finding a script to run.
 *
 * <p>Every decision compares three versions of a script: the code pulled last time (its hash is in the manifest),
 * the file now, and the hub's code now. A side that still matches what was pulled has not changed; so a pull only
 * overwrites files nobody edited, and a push only overwrites hub scripts nobody edited in the web app since.
 * {@code force} overrides both. The manifest also remembers which Homey the folder belongs to, so a folder pulled
 * from one Homey is not pushed to another by mistake.
 */
public final class ScriptSync {
  private final HomeyScriptApp hub;
  private final ScriptFolder folder;
  private final String homeyId;

  /**
   * @param hub the HomeyScript app on the Homey
   * @param dir the scripts folder (created by the first pull)
   * @param homeyId the Homey's id, recorded in the manifest; null when unknown
   */
  public ScriptSync(HomeyScriptApp hub, Path dir, String homeyId) {
    this.hub = hub;
    this.folder = new ScriptFolder(dir);
    this.homeyId = homeyId;
  }

  /** The scripts on the hub, by name. */
  public List<HubScript> list() throws IOException {
    return hub.scripts();
  }

  /**
   * Writes the hub's scripts (all, or those named) into the folder. Files with local changes are left alone unless
   * {@code force}; a file the user made that happens to have a pulled script's name likewise.
   */
  public SyncReport pull(List<String> names, boolean force) throws IOException {
    var manifest = loadManifest();
    var all = hub.scripts();
    var selected = names.isEmpty() ? all : resolveAll(names, all, manifest);
    var actions = new ArrayList<SyncAction>();
    var onDisk = folder.scriptFiles();
    var claimed = new HashSet<String>(); // lower-cased names of files that belong to a script
    for (var file : manifest.entries().keySet()) claimed.add(lower(file));
    try {
      for (var listed : selected) {
        var script = hub.script(listed.id()).orElse(null);
        if (script == null) continue; // deleted between the listing and now
        actions.add(pullOne(script, manifest, claimed, onDisk, force));
      }
      if (names.isEmpty()) {
        var onHub = new HashSet<String>();
        for (var script : all) onHub.add(script.id());
        for (var e : new TreeMap<>(manifest.entries()).entrySet()) { // a copy: entries are removed on the way
          if (onHub.contains(e.getValue().id())) continue;
          manifest.remove(e.getKey());
          actions.add(new SyncAction(Kind.UNTRACKED, e.getKey(), e.getValue().name(),
              "deleted on the hub; the file is kept, and a push would create the script again", ""));
        }
      }
    } finally {
      manifest.homeyId(homeyId != null ? homeyId : manifest.homeyId());
      manifest.save(folder.dir());
    }
    return new SyncReport(actions, false);
  }

  private SyncAction pullOne(HubScript script, Manifest manifest, Set<String> claimed, List<String> onDisk,
      boolean force) throws IOException {
    var code = script.code() == null ? "" : script.code();
    var hubHash = FileNames.sha256(code);
    var file = manifest.fileOf(script.id()).orElse(null);
    var entry = file == null ? null : manifest.entry(file).orElseThrow();
    String renamedFrom = null;

    if (file == null) {
      file = freeFileName(script.name(), claimed, onDisk);
      claimed.add(lower(file));
    } else if (!script.name().equals(entry.name())) {
      // Renamed in the web app: the file follows, unless its new name belongs to something else.
      var wanted = FileNames.fileFor(script.name());
      if (!wanted.equals(file) && (wanted.equalsIgnoreCase(file) || !folder.exists(wanted)
          && usable(wanted, claimed, onDisk))) {
        if (folder.exists(file)) folder.move(file, wanted);
        manifest.remove(file);
        claimed.remove(lower(file));
        claimed.add(lower(wanted));
        renamedFrom = file;
        file = wanted;
      }
    }

    var local = folder.read(file);
    var record = new Manifest.Entry(script.id(), script.name(), script.version(), hubHash);
    var renamed = renamedFrom == null ? "" : "renamed on the hub, was " + renamedFrom;
    if (local.isEmpty()) {
      folder.write(file, code);
      manifest.put(file, record);
      return new SyncAction(entry == null ? Kind.ADDED : Kind.UPDATED, file, script.name(),
          join(entry == null ? "" : "restored", renamed), UnifiedDiff.diff("/dev/null", file, "", code));
    }
    var text = local.get();
    if (text.equals(code)) {
      manifest.put(file, record);
      return new SyncAction(renamedFrom == null ? Kind.UNCHANGED : Kind.RENAMED, file, script.name(),
          join(entry == null ? "already matches the hub, now tracked" : "", renamed), "");
    }
    var diff = UnifiedDiff.diff(file, "hub/" + file, text, code);
    boolean localEdited = entry == null || !FileNames.sha256(text).equals(entry.sha256());
    if (!localEdited) {
      folder.write(file, code);
      manifest.put(file, record);
      return new SyncAction(Kind.UPDATED, file, script.name(), renamed, diff);
    }
    if (force) {
      folder.write(file, code);
      manifest.put(file, record);
      return new SyncAction(Kind.UPDATED, file, script.name(), join("local changes overwritten (--force)", renamed),
          diff);
    }
    if (entry == null) {
      return new SyncAction(Kind.REFUSED, file, script.name(),
          "a file of that name exists and was not pulled: move it away, or pull --force to overwrite it", diff);
    }
    // Not ours to write: keep the entry's pulled hash so a later push still sees whether the hub moved on.
    manifest.put(file, new Manifest.Entry(script.id(), script.name(), script.version(), entry.sha256()));
    if (hubHash.equals(entry.sha256())) {
      return new SyncAction(renamedFrom == null ? Kind.UNCHANGED : Kind.RENAMED, file, script.name(),
          join("local changes not pushed yet", renamed), "");
    }
    return new SyncAction(Kind.REFUSED, file, script.name(),
        "changed here and on the hub since the last pull: your file is kept; compare with `scripts diff`, then "
            + "`scripts push --force` to keep yours or `scripts pull --force` to take the hub's", diff);
  }

  /**
   * Sends the files (all in the folder, or those named) to the hub: updates the scripts they were pulled from,
   * creates a script for a new file. Refuses to overwrite a hub script changed since the pull unless {@code force}.
   * With {@code dryRun} nothing is sent and nothing written; the report shows what would happen.
   */
  public SyncReport push(List<String> files, boolean force, boolean dryRun) throws IOException {
    var manifest = loadManifest();
    var all = hub.scripts();
    var chosen = files.isEmpty() ? folder.scriptFiles() : localFiles(files, manifest);
    var actions = new ArrayList<SyncAction>();
    try {
      for (var file : chosen) {
        try {
          actions.add(pushOne(file, manifest, all, force, dryRun));
        } catch (HubCalls.Failure e) { // one script the hub will not take need not stop the others
          actions.add(new SyncAction(Kind.REFUSED, file, manifest.entry(file).map(Manifest.Entry::name)
              .orElseGet(() -> FileNames.nameOf(file)), "the hub refused it: " + e.getMessage(), ""));
        }
      }
      if (files.isEmpty()) {
        for (var e : manifest.entries().entrySet()) {
          if (folder.exists(e.getKey())) continue;
          actions.add(new SyncAction(Kind.UNCHANGED, e.getKey(), e.getValue().name(),
              "deleted here; the script on the hub is left alone (delete it in the HomeyScript app)", ""));
        }
      }
    } finally {
      if (!dryRun) {
        manifest.homeyId(homeyId != null ? homeyId : manifest.homeyId());
        manifest.save(folder.dir());
      }
    }
    return new SyncReport(actions, dryRun);
  }

  private SyncAction pushOne(String file, Manifest manifest, List<HubScript> all, boolean force, boolean dryRun)
      throws IOException {
    var text = folder.read(file).orElseThrow(() -> new ScriptSyncException(
        "there is no file " + folder.dir().resolve(file) + "; `scripts push` without names sends every file"));
    var entry = manifest.entry(file).orElse(null);

    if (entry == null) {
      var name = FileNames.nameOf(file);
      if (name.isBlank()) {
        return new SyncAction(Kind.REFUSED, file, name, "a script on the hub needs a name: rename the file", "");
      }
      var sameName = all.stream().filter(s -> s.name().equals(name)).toList();
      if (sameName.isEmpty()) {
        var diff = UnifiedDiff.diff("/dev/null", file, "", text);
        var as = "as '" + name + "'";
        if (dryRun) return new SyncAction(Kind.ADDED, file, name, as, diff);
        var created = hub.create(name, text);
        manifest.put(file, new Manifest.Entry(created.id(), created.name(), created.version(),
            FileNames.sha256(text)));
        return new SyncAction(Kind.ADDED, file, name, "created on the hub " + as, diff);
      }
      if (!force || sameName.size() > 1) {
        return new SyncAction(Kind.REFUSED, file, name, sameName.size() > 1
            ? "the hub has " + sameName.size() + " scripts of that name; rename the file or one of them"
            : "the hub already has a script of that name that this file was not pulled from: "
                + "`scripts pull` it first, or push --force to overwrite it", "");
      }
      entry = new Manifest.Entry(sameName.getFirst().id(), name, sameName.getFirst().version(), "");
    }

    var localHash = FileNames.sha256(text);
    if (localHash.equals(entry.sha256())) {
      return new SyncAction(Kind.UNCHANGED, file, entry.name(), "no changes since the pull", "");
    }
    var onHub = hub.script(entry.id()).orElse(null);
    if (onHub == null) {
      if (!force) {
        return new SyncAction(Kind.REFUSED, file, entry.name(),
            "deleted on the hub since the pull: push --force creates it again", "");
      }
      var diff = UnifiedDiff.diff("/dev/null", file, "", text);
      if (dryRun) {
        return new SyncAction(Kind.ADDED, file, entry.name(), "again: deleted on the hub since the pull", diff);
      }
      var created = hub.create(entry.name(), text);
      manifest.put(file, new Manifest.Entry(created.id(), created.name(), created.version(), localHash));
      return new SyncAction(Kind.ADDED, file, entry.name(), "created on the hub again", diff);
    }
    var hubCode = onHub.code() == null ? "" : onHub.code();
    if (hubCode.equals(text)) {
      if (!dryRun) manifest.put(file, new Manifest.Entry(onHub.id(), onHub.name(), onHub.version(), localHash));
      return new SyncAction(Kind.UNCHANGED, file, onHub.name(), "the hub already has this code", "");
    }
    var diff = UnifiedDiff.diff("hub/" + file, file, hubCode, text);
    boolean hubEdited = !FileNames.sha256(hubCode).equals(entry.sha256());
    if (hubEdited && !force) {
      return new SyncAction(Kind.REFUSED, file, onHub.name(),
          "changed on the hub since the last pull: compare with `scripts diff`, then `scripts pull --force` "
              + "to take the hub's version or `scripts push --force` to overwrite it", diff);
    }
    if (!dryRun) {
      var updated = hub.update(onHub.id(), text);
      manifest.put(file, new Manifest.Entry(onHub.id(), onHub.name(),
          updated.version() != null ? updated.version() : onHub.version(), localHash));
    }
    var overwriting = hubEdited ? "overwriting changes made on the hub (--force)" : "";
    return new SyncAction(Kind.UPDATED, file, onHub.name(),
        dryRun ? overwriting : join("sent to the hub", overwriting), diff);
  }

  /** Local against hub for every script on either side, or for those named. */
  public List<ScriptDiff> diff(List<String> names) throws IOException {
    var manifest = loadManifest();
    var all = hub.scripts();
    var hubById = new LinkedHashMap<String, HubScript>();
    for (var s : all) hubById.put(s.id(), s);

    // file → hub id (null for a file not from a pull, matched by name below)
    var files = new LinkedHashMap<String, String>();
    if (names.isEmpty()) {
      for (var file : folder.scriptFiles()) files.put(file, manifest.entry(file).map(Manifest.Entry::id).orElse(null));
      for (var e : manifest.entries().entrySet()) files.putIfAbsent(e.getKey(), e.getValue().id());
    } else {
      for (var name : names) {
        var file = localFile(name, manifest).orElse(null);
        if (file != null) {
          files.put(file, manifest.entry(file).map(Manifest.Entry::id).orElse(null));
        } else {
          var script = resolve(name, all, manifest);
          files.put(manifest.fileOf(script.id()).orElse(FileNames.fileFor(script.name())), script.id());
        }
      }
    }

    var diffs = new ArrayList<ScriptDiff>();
    var seen = new HashSet<String>();
    for (var e : files.entrySet()) {
      var file = e.getKey();
      var id = e.getValue();
      if (id == null) {
        var name = FileNames.nameOf(file);
        id = all.stream().filter(s -> s.name().equals(name)).map(HubScript::id).findFirst().orElse(null);
      }
      var local = folder.read(file);
      var onHub = id == null ? Optional.<HubScript>empty() : hub.script(id);
      if (id != null) seen.add(id);
      var name = onHub.map(HubScript::name).orElseGet(() -> FileNames.nameOf(file));
      if (onHub.isEmpty() && local.isEmpty()) continue;
      if (onHub.isEmpty()) {
        diffs.add(new ScriptDiff(file, name, ScriptDiff.State.ONLY_HERE,
            UnifiedDiff.diff("/dev/null", file, "", local.get())));
      } else {
        var hubCode = onHub.get().code() == null ? "" : onHub.get().code();
        if (local.isEmpty()) {
          diffs.add(new ScriptDiff(file, name, ScriptDiff.State.ONLY_ON_HUB,
              UnifiedDiff.diff("hub/" + file, "/dev/null", hubCode, "")));
        } else {
          var diff = UnifiedDiff.diff("hub/" + file, file, hubCode, local.get());
          diffs.add(new ScriptDiff(file, name, diff.isEmpty() ? ScriptDiff.State.SAME : ScriptDiff.State.DIFFERENT,
              diff));
        }
      }
    }
    if (names.isEmpty()) {
      for (var script : all) {
        if (seen.contains(script.id())) continue;
        var code = hub.script(script.id()).map(HubScript::code).orElse("");
        var file = FileNames.fileFor(script.name());
        diffs.add(new ScriptDiff(file, script.name(), ScriptDiff.State.ONLY_ON_HUB,
            UnifiedDiff.diff("hub/" + file, "/dev/null", code == null ? "" : code, "")));
      }
    }
    return diffs;
  }

  /** Runs the hub's copy of a script (named by its name, its file, or its id) on the hub. */
  public RunAnswer runRemote(String script, List<String> args) throws IOException {
    var manifest = loadManifest();
    return hub.run(resolve(script, hub.scripts(), manifest).id(), args);
  }

  /**
   * A script in the folder, for running it here.
   *
   * @param file its file
   * @param name its name on the hub (what {@code __filename__} shows there, with {@code .js})
   * @param id its id on the hub, or null for a file not pulled or pushed yet
   * @param code the file's code
   */
  public record LocalScript(Path file, String name, String id, String code) {
  }

  /** The script in the folder given by file name, path, or script name; empty when there is none. */
  public Optional<LocalScript> local(String script) throws IOException {
    var manifest = loadManifest();
    var file = localFile(script, manifest).orElse(null);
    if (file == null) return Optional.empty();
    var code = folder.read(file).orElse(null);
    if (code == null) return Optional.empty();
    var entry = manifest.entry(file);
    return Optional.of(new LocalScript(folder.dir().resolve(file),
        entry.map(Manifest.Entry::name).orElseGet(() -> FileNames.nameOf(file)),
        entry.map(Manifest.Entry::id).orElse(null), code));
  }

  private Manifest loadManifest() throws IOException {
    var manifest = Manifest.load(folder.dir());
    if (homeyId != null && manifest.homeyId() != null && !manifest.homeyId().equals(homeyId)) {
      throw new ScriptSyncException(folder.dir() + " holds scripts pulled from another Homey (" + manifest.homeyId()
          + ", this one is " + homeyId + "): pull into another folder with --dir");
    }
    return manifest;
  }

  private List<HubScript> resolveAll(List<String> names, List<HubScript> all, Manifest manifest) {
    var chosen = new LinkedHashMap<String, HubScript>();
    for (var name : names) {
      var script = resolve(name, all, manifest);
      chosen.put(script.id(), script);
    }
    return List.copyOf(chosen.values());
  }

  /** A hub script by name, by file name (pulled or derived from the name), or by id. */
  private HubScript resolve(String query, List<HubScript> all, Manifest manifest) {
    var byName = all.stream().filter(s -> s.name().equals(query)).toList();
    if (byName.size() == 1) return byName.getFirst();
    if (byName.size() > 1) {
      throw new ScriptSyncException("the hub has " + byName.size() + " scripts named '" + query
          + "'; name one by its id: " + String.join(", ", byName.stream().map(HubScript::id).toList()));
    }
    var file = Path.of(query).getFileName() == null ? query : Path.of(query).getFileName().toString();
    var pulledId = manifest.entry(file).map(Manifest.Entry::id);
    if (pulledId.isPresent()) {
      var found = all.stream().filter(s -> s.id().equals(pulledId.get())).findFirst();
      if (found.isPresent()) return found.get();
    }
    var decoded = FileNames.nameOf(file);
    if (decoded != null) {
      var byFile = all.stream().filter(s -> s.name().equals(decoded)).toList();
      if (byFile.size() == 1) return byFile.getFirst();
    }
    return all.stream().filter(s -> s.id().equals(query)).findFirst().orElseThrow(() ->
        new ScriptSyncException("there is no script '" + query + "' on the hub; `scripts list` shows the "
            + all.size() + " there are"));
  }

  /** Files named on the command line: a path in the folder, a file name, or a pulled script's name. */
  private List<String> localFiles(List<String> args, Manifest manifest) {
    var files = new ArrayList<String>();
    for (var arg : args) {
      files.add(localFile(arg, manifest).orElseThrow(() -> new ScriptSyncException("there is no script file for '"
          + arg + "' in " + folder.dir() + "; give a .js file in that folder or a pulled script's name")));
    }
    return files;
  }

  private Optional<String> localFile(String arg, Manifest manifest) {
    var path = Path.of(arg);
    if (arg.endsWith(FileNames.EXTENSION) && path.getFileName() != null) {
      var parent = path.toAbsolutePath().getParent();
      if (path.getParent() != null && !parent.normalize().equals(folder.dir().toAbsolutePath().normalize())) {
        throw new ScriptSyncException(arg + " is not in the scripts folder " + folder.dir()
            + "; move it there, or choose the folder with --dir");
      }
      var file = Manifest.normal(path.getFileName().toString());
      if (folder.exists(file) || manifest.entry(file).isPresent()) return Optional.of(file);
    }
    for (Map.Entry<String, Manifest.Entry> e : manifest.entries().entrySet()) {
      if (e.getValue().name().equals(arg)) return Optional.of(e.getKey());
    }
    var derived = FileNames.fileFor(arg);
    return folder.exists(derived) ? Optional.of(derived) : Optional.empty();
  }

  /**
   * The file for a script not pulled before: its encoded name, unless another script claims that name (two
   * scripts of one name, or names differing only in case, which collide on macOS and Windows); then
   * {@code name (2).js} and so on. An untracked file of exactly that name is fine: pulling adopts or refuses it.
   */
  private static String freeFileName(String name, Set<String> claimed, List<String> onDisk) {
    var file = FileNames.fileFor(name);
    for (int n = 2; !usable(file, claimed, onDisk); n++) file = FileNames.fileFor(name + " (" + n + ")");
    return file;
  }

  private static boolean usable(String file, Set<String> claimed, List<String> onDisk) {
    return !claimed.contains(lower(file))
        && onDisk.stream().noneMatch(d -> d.equalsIgnoreCase(file) && !d.equals(file));
  }

  private static String lower(String file) {
    return file.toLowerCase(Locale.ROOT);
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    return a + "; " + b;
  }
}
