package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.HomeySession;
import dev.homeytoolkit.auth.internal.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code homey-console token}: prints a bearer that works now, for curl, cron jobs and other tools — what the seed
 * guide's HomeyScript was written for. It checks the token with one cheap call and refreshes it first when needed.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = {"Print a bearer token for the Homey, refreshed first when needed.",
        "Example: curl -H \"Authorization: Bearer $(homey-console token)\" http://192.168.1.50/api/manager/devices/device"})
public final class TokenCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Option(names = "--json", description = "Print {token, address, homeyId, expiresAt} as JSON.")
  boolean json;

  @Override public Integer call() {
    var out = connection.mixee.commandLine().getOut();
    var err = connection.err();
    try {
      if (connection.demoRequested()) {
        throw new AuthException(AuthException.Step.STORE, "the simulated Homey lives only as long as one command: "
            + "run `homey-console simulator` for a lasting one, or log in with `homey-console login`");
      }
      var http = connection.okHttpClient();
      var auth = connection.auth(http);
      var fromEnvironment = auth.fromEnvironment(ConnectionOptions.environment());
      var session = fromEnvironment.isPresent() ? fromEnvironment.get() : auth.open(connection.profile());
      var token = working(http, session);
      if (json) {
        var m = new LinkedHashMap<String, Object>();
        m.put("token", token);
        m.put("address", session.address());
        m.put("homeyId", session.homeyId());
        var fresh = auth.find(connection.profile()).map(HomeySession::expiresAt).orElse(session.expiresAt());
        if (fresh != null && session.kind() == HomeySession.Kind.CLOUD) m.put("expiresAt", fresh.toString());
        out.println(Json.writePretty(m));
      } else {
        out.println(token);
      }
      out.flush();
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("homey-console token: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** The token after one authorised call that needs no scope; refreshed once on a 401. */
  private static String working(OkHttpClient http, HomeySession session) throws IOException {
    var tokens = session.tokens();
    var token = tokens.token();
    if (check(http, session, token) != 401) return token;
    token = tokens.refresh(token);
    var second = check(http, session, token);
    if (second == 401) {
      throw new AuthException(AuthException.Step.HOMEY_SESSION, "the Homey refused the refreshed token: run "
          + "`homey-console login` again");
    }
    return token;
  }

  private static int check(OkHttpClient http, HomeySession session, String token) throws IOException {
    var request = new Request.Builder()
        .url(HttpUrl.get(session.address() + "/api/manager/sessions/session/me"))
        .header("Authorization", "Bearer " + token)
        .header("X-Homey-ID", session.homeyId() == null ? "" : session.homeyId())
        .get().build();
    try (var response = http.newCall(request).execute()) {
      return response.code();
    } catch (IOException e) {
      throw new AuthException(AuthException.Step.PING, "the Homey at " + session.address() + " did not answer ("
          + e.getClass().getSimpleName() + "): check that it is on and reachable");
    }
  }
}
