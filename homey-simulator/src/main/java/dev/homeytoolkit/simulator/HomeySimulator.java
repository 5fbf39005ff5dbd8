package dev.homeytoolkit.simulator;

import dev.homeytoolkit.simulator.auth.Token;
import dev.homeytoolkit.simulator.auth.Tokens;
import dev.homeytoolkit.simulator.cloud.Delegation;
import dev.homeytoolkit.simulator.faults.Faults;
import dev.homeytoolkit.simulator.routes.Context;
import dev.homeytoolkit.simulator.store.Home;
import dev.homeytoolkit.simulator.store.HomeSeed;
import dev.homeytoolkit.simulator.store.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A simulated Homey Pro (2023) and Athom cloud on one local port: the Web API v3 (every catalogue operation),
 * the cloud login of accounts.athom.com and api.athom.com, and HomeyScript's app API, over a believable seeded
 * home that changes as you use it.
 *
 * <pre>{@code
 * try (var sim = HomeySimulator.start()) {
 *   var url = sim.baseUrl() + "/api/manager/devices/device";   // Authorization: Bearer sim.apiKey()
 *   sim.faults().add(Fault.tooManyRequests("GET /api/manager/devices/**", Duration.ofSeconds(1)).times(1));
 * }
 * }</pre>
 */
public final class HomeySimulator implements AutoCloseable {
  /** The Homey software version the simulator claims ({@code X-Homey-Version}). */
  public static final String HOMEY_VERSION = "12.4.0";

  static {
    // Jetty logs through SLF4J; without a provider SLF4J prints a three-line warning on every start. Quiet it
    // unless the application chose otherwise (a real provider on the class path still logs normally).
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  private final Config config;
  private final Home home;
  private final Tokens tokens;
  private final Context context;
  private final Faults faults = new Faults();
  private final RequestLog requests = new RequestLog();
  private final AtomicReference<Duration> latency;
  private final AtomicReference<String> otp = new AtomicReference<>();
  private final AtomicReference<ScriptExecutor> executor = new AtomicReference<>();
  private final DemoAccount account;
  private final String apiKey;
  private volatile Server server;
  private volatile String baseUrl;

  private HomeySimulator(Config b) {
    this.config = b;
    this.latency = new AtomicReference<>(b.latency());
    this.tokens = new Tokens(b.clock());
    this.home = HomeSeed.build(b.seed(), b.devices(), b.referenceTime() != null ? b.referenceTime() : b.clock().instant(),
        b.homeyName(), b.clock());
    long seed = b.seed();
    this.account = new DemoAccount("demo@example.com", "demo-" + Ids.hex(seed, "password", 12),
        Ids.hex(seed, "client-id", 24), Ids.hex(seed, "client-secret", 40));
    this.apiKey = Ids.uuid(seed, "pat:id") + ":" + Ids.uuid(seed, "pat:owner") + ":" + Ids.hex(seed, "pat:secret", 40);
    tokens.register(apiKey, Token.Kind.API_KEY, "Demo key", List.of("homey"), null, "owner", null);
    this.context = new Context(home, tokens, new Delegation(tokens, home.homeyId()), account, HOMEY_VERSION,
        b.tokenLifetime(), () -> baseUrl, otp, executor);
  }

  /** Starts a simulator with the defaults: ephemeral port on 127.0.0.1, seed 1, 48 devices. */
  public static HomeySimulator start() {
    return builder().build().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Binds the port and serves; returns this. */
  private HomeySimulator serve() {
    var pool = new QueuedThreadPool(64, 4);
    pool.setName("homey-simulator");
    pool.setDaemon(true);
    var server = new Server(pool);
    var http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    var connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setAcceptQueueSize(1024);
    server.addConnector(connector);
    server.setHandler(new SimulatorHandler(context, faults, requests, latency));
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception ignored) {
        // already failing
      }
      throw new IllegalStateException("Could not start the simulator on " + config.host() + ":" + config.port()
          + ": " + e.getMessage() + (config.port() != 0 ? " (is the port in use? try --port 0)" : ""), e);
    }
    this.server = server;
    this.baseUrl = "http://" + config.host() + ":" + connector.getLocalPort();
    return this;
  }

  /** {@code http://127.0.0.1:PORT}, no trailing slash. */
  public String baseUrl() {
    requireStarted();
    return baseUrl;
  }

  public int port() {
    requireStarted();
    return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
  }

