package dev.homeytoolkit.console.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each script under src/test/resources/port/ comes with a {@code .expected} file: the findings
 * ({@code file:line:column rule}) the port check must report for it, no more and no fewer.
 */
class PortCheckTest {
  private static PortCheck check;

  @BeforeAll static void start() {
    check = new PortCheck(OperationCatalog.fromHomeyApi());
  }

  @AfterAll static void stop() {
    check.close();
  }

  static Stream<String> scripts() throws IOException, URISyntaxException {
    try (var files = Files.list(dir())) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".js") && !n.endsWith(".fixed.js")).sorted().toList().stream();
    }
  }

  @ParameterizedTest @MethodSource("scripts")
  void reportsExactlyTheExpectedFindings(String script) throws Exception {
    var expectedFile = dir().resolve(script.replace(".js", ".expected"));
    var expected = Files.readAllLines(expectedFile).stream().filter(l -> !l.isBlank()).toList();
    var actual = findings(script).stream().map(d -> d.location() + " " + d.rule().id()).toList();
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }

  @Test void suggestsTheNearestOperationAndManager() throws Exception {
    var byLocation = findings("operations.js");
    assertTrue(byLocation.get(0).suggestion().contains("Homey.devices.getDevices"), byLocation.get(0).suggestion());
    assertTrue(byLocation.get(1).suggestion().contains("Homey.logic.getVariable"), byLocation.get(1).suggestion());
    assertTrue(byLocation.get(2).suggestion().contains("Homey.alarms"), byLocation.get(2).suggestion());
    // nothing is close to "lights": the suggestion lists the managers instead of guessing
    assertTrue(byLocation.get(3).suggestion().startsWith("the managers are"), byLocation.get(3).suggestion());
  }

  @Test void suggestsTheDeclaredNameForATypo() throws Exception {
    var typo = findings("globals.js").stream().filter(d -> d.message().startsWith("cuont")).findFirst().orElseThrow();
    assertEquals("did you mean count?", typo.suggestion());
    var timer = findings("globals.js").stream().filter(d -> d.rule() == Rule.TIMER).findFirst().orElseThrow();
    assertTrue(timer.suggestion().contains("await wait(ms)"), timer.suggestion());
  }

  @Test void fixRewritesEveryOlderSpellingAndNothingElse() throws Exception {
    var source = Files.readString(dir().resolve("older.js"));
    var fixed = PortCheck.applyFixes(source, check.check("older.js", source));
    assertEquals(Files.readString(dir().resolve("older.fixed.js")), fixed);
    var remaining = check.check("older.js", fixed);
    assertTrue(remaining.stream().noneMatch(d -> d.rule() == Rule.OLDER_SPELLING), remaining.toString());
    assertTrue(remaining.stream().anyMatch(d -> d.rule() == Rule.APP_API), "app API calls still differ here");
  }

  @Test void severitiesSplitBlockingFromDiffering() {
    var errors = check.check("a.js", "require('x')");
    assertEquals(List.of(Severity.ERROR), errors.stream().map(Diagnostic::severity).toList());
    var warnings = check.check("b.js", "await tag('x', 1)");
    assertEquals(List.of(Severity.WARNING), warnings.stream().map(Diagnostic::severity).toList());
  }

  @Test void syntaxErrorsOnTheFirstLineKeepTheFileColumn() {
    var d = check.check("one.js", "let x = ;").getFirst();
    assertEquals("one.js:1:9 syntax", d.location() + " " + d.rule().id());
  }

  @Test void topLevelAwaitAndReturnAreLegalAsOnTheHomey() {
    assertEquals(List.of(), check.check("t.js", "const z = await Homey.zones.getZones();\nreturn z;"));
  }

  @Test void jsonNamesEveryField() {
    var json = ReportFormat.json(check.check("c.js", "console.warn(\"a\")"));
    assertTrue(json.contains("\"file\":\"c.js\",\"line\":1,\"column\":9,\"severity\":\"error\","
        + "\"rule\":\"console-method\""), json);
    assertTrue(json.startsWith("{\"errors\":1,\"warnings\":0,"), json);
  }

  private static List<Diagnostic> findings(String script) throws Exception {
    return check.check(script, Files.readString(dir().resolve(script)));
  }

  private static Path dir() throws URISyntaxException {
    return Path.of(PortCheckTest.class.getResource("/port").toURI());
  }
}
