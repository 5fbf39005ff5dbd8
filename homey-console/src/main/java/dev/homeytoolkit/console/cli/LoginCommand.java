package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.Credentials;
import dev.homeytoolkit.auth.HomeyChoice;
import dev.homeytoolkit.auth.HomeySession;
import dev.homeytoolkit.auth.cloud.ClientCredentials;
import dev.homeytoolkit.auth.cloud.CloudHomey;
import java.awt.Desktop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code homey-console login}: the three ways in that are remembered in a profile.
 *
 * <pre>
 * homey-console login                                   # Athom account: asks email, password (masked), 2FA code
 * homey-console login --email me@example.com --password-stdin &lt; pw.txt
 * homey-console login --browser                         # consent in the browser, code back to 127.0.0.1
 * homey-console login --address http://192.168.1.50 --api-key …   # Homey Pro local API key
 * </pre>
 */
@Command(name = "login", mixinStandardHelpOptions = true,
    description = {"Log in to a Homey and remember it in a profile.",
        "With an Athom account (email and password, or --browser) the tokens refresh themselves; with a Homey Pro "
            + "API key (--address and --api-key) nothing needs refreshing.",
        "The password is never stored."})
public final class LoginCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Option(names = "--email", paramLabel = "EMAIL", description = "Athom account email (or HOMEY_EMAIL).")
  String email;

  @Option(names = "--password-stdin",
      description = "Read the password (or, with --address, the API key) from the first line of stdin.")
  boolean passwordStdin;

  @Option(names = "--otp", paramLabel = "CODE", description = "Two-factor code, when the account has 2FA.")
  String otp;

  @Option(names = "--browser", description = "Log in on Athom's page in a browser instead of typing the password here.")
  boolean browser;

  @Option(names = "--redirect-port", paramLabel = "PORT", defaultValue = "0",
      description = "Local port for --browser's redirect (default: any free one).")
  int redirectPort;

  @Option(names = "--redirect-uri", paramLabel = "URL", defaultValue = "http://localhost",
      description = "The redirect URL of your API project, for the password login (default: ${DEFAULT-VALUE}).")
  String redirectUri;

  @Option(names = "--homey", paramLabel = "NAME_OR_ID",
      description = "Which of the account's Homeys (default: the only one, else you are asked).")
  String homey;

  @Option(names = "--client-id", paramLabel = "ID", description = "Athom API project client id (or HOMEY_CLIENT_ID).")
  String clientId;

  @Option(names = "--client-secret", paramLabel = "SECRET",
      description = "Athom API project client secret (or HOMEY_CLIENT_SECRET).")
  String clientSecret;

  @Option(names = "--address", paramLabel = "URL",
      description = "The Homey Pro's local address, for an API key login (e.g. http://192.168.1.50).")
  String address;

  @Option(names = "--api-key", paramLabel = "KEY",
      description = "A Homey Pro API key (Homey web app → Settings → API Keys); asked when --address is given alone.")
  String apiKey;

  @Override public Integer call() {
    var out = connection.mixee.commandLine().getOut();
    var err = connection.err();
    if (connection.demoRequested()) {
      err.println("homey-console login: --demo needs no login (it uses the built-in simulated Homey)");
      return 2;
    }
    try {
      var auth = connection.auth();
      var env = ConnectionOptions.environment();
      HomeySession session;
      if (address != null || apiKey != null) {
        if (address == null) throw usage("--api-key needs --address (the Homey Pro's local address)");
        var key = apiKey != null ? apiKey : passwordStdin ? stdinLine("API key") : ask("API key: ", true);
        if (key == null) throw usage("no API key: pass --api-key KEY (or --password-stdin)");
        session = auth.login(connection.profile(), new Credentials.ApiKey(address, key), HomeyChoice.any());
      } else {
        var config = connection.store().config();
        var client = client(env, config, err);
        var choice = new HomeyChoice(homey, LoginCommand::pickInteractively);
        if (browser) {
          session = auth.login(connection.profile(), new Credentials.Browser(client, redirectPort, url -> {
            err.println("Open this page to allow homey-console access to your Homey:");
            err.println("  " + url);
            err.flush();
            openBrowser(url);
          }, Duration.ofMinutes(5)), choice);
        } else {
          var user = email != null ? email : env.get("HOMEY_EMAIL");
          if (user == null) user = ask("Athom account email: ", false);
          if (user == null || user.isBlank()) throw usage("no email: pass --email (or set HOMEY_EMAIL)");
          String password = passwordStdin ? stdinLine("password") : env.get("HOMEY_PASSWORD");
          if (password == null) password = ask("Password for " + user + ": ", true);
          if (password == null) {
            throw usage("no password: run in a terminal to be asked, or use --password-stdin, or `login --browser`");
          }
          session = connection.authBuilder(connection.okHttpClient()).redirectUri(redirectUri).build()
              .login(connection.profile(), new Credentials.Password(client, user.strip(), password.toCharArray(),
                  otp, () -> ask("Two-factor code: ", false)), choice);
        }
      }
      out.println("Logged in to " + describe(session) + (session.account() == null ? "" : " as " + session.account())
          + " (profile '" + connection.profile() + "').");
      if (!session.scopes().isEmpty()) out.println("Scopes: " + String.join(", ", session.scopes()));
      out.flush();
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("homey-console login: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** From flags, environment or config file; on a terminal, asked for when none has them. */
  private ClientCredentials client(java.util.Map<String, String> env, java.util.Properties config,
      java.io.PrintWriter err) throws AuthException {
    var file = connection.store().configFile();
    try {
      return ClientCredentials.resolve(clientId, clientSecret, env, config, file);
    } catch (AuthException missing) {
      if (!interactive()) throw missing;
      err.println("A cloud login needs the client id and secret of an Athom API project (make one at "
          + "https://tools.developer.homey.app/api/projects). To skip this question next time, put client_id= and "
          + "client_secret= in " + file + " or set HOMEY_CLIENT_ID and HOMEY_CLIENT_SECRET.");
      err.flush();
      var id = ask("Client id: ", false);
      var secret = id == null || id.isBlank() ? null : ask("Client secret: ", true);
      if (secret == null || secret.isBlank()) throw missing;
      return new ClientCredentials(id.strip(), secret.strip());
    }
  }

  static String describe(HomeySession s) {
    return (s.homeyName() != null ? "'" + s.homeyName() + "' (" + s.homeyId() + ")" : s.homeyId()) + " at "
        + s.address();
  }

  private static AuthException usage(String message) {
    return new AuthException(AuthException.Step.LOGIN, message);
  }

  private static String stdinLine(String what) throws IOException {
    var line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (line == null || line.isEmpty()) throw usage("stdin was empty: expected the " + what + " on its first line");
    return line;
  }

  /** Asks on the terminal (masked when {@code secret}); null when there is no terminal to ask on. */
  static String ask(String prompt, boolean secret) {
    if (!interactive()) return null;
    try (var terminal = TerminalBuilder.builder().system(true).build()) {
      var reader = LineReaderBuilder.builder().terminal(terminal).build();
      return secret ? reader.readLine(prompt, '*') : reader.readLine(prompt);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether a person can be asked: stdin and stdout are a terminal (since JDK 22 a Console exists regardless). */
  static boolean interactive() {
    var console = System.console();
    return console != null && console.isTerminal();
  }

  private static CloudHomey pickInteractively(List<CloudHomey> homeys) {
    if (!interactive()) return null;
    var text = new StringBuilder("This account has several Homeys:\n");
    for (var i = 0; i < homeys.size(); i++) {
      var h = homeys.get(i);
      text.append("  ").append(i + 1).append(") ").append(h.name()).append(" (").append(h.kind()).append(", ")
          .append(h.id()).append(")\n");
    }
    System.err.print(text);
    var answer = ask("Which one [1-" + homeys.size() + "]: ", false);
    try {
      return homeys.get(Integer.parseInt(answer.strip()) - 1);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void openBrowser(String url) {
    try {
      if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
          && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(URI.create(url));
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      // printing the URL is enough
    }
  }
}
