package dev.homeytoolkit.console.sync;

import dev.homeytoolkit.api.model.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.console.sync.SyncAction.Kind;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pull, push and diff against the simulated Homey's HomeyScript app, emptied before each test. */
class ScriptSyncTest {
  static HomeySimulator sim;
  static HomeyClient client;
  @TempDir Path dir;
  Hub hub;
  ScriptSync sync;

  @BeforeAll static void start() {
    sim = HomeySimulator.start();
    client = connect(sim.apiKey());
  }

  @AfterAll static void stop() {
    client.close();
    sim.close();
  }

  static HomeyClient connect(String key) {
    return HomeyClient.builder().address(sim.baseUrl()).homeyId(sim.homeyId()).tokenSource(TokenSource.of(key))
        .build();
  }

  @BeforeEach void setUp() throws IOException {
    hub = new Hub(new ClientCalls(client), sim.homeyId());
    for (var script : hub.app.scripts()) hub.delete(script.id());
    sync = new ScriptSync(hub.app, dir, hub.homeyId);
  }

  @Test void pullEditPushRoundTrip() throws IOException {
    var id = hub.add("Lights off", "log('off');\n");
    hub.add("Morning", "return 1;\n");

    var pulled = sync.pull(List.of(), false);
    assertEquals(List.of(Kind.ADDED, Kind.ADDED), kinds(pulled));
    assertEquals("log('off');\n", Files.readString(dir.resolve("Lights off.js")));
    assertEquals("return 1;\n", Files.readString(dir.resolve("Morning.js")));
    var manifest = Files.readString(dir.resolve(".homeyscripts.json"));
    assertTrue(manifest.contains("\"" + id + "\""), manifest);
    assertFalse(Files.readString(dir.resolve("Lights off.js")).contains(id), "the id stays out of the code");

    Files.writeString(dir.resolve("Lights off.js"), "log('all off');\n");
    var pushed = sync.push(List.of(), false, false);
    assertEquals(Map.of("Lights off.js", Kind.UPDATED, "Morning.js", Kind.UNCHANGED), byFile(pushed));
    assertEquals("log('all off');\n", hub.code(id));

    // Pushed code is now what the manifest remembers: a second push and a pull have nothing to do.
    assertEquals(List.of(Kind.UNCHANGED, Kind.UNCHANGED), kinds(sync.push(List.of(), false, false)));
    assertEquals(List.of(Kind.UNCHANGED, Kind.UNCHANGED), kinds(sync.pull(List.of(), false)));
  }

  @Test void pullUpdatesUneditedFilesAndKeepsEditedOnes() throws IOException {
    var a = hub.add("A", "a1\n");
    var b = hub.add("B", "b1\n");
    sync.pull(List.of(), false);
    Files.writeString(dir.resolve("B.js"), "b-local\n");
    hub.edit(a, "a2\n");
    hub.edit(b, "b2\n");

    var report = sync.pull(List.of(), false);
    assertEquals(Map.of("A.js", Kind.UPDATED, "B.js", Kind.REFUSED), byFile(report));
    assertTrue(report.refused());
    assertEquals("a2\n", Files.readString(dir.resolve("A.js")));
    assertEquals("b-local\n", Files.readString(dir.resolve("B.js")), "local changes are never overwritten");
    assertTrue(report.of(Kind.REFUSED).getFirst().detail().contains("--force"));

    assertEquals(Map.of("A.js", Kind.UNCHANGED, "B.js", Kind.UPDATED), byFile(sync.pull(List.of(), true)));
    assertEquals("b2\n", Files.readString(dir.resolve("B.js")));
  }

  @Test void pullKeepsUnpushedEditsWhenTheHubDidNotChange() throws IOException {
    hub.add("A", "a1\n");
    sync.pull(List.of(), false);
    Files.writeString(dir.resolve("A.js"), "mine\n");
    var report = sync.pull(List.of(), false);
    assertEquals(List.of(Kind.UNCHANGED), kinds(report));
    assertFalse(report.refused());
    assertEquals("mine\n", Files.readString(dir.resolve("A.js")));
  }

  @Test void pullRefusesToOverwriteAFileItDidNotWrite() throws IOException {
    hub.add("A", "from hub\n");
    Files.writeString(dir.resolve("A.js"), "my own\n");
    assertEquals(List.of(Kind.REFUSED), kinds(sync.pull(List.of(), false)));
    assertEquals("my own\n", Files.readString(dir.resolve("A.js")));
  }

  @Test void pushRefusesWhenTheHubChangedSincePull() throws IOException {
    var id = hub.add("Heating", "setTemp(20);\n");
    sync.pull(List.of(), false);
    hub.edit(id, "setTemp(21); // edited in the web app\n");
    Files.writeString(dir.resolve("Heating.js"), "setTemp(19);\n");

    var report = sync.push(List.of(), false, false);
    assertEquals(List.of(Kind.REFUSED), kinds(report));
    assertTrue(report.refused());
    assertEquals("setTemp(21); // edited in the web app\n", hub.code(id), "the hub's edit survives");
    var action = report.actions().getFirst();
    assertTrue(action.detail().contains("changed on the hub since the last pull"), action.detail());
    assertTrue(action.diff().contains("-setTemp(21); // edited in the web app"), action.diff());

    assertEquals(List.of(Kind.UPDATED), kinds(sync.push(List.of("Heating.js"), true, false)));
    assertEquals("setTemp(19);\n", hub.code(id));
  }

