package dev.homeytoolkit.auth;

import dev.homeytoolkit.auth.cloud.CloudEndpoints;
import dev.homeytoolkit.auth.store.ProfileStore;
import java.nio.file.Path;

/**
 * A second process for {@link SimulatorLoginTest}: opens a profile in its own JVM, waits for the go signal (a file),
 * then asks to replace a refused token and prints what it got.
 * Arguments: store folder, cloud base URL, stale token, go file.
 */
public final class RefreshProbe {
  public static void main(String[] args) throws Exception {
    var auth = HomeyAuth.builder().store(ProfileStore.at(Path.of(args[0]))).endpoints(CloudEndpoints.at(args[1]))
        .build();
    var tokens = auth.open("default").tokens();
    var go = Path.of(args[3]);
    System.out.println("ready");
    System.out.flush();
    while (!java.nio.file.Files.exists(go)) Thread.sleep(5);
    System.out.println("token=" + tokens.refresh(args[2]));
  }
}
