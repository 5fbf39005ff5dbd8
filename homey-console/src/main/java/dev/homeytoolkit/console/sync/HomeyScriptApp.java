package dev.homeytoolkit.console.sync;

import dev.homeytoolkit.api.HomeyClient;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The HomeyScript app's web API on a Homey, under {@code /api/app/com.athom.homeyscript}: what the sync commands
 * need from the hub and nothing more.
 *
 * <p>Calls need a token with the {@code homey.app} scope; without it they throw a {@link ScriptSyncException} that
 * says so.
 */
public interface HomeyScriptApp {
  String PATH = "/api/app/com.athom.homeyscript";

  /** The HomeyScript app on the Homey that {@code client} talks to (local API key or cloud session alike). */
  static HomeyScriptApp over(HomeyClient client) {
    return new HomeyScriptAppClient(new ClientCalls(client));
  }

  /** Every script on the hub, without its code. */
  List<HubScript> scripts() throws IOException;

  /** One script with its code, or empty when the hub has no script with that id. */
  Optional<HubScript> script(String id) throws IOException;

  /** Creates a script; the hub picks its id. */
  HubScript create(String name, String code) throws IOException;

  /** Replaces the code of an existing script. */
  HubScript update(String id, String code) throws IOException;

  /** Runs a stored script on the hub with {@code args} as its {@code args} global. */
  RunAnswer run(String id, List<String> args) throws IOException;
}
