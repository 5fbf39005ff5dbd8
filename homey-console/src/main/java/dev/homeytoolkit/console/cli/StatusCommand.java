package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.auth.HomeySession;
import dev.homeytoolkit.auth.local.Ping;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code homey-console status}: which Homey commands will use, and how; never a secret. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Show which Homey commands use and how they log in: account, Homey name, id, address and "
        + "version, scopes, token expiry. Never shows a secret.",
        "Exit code 1 when no Homey is configured."})
public final class StatusCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Override public Integer call() {
    var out = connection.mixee.commandLine().getOut();
    var err = connection.err();
    try {
      if (connection.demoRequested()) {
        out.println("--demo: commands use the built-in simulated Homey.");
        out.flush();
        return 0;
      }
      var http = connection.okHttpClient();
      var auth = connection.auth(http);
      var session = auth.fromEnvironment(ConnectionOptions.environment());
      String source;
      if (session.isPresent()) {
        source = "HOMEY_ADDRESS and HOMEY_TOKEN (environment, not stored)";
      } else {
        session = auth.find(connection.profile());
        source = "profile '" + connection.profile() + "' (" + connection.store().file(connection.profile()) + ")";
      }
      if (session.isEmpty()) {
        out.println("Not logged in (profile '" + connection.profile() + "'): commands use the built-in simulated "
            + "Homey (demo).");
        out.println("Log in with `homey-console login` (Athom account), `homey-console login --browser`, or "
            + "`homey-console login --address URL --api-key KEY` (Homey Pro).");
        out.flush();
        return 1;
      }
      var s = session.get();
      out.println("Using:    " + source);
      out.println("Login:    " + switch (s.kind()) {
        case CLOUD -> "Athom account" + (s.account() == null ? "" : " " + s.account()) + " (refreshes itself)";
        case LOCAL -> "Homey Pro local API key";
        case ENVIRONMENT -> "token from the environment";
      });
      out.println("Homey:    " + (s.homeyName() == null ? "(name not readable with this token)" : s.homeyName()));
      out.println("Id:       " + s.homeyId());
      var pong = Ping.ping(http, s.address(), null, Duration.ofSeconds(3));
      out.println("Address:  " + s.address() + (pong == null ? " (not answering now)" : " (answering)"));
      var version = pong != null && pong.version() != null ? pong.version() : s.homeyVersion();
      if (version != null) out.println("Version:  " + version);
      out.println("Scopes:   " + (s.scopes().isEmpty() ? "(unknown)" : String.join(", ", s.scopes())));
      if (s.expiresAt() != null) out.println("Expires:  " + expiry(s));
      out.flush();
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("homey-console status: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private static String expiry(HomeySession s) {
    var left = Duration.between(Instant.now(), s.expiresAt());
    var when = s.expiresAt().toString();
    if (left.isNegative()) return when + " (expired; refreshed on next use)";
    return when + " (in " + (left.toMinutes() >= 1 ? left.toMinutes() + " min" : left.toSeconds() + " s")
        + "; refreshed ahead of that)";
  }
}
