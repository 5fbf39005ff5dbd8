package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.api.http.RedactingLogger;
import dev.homeytoolkit.auth.HomeyAuth;
import dev.homeytoolkit.auth.HomeySession;
import dev.homeytoolkit.auth.cloud.CloudEndpoints;
import dev.homeytoolkit.auth.store.ProfileStore;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How a command reaches a Homey: a picocli mixin ({@code @Mixin ConnectionOptions connection;}) giving
 * {@code --profile}, {@code --verbose} and {@code --demo}, and {@link #connect()}, which resolves in this order:
 * {@code --demo}; {@code HOMEY_ADDRESS} with {@code HOMEY_TOKEN}; the stored profile; and, when nothing is configured,
 * the built-in simulated Homey with one line on stderr saying so.
 *
 * <pre>{@code
 * @Mixin ConnectionOptions connection;
 * public Integer call() throws Exception {
 *   try (var homey = connection.connect()) { ... homey.address(), homey.tokens() ... }
 * }
 * }</pre>
 *
 * <p>Environment variables are read through {@link #environment()}, which tests replace with
 * {@link #overrideEnvironment} (e.g. {@code XDG_CONFIG_HOME} pointing at a temporary folder) instead of touching the
 * process environment. Cloud hosts are configurable with {@code HOMEY_CLOUD_URL} (both sites on one base URL, as the
 * simulator serves them), or {@code HOMEY_ACCOUNTS_URL} and {@code HOMEY_API_URL}.
 */
public final class ConnectionOptions {
  private static volatile Map<String, String> environmentOverride;

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "The stored login to use (default: \"default\"); see `homey-console login --profile`.")
  String profile;

  @Option(names = "--verbose", description = "Log every HTTP call to stderr, with tokens, passwords and cookies blanked.")
  boolean verbose;

  @Option(names = "--demo", description = "Use the built-in simulated Homey, whatever is configured.")
  boolean demo;

  /** The profile name: {@code --profile}, else {@code default}. */
  public String profile() {
    return profile == null || profile.isBlank() ? "default" : profile;
  }

  public boolean verbose() {
    return verbose;
  }

  public boolean demoRequested() {
    return demo;
  }

  /** The {@code homey-console} config folder ({@code $XDG_CONFIG_HOME/homey-console}); per-profile files go here. */
  public java.nio.file.Path configDir() {
    return store().dir();
  }

  /** The profile store at the configured location. */
  public ProfileStore store() {
    return ProfileStore.defaultLocation(environment());
  }

  /** An HTTP client that logs redacted calls to stderr under {@code --verbose}. */
  public OkHttpClient okHttpClient() {
    var builder = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30));
    if (verbose) {
      var err = err();
      builder.addNetworkInterceptor(new RedactingLogger(line -> {
        err.println("homey-console: " + line);
        err.flush();
      }));
    }
    return builder.build();
  }

  /** The auth facade on this store, HTTP client and cloud hosts. */
  public HomeyAuth auth() {
    return auth(okHttpClient());
  }

  HomeyAuth auth(OkHttpClient http) {
    return authBuilder(http).build();
  }

  HomeyAuth.Builder authBuilder(OkHttpClient http) {
    return HomeyAuth.builder().store(store()).okHttpClient(http).endpoints(endpoints(environment()));
  }

  static CloudEndpoints endpoints(Map<String, String> env) {
    var both = env.get("HOMEY_CLOUD_URL");
    if (both != null && !both.isBlank()) return CloudEndpoints.at(both);
    var accounts = env.getOrDefault("HOMEY_ACCOUNTS_URL", CloudEndpoints.ATHOM.accounts().toString());
    var api = env.getOrDefault("HOMEY_API_URL", CloudEndpoints.ATHOM.api().toString());
    return CloudEndpoints.of(accounts.endsWith("/") ? accounts : accounts + "/", api.endsWith("/") ? api : api + "/");
  }

  /**
   * Opens the connection: {@code --demo}; else {@code HOMEY_ADDRESS} + {@code HOMEY_TOKEN}; else the stored profile;
   * else (nothing configured, and no {@code --profile} named) the simulated Homey. A named profile that does not
   * exist is an error saying how to log in.
   */
  public Connection connect() throws IOException {
    var http = okHttpClient();
    if (demo) return demo(http, false);
    var auth = auth(http);
    var fromEnv = auth.fromEnvironment(environment());
    if (fromEnv.isPresent()) return connection(fromEnv.get(), http);
    var stored = auth.find(profile());
    if (stored.isPresent()) return connection(stored.get(), http);
    if (profile != null && !profile.isBlank() && !"default".equals(profile)) {
      auth.open(profile); // throws: no Homey configured for that profile, run login --profile …
    }
    return demo(http, true);
  }

  /**
   * Whether {@link #connect()} would open the simulated Homey, decided without connecting: for commands that only
   * read local state, such as {@code tags}.
   */
  public boolean wouldUseDemo() throws IOException {
    if (demo) return true;
    var env = environment();
    if (!isBlank(env.get("HOMEY_ADDRESS")) && !isBlank(env.get("HOMEY_TOKEN"))) return false;
    return store().load(profile()).isEmpty();
  }

  /** Whose local state ({@code global.*}, tags, script ids) goes with a connection: the demo Homey's or the profile's. */
  public String stateProfile(boolean demo) {
    return demo ? "demo" : profile();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private Connection demo(OkHttpClient http, boolean explain) {
    var simulator = HomeySimulator.start();
    if (explain) {
      var err = err();
      err.println("homey-console: no Homey configured, using the built-in simulated Homey (demo). "
          + "Log in with `homey-console login`.");
      err.flush();
    }
    return new Connection(Connection.Kind.DEMO, null, simulator.baseUrl(), simulator.homeyId(),
        simulator.homeyName(), List.of("homey"), TokenSource.of(simulator.apiKey()), http, simulator);
  }

  private static Connection connection(HomeySession s, OkHttpClient http) {
    var kind = switch (s.kind()) {
      case CLOUD -> Connection.Kind.CLOUD;
      case LOCAL -> Connection.Kind.LOCAL;
      case ENVIRONMENT -> Connection.Kind.ENVIRONMENT;
    };
    return new Connection(kind, s.profile(), s.address(), s.homeyId(), s.homeyName(), s.scopes(), s.tokens(), http,
        null);
  }

  PrintWriter err() {
    return mixee != null ? mixee.commandLine().getErr() : new PrintWriter(System.err, true);
  }

  /** The environment variables commands read: the process's, unless a test replaced them. */
  public static Map<String, String> environment() {
    var override = environmentOverride;
    return override != null ? override : System.getenv();
  }

  /**
   * Replaces the environment that commands see until the returned handle is closed (for tests: point
   * {@code XDG_CONFIG_HOME} at a temporary folder, set {@code HOMEY_ADDRESS}/{@code HOMEY_TOKEN}, …).
   */
  public static EnvironmentOverride overrideEnvironment(Map<String, String> env) {
    var previous = environmentOverride;
    environmentOverride = Map.copyOf(env);
    return () -> environmentOverride = previous;
  }

  /** Undoes an {@link #overrideEnvironment} when closed. */
  public interface EnvironmentOverride extends AutoCloseable {
    @Override void close();
  }
}
