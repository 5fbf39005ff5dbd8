package dev.homeytoolkit.auth.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.auth.AuthException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
  @TempDir Path tmp;

  static Profile profile(String name, String token) {
    return new Profile(name, Profile.Kind.CLOUD, "http://127.0.0.1:1", "aaaaaaaaaaaaaaaaaaaaaaaa", "Home", "12.4.0",
        "me@example.com", List.of("homey"), token, "acc", "ref", Instant.parse("2026-01-01T10:00:00Z"), "id",
        "secret", "http://localhost", null);
  }

  @Test void savesOwnerOnlyFilesInAnOwnerOnlyFolderAndReadsThemBack() throws Exception {
    var store = ProfileStore.at(tmp.resolve("homey-console"));

    store.save(profile("home", "tok-1"));

    assertEquals(profile("home", "tok-1"), store.load("home").orElseThrow());
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.dir())));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.dir().resolve("profiles"))));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file("home"))));
    try (var files = Files.list(store.dir().resolve("profiles"))) {
      assertEquals(List.of("home.json"), files.map(p -> p.getFileName().toString()).toList(), "no temp file left");
    }
    assertEquals(List.of("home"), store.names());
  }

  @Test void aFolderThatExistedTooOpenIsTightened() throws Exception {
    var dir = Files.createDirectories(tmp.resolve("homey-console"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

    ProfileStore.at(dir).save(profile("home", "tok"));

    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
  }

  @Test void followsXdgConfigHome() {
    var store = ProfileStore.defaultLocation(Map.of("XDG_CONFIG_HOME", tmp.toString()));

    assertEquals(tmp.resolve("homey-console"), store.dir());
  }

  @Test void aCorruptFileIsReportedWithItsPathAndNeverReplaced() throws Exception {
    var store = ProfileStore.at(tmp);
    Files.createDirectories(tmp.resolve("profiles"));
    Files.writeString(store.file("home"), "{\"kind\": \"cloud\", \"homeyTok");

    var e = assertThrows(AuthException.class, () -> store.load("home"));
    assertTrue(e.getMessage().contains(store.file("home").toString()), e.getMessage());
    assertThrows(AuthException.class, () -> store.save(profile("home", "tok")));
    assertEquals("{\"kind\": \"cloud\", \"homeyTok", Files.readString(store.file("home")));
  }

  @Test void profileNamesCannotEscapeTheFolder() {
    var store = ProfileStore.at(tmp);

    var e = assertThrows(IllegalArgumentException.class, () -> store.load("../evil"));
    assertTrue(e.getMessage().contains("--profile"));
  }

  @Test void toStringShowsNoSecret() {
    var p = new Profile("home", Profile.Kind.CLOUD, "http://h", "id", "Home", null, null, List.of(), "S3SSION",
        "ACC3SS", "R3FRESH", null, "client", "CL1ENTSECRET", null, null);

    for (var secret : List.of("S3SSION", "ACC3SS", "R3FRESH", "CL1ENTSECRET")) {
      assertFalse(p.toString().contains(secret), secret);
    }
  }

  @Test void theLockLetsOneHolderInAtATimeAcrossStoreInstances() throws Exception {
    var inside = new AtomicInteger();
    var overlap = new AtomicInteger();
    try (var pool = Executors.newFixedThreadPool(4)) {
      for (var i = 0; i < 8; i++) {
        var store = ProfileStore.at(tmp); // a separate instance per caller, as separate commands would have
        pool.submit(() -> store.locked("home", () -> {
          if (inside.incrementAndGet() > 1) overlap.incrementAndGet();
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException();
          }
          inside.decrementAndGet();
          return null;
        }));
      }
    }
    assertEquals(0, overlap.get());
  }
}
