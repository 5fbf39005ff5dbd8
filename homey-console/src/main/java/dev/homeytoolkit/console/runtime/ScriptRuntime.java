package dev.homeytoolkit.console.runtime;

import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.console.runtime.store.StateStore;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.graalvm.polyglot.Engine;

/**
 * Runs HomeyScripts as the hub does: each in a fresh sandboxed GraalJS context with the HomeyScript globals, inside an
 * async wrapper, on its own event loop, under a time limit that also stops busy loops. One runtime shares one engine
 * (and one HTTP client) across all its runs, so a batch pays the start-up cost once.
 *
 * <pre>{@code
 * try (var runtime = ScriptRuntime.builder().homey(client).out(System.out).err(System.err).build()) {
 *   ScriptResult result = runtime.run(Script.of("count.js", "return Object.keys(await Homey.devices.getDevices()).length"));
 *   System.out.println(result.toJson());   // {"success":true,"returns":48}
 * }
 * }</pre>
 *
 * <p>Thread-safe: runs may happen on several threads at once, each on its own context. A {@link Session} keeps one
 * context alive for the REPL.
 */
public final class ScriptRuntime implements AutoCloseable {
  /** The hub documents a 30 s limit (and does not enforce it on busy loops; we do). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private static final class SharedEngine {
    static final Engine ENGINE = Sandbox.newEngine();
  }

  private final HomeyBackend homey;
  private final StateStore state;
  private final AthomHosts athomHosts;
  private final Consumer<String> out;
  private final Consumer<String> err;
  private final Duration defaultTimeout;
  private final boolean footers;
  private final OkHttpClient httpClient;
  private final boolean ownsHttpClient;
  private final ScheduledExecutorService scheduler;

  private ScriptRuntime(Builder b) {
    this.homey = b.homey;
    this.state = b.state != null ? b.state : StateStore.forProfile(StateStore.defaultConfigDir(), "default");
    this.athomHosts = b.athomHosts != null ? AthomHosts.to(b.athomHosts) : AthomHosts.none();
    this.out = b.out;
    this.err = b.err;
    this.defaultTimeout = b.defaultTimeout;
    this.footers = b.footers;
    this.ownsHttpClient = b.httpClient == null;
    var base = b.httpClient != null ? b.httpClient : new OkHttpClient();
    var dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(256);
    dispatcher.setMaxRequestsPerHost(64);
    this.httpClient = base.newBuilder()
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .dispatcher(b.httpClient != null ? base.dispatcher() : dispatcher)
        .build();
    this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      var t = new Thread(r, "homey-script-timers");
      t.setDaemon(true);
      return t;
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts loading the JS engine and the Homey operation catalogue on background threads, so a command can connect
   * to its Homey meanwhile: call it first thing. Harmless when called again or when nothing runs after it.
   */
  public static void prewarm() {
    if (prewarmed) return;
    prewarmed = true;
    Thread.ofPlatform().daemon().name("homey-js-prewarm").start(() -> {
      try (var context = Sandbox.newContext(SharedEngine.ENGINE)) {
        context.eval("js", "[].map(x => x); JSON.parse('{}'); Promise.resolve(1)");
        for (var source : Prelude.sources()) context.parse(source);
        StartupTrace.mark("prewarm done");
      } catch (RuntimeException ignored) {
        // only a head start: a real run reports real problems
      }
    });
    Thread.ofPlatform().daemon().name("homey-catalogue-prewarm").start(() -> {
      try {
        Catalogue.managersJson();
      } catch (RuntimeException ignored) {
        // as above
      }
    });
  }

  private static volatile boolean prewarmed;

  /**
   * Runs one script to its end: its promise settled and nothing pending, or its time limit. Prints the script's output
   * and the HomeyScript footer to this runtime's streams as it goes, records the run's time for
   * {@code __last_executed__}, and never throws for anything the script does.
   */
  public ScriptResult run(Script script) {
    Objects.requireNonNull(script, "script");
    var output = new Output(out, err);
    var previous = state.recordRun(script.id(), Instant.now()).orElse(null);
    var info = new ScriptContext.RunInfo(script.fileName(), script.id(), script.args(), previous);
    var limit = script.timeout() != null ? script.timeout() : defaultTimeout;
    return new ScriptRun(this, script, output, info, limit).run();
  }