  @Test void pushWithoutLocalChangesDoesNotTouchAHubThatMovedOn() throws IOException {
    var id = hub.add("A", "one\n");
    sync.pull(List.of(), false);
    hub.edit(id, "two\n");
    assertEquals(List.of(Kind.UNCHANGED), kinds(sync.push(List.of(), false, false)));
    assertEquals("two\n", hub.code(id));
  }

  @Test void namesWithSpacesSlashesAndUnicodeRoundTrip() throws IOException {
    var names = List.of("Living room lights", "Lights/On: all", "Lüften 💡", ".hidden", "CON", "a\\b?c", "日本");
    for (var name : names) hub.add(name, "return " + Json.write(name) + ";\n");
    sync.pull(List.of(), false);

    var files = Files.list(dir).map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".js"))
        .collect(Collectors.toSet());
    assertEquals(java.util.Set.of("Living room lights.js", "Lights%2FOn%3A all.js", "Lüften 💡.js",
        "%2Ehidden.js", "%43ON.js", "a%5Cb%3Fc.js", "日本.js"), files);

    // Edits go back to the script each file came from.
    for (var file : files) Files.writeString(dir.resolve(file), Files.readString(dir.resolve(file)) + "// edited\n");
    sync.push(List.of(), false, false);
    var onHub = hub.codeByName();
    assertEquals(names.size(), onHub.size(), "no script was duplicated");
    for (var name : names) assertEquals("return " + Json.write(name) + ";\n// edited\n", onHub.get(name));

    // A new file named with escapes creates the script its name decodes to.
    Files.writeString(dir.resolve("Nieuw%2Fscript ✓.js"), "return 'new';\n");
    var report = sync.push(List.of(), false, false);
    assertEquals(Kind.ADDED, byFile(report).get("Nieuw%2Fscript ✓.js"));
    assertEquals("return 'new';\n", hub.codeByName().get("Nieuw/script ✓"));
  }

  @Test void dryRunChangesNothing() throws IOException {
    var id = hub.add("A", "one\n");
    sync.pull(List.of(), false);
    Files.writeString(dir.resolve("A.js"), "one\ntwo\n");
    Files.writeString(dir.resolve("New one.js"), "fresh\n");
    var hubBefore = hub.codeByName();
    var manifestBefore = Files.readString(dir.resolve(".homeyscripts.json"));

    var report = sync.push(List.of(), false, true);
    assertTrue(report.dryRun());
    assertEquals(Map.of("A.js", Kind.UPDATED, "New one.js", Kind.ADDED), byFile(report));
    assertTrue(report.actions().getFirst().diff().contains("+two"), report.actions().getFirst().diff());
    assertEquals("would update A.js", report.actions().getFirst().dryRunSummary());
    assertEquals("would add    New one.js  (as 'New one')", report.actions().get(1).dryRunSummary());

    assertEquals(hubBefore, hub.codeByName());
    assertEquals(manifestBefore, Files.readString(dir.resolve(".homeyscripts.json")));
    // And the real push afterwards still does it all.
    sync.push(List.of(), false, false);
    assertEquals("one\ntwo\n", hub.code(id));
    assertEquals("fresh\n", hub.codeByName().get("New one"));
  }

  @Test void aFileWithoutANameIsRefusedAndTheOthersStillGo() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("%.js"), "nameless\n");
    Files.writeString(dir.resolve("Named.js"), "named\n");
    var report = sync.push(List.of(), false, false);
    assertEquals(Map.of("%.js", Kind.REFUSED, "Named.js", Kind.ADDED), byFile(report));
    assertEquals(Map.of("Named", "named\n"), hub.codeByName());
  }

  @Test void pushingANewFileWhoseNameIsTakenOnTheHubIsRefused() throws IOException {
    var id = hub.add("Taken", "theirs\n");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("Taken.js"), "mine\n");
    assertEquals(List.of(Kind.REFUSED), kinds(sync.push(List.of(), false, false)));
    assertEquals("theirs\n", hub.code(id));
    assertEquals(List.of(Kind.UPDATED), kinds(sync.push(List.of(), true, false)));
    assertEquals("mine\n", hub.code(id));
    assertEquals(1, hub.codeByName().size());
  }

  @Test void diffShowsLocalAgainstHub() throws IOException {
    var id = hub.add("A", "x\ny\n");
    hub.add("B", "same\n");
    sync.pull(List.of(), false);
    Files.writeString(dir.resolve("A.js"), "x\nz\n");
    hub.add("Only on hub", "h\n");
    Files.writeString(dir.resolve("Only here.js"), "l\n");

    var diffs = sync.diff(List.of()).stream().collect(Collectors.toMap(ScriptDiff::file, d -> d));
    assertEquals(ScriptDiff.State.DIFFERENT, diffs.get("A.js").state());
    assertEquals("--- hub/A.js\n+++ A.js\n@@ -1,2 +1,2 @@\n x\n-y\n+z\n", diffs.get("A.js").diff());
    assertEquals(ScriptDiff.State.SAME, diffs.get("B.js").state());
    assertEquals(ScriptDiff.State.ONLY_ON_HUB, diffs.get("Only on hub.js").state());
    assertEquals(ScriptDiff.State.ONLY_HERE, diffs.get("Only here.js").state());

    var one = sync.diff(List.of("A"));
    assertEquals(1, one.size());
    assertEquals("A.js", one.getFirst().file());
    assertEquals(one, sync.diff(List.of(dir.resolve("A.js").toString())));
    assertEquals(one, sync.diff(List.of(id)));
  }

  @Test void aRenameOnTheHubRenamesTheFile() throws IOException {
    var id = hub.add("Old name", "code\n");
    sync.pull(List.of(), false);
    hub.rename(id, "New/name");
    var report = sync.pull(List.of(), false);
    assertEquals(Map.of("New%2Fname.js", Kind.RENAMED), byFile(report));
    assertFalse(Files.exists(dir.resolve("Old name.js")));
    assertEquals("code\n", Files.readString(dir.resolve("New%2Fname.js")));
    Files.writeString(dir.resolve("New%2Fname.js"), "code 2\n");
    sync.push(List.of(), false, false);
    assertEquals("code 2\n", hub.code(id));
  }

  @Test void scriptsWithTheSameNameOrOnlyCaseApartGetTheirOwnFiles() throws IOException {
    var one = hub.add("Twin", "1\n");
    var two = hub.add("Twin", "2\n");
    var lower = hub.add("twin", "3\n");
    sync.pull(List.of(), false);
    var files = Files.list(dir).map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".js")).sorted().toList();
    assertEquals(3, files.size(), files.toString());
    assertEquals(3, files.stream().map(f -> f.toLowerCase()).distinct().count(), "distinct even ignoring case");
    for (var file : files) Files.writeString(dir.resolve(file), Files.readString(dir.resolve(file)) + "edited\n");
    sync.push(List.of(), false, false);
    assertEquals("1\nedited\n", hub.code(one));
    assertEquals("2\nedited\n", hub.code(two));
    assertEquals("3\nedited\n", hub.code(lower));
  }

  @Test void aScriptDeletedOnTheHubLeavesItsFileUntracked() throws IOException {
    var id = hub.add("Gone", "bye\n");
    var also = hub.add("Also gone", "bye too\n");
    hub.add("Stays", "hi\n");
    sync.pull(List.of(), false);
    hub.delete(id);
    hub.delete(also);
    assertEquals(Map.of("Gone.js", Kind.UNTRACKED, "Also gone.js", Kind.UNTRACKED, "Stays.js", Kind.UNCHANGED),
        byFile(sync.pull(List.of(), false)));
    assertEquals("bye\n", Files.readString(dir.resolve("Gone.js")));
    assertFalse(Files.readString(dir.resolve(".homeyscripts.json")).contains(id));
    assertFalse(Files.readString(dir.resolve(".homeyscripts.json")).contains(also));
  }

  @Test void pullOfNamedScriptsOnly() throws IOException {
    hub.add("A", "a\n");
    hub.add("B b", "b\n");
    assertEquals(List.of(Kind.ADDED), kinds(sync.pull(List.of("B b"), false)));
    assertTrue(Files.exists(dir.resolve("B b.js")));
    assertFalse(Files.exists(dir.resolve("A.js")));
    var error = assertThrows(ScriptSyncException.class, () -> sync.pull(List.of("Nope"), false));
    assertTrue(error.getMessage().contains("no script 'Nope' on the hub"), error.getMessage());
  }

  @Test void aFolderPulledFromAnotherHomeyIsNotPushedHere() throws IOException {
    hub.add("A", "a\n");
    sync.pull(List.of(), false);
    var other = new ScriptSync(hub.app, dir, "another-homey");
    var error = assertThrows(ScriptSyncException.class, () -> other.push(List.of(), false, false));
    assertTrue(error.getMessage().contains("another Homey (" + sim.homeyId()), error.getMessage());
  }

  @Test void aMissingScopeSaysSo() {
    try (var devicesOnly = connect(sim.createApiKey("devices only", List.of("homey.device")))) {
      var forbidden = new ScriptSync(HomeyScriptApp.over(devicesOnly), dir, sim.homeyId());
      var error = assertThrows(ScriptSyncException.class, () -> forbidden.pull(List.of(), false));
      assertTrue(error.getMessage().startsWith("this API key lacks the homey.app scope: "), error.getMessage());
      assertFalse(Files.exists(dir.resolve(".homeyscripts.json")), "nothing written");
    }
  }

  private static List<Kind> kinds(SyncReport report) {
    return report.actions().stream().map(SyncAction::kind).toList();
  }

  private static Map<String, Kind> byFile(SyncReport report) {
    return report.actions().stream().collect(Collectors.toMap(SyncAction::file, SyncAction::kind));
  }
}
