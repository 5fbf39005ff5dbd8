package dev.homeytoolkit.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.auth.store.Profile;
import dev.homeytoolkit.auth.store.ProfileStore;
import dev.homeytoolkit.auth.cloud.CloudEndpoints;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping a cloud session alive: refresh ahead of expiry, on a Homey 401, single flight, and a revoked refresh. */
class StoredTokensTest {
  @TempDir Path tmp;
  @StartStop final MockWebServer server = new MockWebServer();
  final FakeCloud cloud = new FakeCloud();

  @BeforeEach void setUp() {
    server.setDispatcher(cloud);
  }

  HomeyAuth auth() {
    return HomeyAuth.builder().store(ProfileStore.at(tmp)).endpoints(CloudEndpoints.at(server.url("/").toString()))
        .build();
  }

  void storeProfile(Instant accessExpiry) throws Exception {
    var base = server.url("/").toString();
    ProfileStore.at(tmp).save(new Profile("default", Profile.Kind.CLOUD, base.substring(0, base.length() - 1),
        FakeCloud.HOMEY_ID, "Home", null, "me@example.com", List.of(), "session-0", "acc-0", "ref-0", accessExpiry,
        "client", "client-secret", "http://localhost", base));
  }

  @Test void refreshesGoToTheCloudTheProfileLoggedInAtWhateverTheDefault() throws Exception {
    storeProfile(Instant.now().plusSeconds(3600));
    var elsewhere = HomeyAuth.builder().store(ProfileStore.at(tmp)).build(); // defaults: the real Athom hosts

    assertEquals("session-1", elsewhere.open("default").tokens().refresh("session-0"));
    assertEquals(1, cloud.delegations.get());
  }

  @Test void aHomey401RedoesDelegationAndSessionWithTheStillValidAccessToken() throws Exception {
    storeProfile(Instant.now().plusSeconds(3600));
    var tokens = auth().open("default").tokens();

    assertEquals("session-0", tokens.token());
    assertEquals("session-1", tokens.refresh("session-0"));

    assertEquals(0, cloud.refreshes.get());
    assertEquals(1, cloud.delegations.get());
    assertEquals("session-1", ProfileStore.at(tmp).load("default").orElseThrow().homeyToken(), "saved");
  }

  @Test void aRefusedAccessTokenIsRefreshedFirst() throws Exception {
    storeProfile(Instant.now().plusSeconds(3600));
    cloud.validAccess = "acc-expired-meanwhile";
    var tokens = auth().open("default").tokens();

    assertEquals("session-1", tokens.refresh("session-0"));

    assertEquals(1, cloud.refreshes.get());
    var saved = ProfileStore.at(tmp).load("default").orElseThrow();
    assertEquals("acc-1", saved.accessToken());
    assertTrue(saved.accessExpiresAt().isAfter(Instant.now().plusSeconds(3000)));
  }

  @Test void refreshesAheadOfExpiry() throws Exception {
    storeProfile(Instant.now().plusSeconds(30)); // inside the two-minute margin
    var tokens = auth().open("default").tokens();

    assertEquals("session-1", tokens.token());
    assertEquals(1, cloud.refreshes.get());
    assertEquals("session-1", tokens.token(), "no second refresh once fresh");
    assertEquals(1, cloud.refreshes.get());
  }

  @Test void concurrentCallersWithTheSameStaleTokenRenewOnce() throws Exception {
    storeProfile(Instant.now().plusSeconds(3600));
    cloud.validAccess = "acc-expired-meanwhile";
    var results = new ArrayList<Future<String>>();
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (var i = 0; i < 8; i++) {
        var tokens = auth().open("default").tokens(); // separate auth, store and token source per caller
        results.add(pool.submit((Callable<String>) () -> tokens.refresh("session-0")));
      }
    }
    var seen = new HashSet<String>();
    for (var r : results) seen.add(r.get());

    assertEquals(java.util.Set.of("session-1"), seen);
    assertEquals(1, cloud.refreshes.get());
    assertEquals(1, cloud.sessions.get());
  }

  @Test void aRevokedRefreshTokenEndsTheSessionWithoutALoop() throws Exception {
    storeProfile(Instant.now().plusSeconds(3600));
    cloud.validAccess = "acc-expired-meanwhile";
    cloud.revoked.set(true);
    var tokens = auth().open("default").tokens();

    var e = assertThrows(AuthException.class, () -> tokens.refresh("session-0"));
    assertEquals("your session ended: run `homey-console login`", e.getMessage());
    var requestsSoFar = cloud.requests.get();

    var again = assertThrows(AuthException.class, tokens::token);
    assertEquals(e.getMessage(), again.getMessage());
    assertThrows(AuthException.class, () -> tokens.refresh("session-0"));
    assertEquals(requestsSoFar, cloud.requests.get(), "no further calls once the session ended");
  }

  @Test void aLocalApiKeyIsNeverRefreshed() throws Exception {
    ProfileStore.at(tmp).save(new Profile("default", Profile.Kind.LOCAL, "http://127.0.0.1:1", FakeCloud.HOMEY_ID,
        null, null, null, List.of("homey"), "the-api-key", null, null, null, null, null, null, null));
    var tokens = auth().open("default").tokens();

    assertEquals("the-api-key", tokens.token());
    var e = assertThrows(AuthException.class, () -> tokens.refresh("the-api-key"));
    assertTrue(e.getMessage().contains("API Keys"), e.getMessage());
    assertNotEquals(true, e.getMessage().contains("the-api-key"));
    assertEquals(0, cloud.requests.get());
  }
}
