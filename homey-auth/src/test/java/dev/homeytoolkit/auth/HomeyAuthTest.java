package dev.homeytoolkit.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.auth.cloud.ClientCredentials;
import dev.homeytoolkit.auth.cloud.CloudEndpoints;
import dev.homeytoolkit.auth.cloud.CloudHomey;
import dev.homeytoolkit.auth.store.ProfileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade's own decisions: client credentials, picking the Homey, the environment way in, errors. */
class HomeyAuthTest {
  @TempDir Path tmp;
  @StartStop final MockWebServer server = new MockWebServer();

  static CloudHomey homey(String id, String name) {
    return new CloudHomey(id, name, "local", null, null, null, null, null, null, null);
  }

  @Test void clientCredentialsComeFromFlagsThenEnvironmentThenConfigFile() throws Exception {
    var config = new Properties();
    config.setProperty("client_id", "from-file");
    config.setProperty("client_secret", "file-secret");
    var file = tmp.resolve("config.properties");

    assertEquals("from-flag", ClientCredentials.resolve("from-flag", "s", Map.of("HOMEY_CLIENT_ID", "from-env",
        "HOMEY_CLIENT_SECRET", "e"), config, file).clientId());
    assertEquals("from-env", ClientCredentials.resolve(null, null, Map.of("HOMEY_CLIENT_ID", "from-env",
        "HOMEY_CLIENT_SECRET", "e"), config, file).clientId());
    assertEquals("from-file", ClientCredentials.resolve(null, null, Map.of(), config, file).clientId());
    var e = assertThrows(AuthException.class,
        () -> ClientCredentials.resolve(null, null, Map.of(), new Properties(), file));
    assertTrue(e.getMessage().contains("HOMEY_CLIENT_ID") && e.getMessage().contains(file.toString()),
        e.getMessage());
    assertFalse(new ClientCredentials("id", "file-secret").toString().contains("file-secret"));
  }

  @Test void theConfigFileIsReadFromTheStoreFolder() throws Exception {
    var store = ProfileStore.at(tmp);
    Files.writeString(store.configFile(), "client_id=abc\nclient_secret=def\n");

    assertEquals("abc", store.config().getProperty("client_id"));
  }

  @Test void theOnlyHomeyIsTheDefaultAndOthersArePickedByNameOrId() throws Exception {
    var a = homey("aaaaaaaaaaaaaaaaaaaaaaaa", "Home");
    var b = homey("bbbbbbbbbbbbbbbbbbbbbbbb", "Cabin");

    assertEquals(a, HomeyChoice.any().pick(List.of(a)));
    assertEquals(b, HomeyChoice.named("cabin").pick(List.of(a, b)));
    assertEquals(b, HomeyChoice.named("bbbbbbbbbbbbbbbbbbbbbbbb").pick(List.of(a, b)));
    assertEquals(b, new HomeyChoice(null, list -> list.get(1)).pick(List.of(a, b)));
    var e = assertThrows(AuthException.class, () -> HomeyChoice.any().pick(List.of(a, b)));
    assertTrue(e.getMessage().contains("--homey") && e.getMessage().contains("'Cabin'"), e.getMessage());
    var none = assertThrows(AuthException.class, () -> HomeyChoice.named("Boat").pick(List.of(a, b)));
    assertTrue(none.getMessage().startsWith("no Homey named 'Boat'"), none.getMessage());
  }

  @Test void theEnvironmentWayInPingsAndUsesTheTokenWithoutTouchingTheStore() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Homey-ID", "aaaaaaaaaaaaaaaaaaaaaaaa")
        .body("true").build());
    server.enqueue(new MockResponse.Builder().code(403).body("{\"error\":\"Missing Scopes\"}").build());
    var auth = HomeyAuth.builder().store(ProfileStore.at(tmp.resolve("store"))).build();
    var address = server.url("/").toString();

    var session = auth.fromEnvironment(Map.of("HOMEY_ADDRESS", address, "HOMEY_TOKEN", "env-token")).orElseThrow();

    assertEquals(HomeySession.Kind.ENVIRONMENT, session.kind());
    assertEquals("aaaaaaaaaaaaaaaaaaaaaaaa", session.homeyId());
    assertEquals("env-token", session.tokens().token());
    assertFalse(Files.exists(tmp.resolve("store")), "the store is not touched");
    assertFalse(session.toString().contains("env-token"));
    assertTrue(auth.fromEnvironment(Map.of()).isEmpty());
    var half = assertThrows(AuthException.class, () -> auth.fromEnvironment(Map.of("HOMEY_ADDRESS", address)));
    assertTrue(half.getMessage().startsWith("HOMEY_TOKEN is not set"), half.getMessage());
  }

  @Test void openingAMissingProfileSaysHowToLogIn() {
    var auth = HomeyAuth.builder().store(ProfileStore.at(tmp)).endpoints(CloudEndpoints.at("http://x.invalid"))
        .build();

    var e = assertThrows(AuthException.class, () -> auth.open("cabin"));
    assertEquals("no Homey is configured for profile 'cabin': run `homey-console login --profile cabin`",
        e.getMessage());
  }
}
