package dev.homeytoolkit.console.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.console.runtime.store.StateStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's Done-when for the seed guide: its two scripts, copied byte for byte with only their configuration lines
 * changed, run in demo mode (Athom hosts mapped to the simulator); plus the ported refresher and device listing.
 */
class SeedScriptsTest {
  /** The seed guide as the issue gives it: ../shared/seed/ next to the repository. */
  static final Path SEED = ScriptFixture.SCRIPTS.getParent().resolveSibling("shared/seed/000_05ea3957d3ca4a99.txt");
  @TempDir static Path stateDir;
  static ScriptFixture fx;

  @BeforeAll static void start() {
    fx = new ScriptFixture(stateDir);
  }

  @AfterAll static void stop() {
    fx.close();
  }

  @Test void theFirstSeedScriptLogsInThroughEveryStepAndStoresAWorkingBearerToken() throws Exception {
    var result = fx.run("seed/get-bearer-token.js");
    assertEquals("true", result.returns());
    String out = result.output();
    for (String step : List.of("POST authentication https://accounts.athom.com/login",
        "GET Authorization https://accounts.athom.com/oauth2/authorise?client_id=",
        " CSRF input parameter", " CSRF cookie", "GET Authorization https://accounts.athom.com/authorise?client_id=",
        " Response from authorization. Redirect to  http://localhost", " Parsed the following code ",
        "POST token (resolve code to token) https://api.athom.com/oauth2/token",
        "POST login endpoint https://" + fx.sim.homeyId() + ".connect.athom.com/api/manager/users/login",
        " Response status 200")) {
      assertTrue(out.contains(step), () -> "missing step '" + step + "' in:\n" + out);
    }
    StateStore.Tag tag = fx.state.tag("accesstoken").orElseThrow(() -> new AssertionError("no tag accesstoken:\n" + out));
    assertEquals("string", tag.type());
    String token = (String) ScriptFixture.parse(tag.valueJson());
    assertFalse(token.isBlank());
    // The token works for an authorised call.
    try (var withToken = HomeyClient.builder().address(fx.sim.baseUrl()).homeyId(fx.sim.homeyId())
        .tokenSource(TokenSource.of(token)).build()) {
      var devices = ScriptFixture.parse(withToken.call("GET", "/api/manager/devices/device/", null));
      assertEquals(fx.getMap("/api/manager/devices/device/").keySet(), ((Map<?, ?>) devices).keySet());
    }
  }

  @Test void theSecondSeedScriptPrintsTheDevicesOnceThePortedRefresherStoredAToken() {
    var refreshed = fx.run("token-refresher.js");
    @SuppressWarnings("unchecked")
    var info = (Map<String, Object>) ScriptFixture.returned(refreshed);
    assertEquals(Boolean.FALSE, info.get("created")); // the demo home has the variable
    var variable = fx.getMap("/api/manager/logic/variable/").get((String) info.get("variable"));
    assertEquals("accesstoken", variable.get("name"));
    assertFalse(((String) variable.get("value")).isBlank());
    assertFalse(refreshed.output().contains((String) variable.get("value")), "the token must not be printed");

    var listed = fx.run("seed/list-devices-with-token.js");
    String out = listed.output();
    assertTrue(out.contains(" Response status 200 OK"), out);
    assertTrue(out.contains(" Result "), out);
    for (var device : fx.getMap("/api/manager/devices/device/").values()) {
      assertTrue(out.contains("name: '" + device.get("name") + "'"), () -> "missing " + device.get("name") + " in\n" + out);
    }
  }

  @Test void thePortedListingReadsTheTokenFromTheVariable() {
    fx.run("token-refresher.js");
    var listed = fx.run("list-devices-with-token.js");
    @SuppressWarnings("unchecked")
    var names = (List<String>) ScriptFixture.returned(listed);
    var expected = fx.getMap("/api/manager/devices/device/").values().stream()
        .map(d -> (String) d.get("name")).sorted().toList();
    assertEquals(expected.size(), names.size());
    assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(names));
  }

  @Test void theSeedCopiesDifferFromTheGuideOnlyInTheirConfigurationLines() throws Exception {
    Assumptions.assumeTrue(Files.exists(SEED), "the seed guide is not at " + SEED);
    List<String> guide = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    for (String file : List.of("seed/get-bearer-token.js", "seed/list-devices-with-token.js")) {
      List<String> copy = Files.readAllLines(ScriptFixture.SCRIPTS.resolve(file), StandardCharsets.UTF_8);
      int start = indexOfSubList(guide, copy);
      assertTrue(start >= 0, file + " is not a line-for-line copy of a part of the seed guide");
      for (int i = 0; i < copy.size(); i++) {
        String g = guide.get(start + i);
        String c = copy.get(i);
        if (!g.equals(c)) {
          assertTrue(g.matches("let (email|password|client_id|client_secret|cloudid) = '.*'"),
              file + " line " + (i + 1) + " differs from the guide outside the configuration: " + c);
          assertEquals(g.substring(0, g.indexOf('=')), c.substring(0, c.indexOf('=')));
        }
      }
    }
  }

  /** Where {@code copy} sits in {@code guide}, matching every line except configuration values; -1 if nowhere. */
  private static int indexOfSubList(List<String> guide, List<String> copy) {
    outer:
    for (int s = 0; s + copy.size() <= guide.size(); s++) {
      for (int i = 0; i < copy.size(); i++) {
        String g = guide.get(s + i);
        String c = copy.get(i);
        boolean config = g.startsWith("let ") && c.startsWith("let ") && g.contains(" = '")
            && g.substring(0, g.indexOf('=')).equals(c.substring(0, c.indexOf('=')));
        if (!g.equals(c) && !config) continue outer;
      }
      return s;
    }
    return -1;
  }
}
