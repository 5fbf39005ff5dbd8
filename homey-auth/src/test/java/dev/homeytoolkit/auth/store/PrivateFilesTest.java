package dev.homeytoolkit.auth.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
  @TempDir Path tmp;

  static String permissions(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test void missingFoldersAreMadeOwnerOnlyAndFoldersAboveThemAreLeftAlone() throws Exception {
    var shared = Files.createDirectories(tmp.resolve("config"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));

    PrivateFiles.createDirectories(shared.resolve("homey-console/state/demo"));

    assertEquals("rwxr-xr-x", permissions(shared), "not ours: unchanged");
    assertEquals("rwx------", permissions(shared.resolve("homey-console")));
    assertEquals("rwx------", permissions(shared.resolve("homey-console/state")));
    assertEquals("rwx------", permissions(shared.resolve("homey-console/state/demo")));
  }

  @Test void theFolderAskedForIsTightenedWhenItWasTooOpen() throws Exception {
    var ours = Files.createDirectories(tmp.resolve("daemon"));
    Files.setPosixFilePermissions(ours, PosixFilePermissions.fromString("rwxrwxr-x"));

    PrivateFiles.createDirectories(ours);

    assertEquals("rwx------", permissions(ours));
  }
}