  /** A long-lived context for the REPL: declarations live on from one entry to the next. Close it when done. */
  public Session newSession() {
    return new Session(this, new Output(out, err), "repl");
  }

  Engine engine() {
    return SharedEngine.ENGINE;
  }

  HomeyBackend homey() {
    return homey;
  }

  StateStore state() {
    return state;
  }

  AthomHosts athomHosts() {
    return athomHosts;
  }

  OkHttpClient httpClient() {
    return httpClient;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  boolean footers() {
    return footers;
  }

  /** Stops the timer thread and, when this runtime made it, the HTTP client's threads. The shared engine stays. */
  @Override public void close() {
    scheduler.shutdownNow();
    if (ownsHttpClient) {
      httpClient.dispatcher().executorService().shutdown();
      httpClient.connectionPool().evictAll();
    }
  }

  public static final class Builder {
    private HomeyBackend homey;
    private StateStore state;
    private String athomHosts;
    private Consumer<String> out;
    private Consumer<String> err;
    private Duration defaultTimeout = DEFAULT_TIMEOUT;
    private boolean footers = true;
    private OkHttpClient httpClient;

    private Builder() {}

    /** The Homey that {@code Homey.*} talks to (none: its calls reject with a clear message). */
    public Builder homey(HomeyClient client) {
      return homey(client, null);
    }

    /** As {@link #homey(HomeyClient)}, with the Homey's name for {@code Homey.name}. */
    public Builder homey(HomeyClient client, String homeyName) {
      this.homey = client == null ? null : new ClientBackend(client, homeyName);
      return this;
    }

    Builder homeyBackend(HomeyBackend backend) {
      this.homey = backend;
      return this;
    }

    /** Where {@code global.*}, tags and last-run times live (default: the "default" profile's folder). */
    public Builder state(StateStore state) {
      this.state = state;
      return this;
    }

    /** Send requests for the Athom cloud hosts to this base URL instead (the simulator's, in demo mode). */
    public Builder athomHosts(String baseUrl) {
      this.athomHosts = baseUrl;
      return this;
    }

    /** Where scripts' {@code console.log}, {@code log} and the ✅ footer go as they run (none: only captured). */
    public Builder out(PrintStream out) {
      this.out = sink(out);
      return this;
    }

    /** As {@link #out(PrintStream)}, for a picocli command's writer. */
    public Builder out(PrintWriter out) {
      this.out = sink(out);
      return this;
    }

    /** Where {@code console.error} and the ❌ footer go as they run (none: only captured). */
    public Builder err(PrintStream err) {
      this.err = sink(err);
      return this;
    }

    /** As {@link #err(PrintStream)}, for a picocli command's writer. */
    public Builder err(PrintWriter err) {
      this.err = sink(err);
      return this;
    }

    private static Consumer<String> sink(PrintStream stream) {
      return stream == null ? null : text -> {
        stream.print(text);
        stream.flush();
      };
    }

    private static Consumer<String> sink(PrintWriter writer) {
      return writer == null ? null : text -> {
        writer.print(text);
        writer.flush();
      };
    }

    /** The time limit of a script that does not set its own; default 30 s. */
    public Builder defaultTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, got " + timeout);
      }
      this.defaultTimeout = timeout;
      return this;
    }

    /** Whether runs end with HomeyScript's ✅/❌ footer lines (default true). */
    public Builder footers(boolean footers) {
      this.footers = footers;
      return this;
    }

    /** Share an OkHttp client (its pool and dispatcher) for {@code fetch}; redirects are never followed by it. */
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = client;
      return this;
    }

    public ScriptRuntime build() {
      return new ScriptRuntime(this);
    }
  }
}
