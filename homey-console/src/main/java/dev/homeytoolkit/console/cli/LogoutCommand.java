package dev.homeytoolkit.console.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code homey-console logout}: forgets a profile's tokens. */
@Command(name = "logout", mixinStandardHelpOptions = true,
    description = "Forget the tokens of a profile (the Homey and the account are not changed).")
public final class LogoutCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Override public Integer call() {
    var out = connection.mixee.commandLine().getOut();
    try {
      var removed = connection.auth().logout(connection.profile());
      out.println(removed ? "Logged out: profile '" + connection.profile() + "' forgotten."
          : "Profile '" + connection.profile() + "' was not logged in.");
      out.flush();
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      connection.err().println("homey-console logout: " + e.getMessage());
      connection.err().flush();
      return 1;
    }
  }
}