  /** The Homey's id (24 hex characters), stable for a seed. */
  public String homeyId() {
    return home.homeyId();
  }

  public String homeyName() {
    return home.name();
  }

  /** The full-scope ({@code homey}) demo API key, stable for a seed. */
  public String apiKey() {
    return apiKey;
  }

  /** A new API key with these scopes (for 403 tests); it never expires. */
  public String createApiKey(String name, List<String> scopes) {
    return tokens.issue(Token.Kind.API_KEY, name, scopes, null, "owner", null).value();
  }

  /** The demo Athom account and API project. */
  public DemoAccount account() {
    return account;
  }

  /** From now on the account login needs this {@code otptoken}; null turns 2FA off again. */
  public void requireTwoFactor(String otp) {
    this.otp.set(otp);
  }

  /** Every refresh token issued so far stops working. */
  public void revokeRefreshTokens() {
    tokens.revokeRefreshTokens();
  }

  /** Every access, session and user token (and delegation JWT) issued so far is expired now; API keys are not. */
  public void expireTokens() {
    tokens.expireAll();
  }

  /** Fault injection, off until you add a fault. */
  public Faults faults() {
    return faults;
  }

  /** Latency added to every answer (for benchmarks); {@link Duration#ZERO} turns it off. */
  public void latency(Duration latency) {
    if (latency == null || latency.isNegative()) throw new IllegalArgumentException("latency must be >= 0");
    this.latency.set(latency);
  }

  /** Attaches the runtime that runs HomeyScript code for {@code POST …/script/:id/run}; null detaches it. */
  public void scriptExecutor(ScriptExecutor executor) {
    this.executor.set(executor);
  }

  /** Ids of the flows and advanced flows triggered so far, in order. */
  public List<String> flowTriggers() {
    return home.flowTriggers();
  }

  /** The requests seen so far. */
  public RequestLog requests() {
    return requests;
  }

  /** Stops serving; idempotent. */
  @Override public synchronized void close() {
    var s = server;
    if (s == null) return;
    try {
      s.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop the simulator: " + e.getMessage(), e);
    }
  }

  private void requireStarted() {
    if (baseUrl == null) throw new IllegalStateException("Call start() first");
  }

  /** Options for a simulator; {@link #build()} then {@link HomeySimulator#start()}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private int devices = 48;
    private long seed = 1;
    private Duration tokenLifetime = Duration.ofHours(1);
    private Duration latency = Duration.ZERO;
    private String homeyName = "Demo Homey";
    private Instant referenceTime;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
      this.port = port;
      return this;
    }

    /** The address to listen on; 127.0.0.1 by default. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** How many devices the home has (default 48, the hand-made layout; more repeat it with numbered names). */
    public Builder devices(int devices) {
      if (devices < 0 || devices > 100_000) throw new IllegalArgumentException("devices must be 0..100000, got " + devices);
      this.devices = devices;
      return this;
    }

    /** The seed: the same seed gives the same home, ids, demo key and demo account. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How long session, access and user tokens live (default one hour). */
    public Builder tokenLifetime(Duration lifetime) {
      if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("tokenLifetime must be positive");
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /** Latency added to every answer (a global shortcut for benchmarks). */
    public Builder latency(Duration latency) {
      if (latency == null || latency.isNegative()) throw new IllegalArgumentException("latency must be >= 0");
      this.latency = latency;
      return this;
    }

    public Builder homeyName(String name) {
      this.homeyName = name;
      return this;
    }

    /** The instant the home's timestamps count back from (default: now). Fix it to compare two homes. */
    public Builder referenceTime(Instant referenceTime) {
      this.referenceTime = referenceTime;
      return this;
    }

    /** The clock for token expiry and new timestamps (default: the system clock). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The options as they are now; {@link Config#start()} starts a simulator with them. */
    public Config build() {
      return new Config(host, port, devices, seed, tokenLifetime, latency, homeyName, referenceTime, clock);
    }

    /** Shortcut for {@code build().start()}. */
    public HomeySimulator start() {
      return build().start();
    }
  }

  /** Built options; each {@link #start()} gives a new, independent simulator. */
  public record Config(String host, int port, int devices, long seed, Duration tokenLifetime, Duration latency,
      String homeyName, Instant referenceTime, Clock clock) {

    /** Builds the home, binds the port and serves. */
    public HomeySimulator start() {
      return new HomeySimulator(this).serve();
    }
  }
}
