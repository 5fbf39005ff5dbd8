package dev.homeytoolkit.api;

import com.squareup.moshi.JsonDataException;
import dev.homeytoolkit.api.http.AuthInterceptor;
import dev.homeytoolkit.api.http.InFlightLimit;
import dev.homeytoolkit.api.http.QueryString;
import dev.homeytoolkit.api.http.RedactingLogger;
import dev.homeytoolkit.api.http.RetryInterceptor;
import dev.homeytoolkit.api.http.TokenRefreshInterceptor;
import dev.homeytoolkit.api.meta.In;
import dev.homeytoolkit.api.meta.Operation;
import dev.homeytoolkit.api.meta.Operations;
import dev.homeytoolkit.api.meta.Parameter;
import dev.homeytoolkit.api.model.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * A client for one Homey's Web API v3.
 *
 * <pre>{@code
 * try (var homey = HomeyClient.builder()
 *     .address("http://192.168.1.20")
 *     .tokenSource(TokenSource.of(apiKey))
 *     .build()) {
 *   Map<String, Device> devices = homey.execute(homey.devices().getDevices());      // blocking
 *   homey.future(homey.zones().getZones()).thenAccept(zones -> ...);               // asynchronous
 *   String json = homey.call("GET", "/manager/system/", null);                      // raw
 *   homey.invoke(Operations.find("devices", "getDevice").orElseThrow(), Map.of("id", id)); // by metadata
 * }
 * }</pre>
 *
 * <p>Every call goes through the same OkHttp pipeline: a cap on calls in flight to this Homey (so a burst of
 * thousands of calls is queued, not thrown at a small hub), bearer and {@code X-Homey-ID}, one token refresh on 401,
 * bounded retries of idempotent calls on passing failures (never of a POST), and optional redacted logging. Each
 * call has a time limit (10 s by default) that covers its retries but not its wait for a free slot.
 *
 * <p>Errors are {@link HomeyApiException}s (status, the Homey's code and description, method, path). Asynchronous
 * results complete on OkHttp's threads: hand work off rather than block there.
 */
public final class HomeyClient implements HomeyManagers, AutoCloseable {
  /**
   * The default cap on calls in flight, chosen by measurement (benchmarks/api-concurrency): with 10–20 ms of latency
   * it matches sending everything at once (which opened 400–800 connections in the same test), while a hub never
   * sees more than this.
   */
  public static final int DEFAULT_MAX_REQUESTS_IN_FLIGHT = 128;

  /** The default time limit of one call, as on the Homey itself. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final Duration PING_BACKOFF = Duration.ofSeconds(30);

  private final HttpUrl base;
  private final OkHttpClient http;
  private final OkHttpClient pingHttp;
  private final Retrofit retrofit;
  private final Duration timeout;
  private final int maxRequestsInFlight;
  private final boolean ownsExecutor;
  private final Map<Class<?>, Object> managers = new ConcurrentHashMap<>();
  private final Object pingLock = new Object();
  private volatile String homeyId;
  private volatile long nextPingNanos;

  private HomeyClient(Builder b) {
    this.base = b.base;
    this.homeyId = b.homeyId;
    this.timeout = b.timeout;
    this.maxRequestsInFlight = b.maxRequestsInFlight;

    var shared = b.okHttpClient;
    this.ownsExecutor = shared == null;
    var dispatcher = shared == null ? new Dispatcher() : new Dispatcher(shared.dispatcher().executorService());
    dispatcher.setMaxRequests(maxRequestsInFlight);
    dispatcher.setMaxRequestsPerHost(maxRequestsInFlight);
    var common = (shared == null ? new OkHttpClient() : shared).newBuilder()
        .dispatcher(dispatcher)
        // One limit for the whole call (connect, send, wait, read, retries), so that a per-call override through
        // Call.timeout() really lifts it: a read or write timeout of its own would still cut a long call at 10 s.
        .callTimeout(timeout)
        .connectTimeout(timeout)
        .readTimeout(Duration.ZERO)
        .writeTimeout(Duration.ZERO)
        // OkHttp would otherwise silently repeat some failed calls, POSTs included; RetryInterceptor decides.
        .retryOnConnectionFailure(false);
    if (shared == null) common.connectionPool(new ConnectionPool(maxRequestsInFlight, 5, TimeUnit.MINUTES));
    var retry = new RetryInterceptor(b.maxRetries, Duration.ofMillis(100), Duration.ofSeconds(2));
    var logger = b.logger == null ? null : new RedactingLogger(b.logger);

    var ping = common.build().newBuilder().addInterceptor(retry);
    if (logger != null) ping.addInterceptor(logger);
    this.pingHttp = ping.build();

    var main = common.build().newBuilder()
        .addInterceptor(new InFlightLimit(maxRequestsInFlight))
        .addInterceptor(new AuthInterceptor(b.tokenSource, this::knownHomeyId))
        .addInterceptor(new TokenRefreshInterceptor(b.tokenSource))
        .addInterceptor(retry);
    if (logger != null) main.addInterceptor(logger);
    this.http = main.build();

    this.retrofit = new Retrofit.Builder()
        .baseUrl(base)
        .client(http)
        .addConverterFactory(new Converters())
        .addConverterFactory(MoshiConverterFactory.create(Json.moshi()))
        .build();
  }

  /** A builder; {@link Builder#address} is the one required setting. */
  public static Builder builder() {
    return new Builder();
  }

  /** The Homey's base address, such as {@code http://192.168.1.20/}. */
  public String address() {
    return base.toString();
  }

  /** The cap on calls in flight to this Homey. */
  public int maxRequestsInFlight() {
    return maxRequestsInFlight;
  }

  /** The default time limit of each call. */
  public Duration timeout() {
    return timeout;
  }

  /** The OkHttp client with this Homey's pipeline, for calls this class does not cover. */
  public OkHttpClient okHttpClient() {
    return http;
  }

  /** The Retrofit behind {@link #manager}, for interfaces of your own. */
  public Retrofit retrofit() {
    return retrofit;
  }

  @Override @SuppressWarnings("unchecked")
  public <T> T manager(Class<T> type) {
    return (T) managers.computeIfAbsent(type, retrofit::create);
  }

  /**
   * The Homey's id: the one given to the builder, else the {@code X-Homey-ID} its ping answered with (asking once);
   * {@code null} when it cannot be learned.
   */
  public String homeyId() {
    var id = knownHomeyId();
    return id == null || id.isEmpty() ? null : id;
  }

  /**
   * Pings the Homey ({@code GET /api/manager/system/ping}, no token needed) and returns its id from the
   * {@code X-Homey-ID} header, or {@code null} if it sent none. A good first call to check an address.
   */
  public String ping() throws IOException {
    var url = resolve("/api/manager/system/ping");
    var request = new Request.Builder().url(url).get().build();
    try (var response = pingHttp.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw HomeyApiException.fromAnswer(response.code(), response.message(), "GET", url.encodedPath(),
            response.header("Content-Type"), response.body().string());
      }
      var id = response.header("X-Homey-ID");
      if (homeyId == null) homeyId = id == null ? "" : id;
      return id;
    } catch (HomeyApiException e) {
      throw e;
    } catch (IOException e) {
      throw connectionFailure("GET", url.encodedPath(), e);
    }
  }

  private String knownHomeyId() {
    var id = homeyId;
    if (id != null) return id;
    synchronized (pingLock) {
      if (homeyId != null) return homeyId;
      if (System.nanoTime() - nextPingNanos < 0) return null;
      try {
        ping();
      } catch (IOException e) {
        nextPingNanos = System.nanoTime() + PING_BACKOFF.toNanos();
        return null;
      }
      return homeyId;
    }
  }

  // ---------------------------------------------------------------------------------------------- Retrofit calls

  /**
   * Runs a call from a manager interface and returns its answer, or throws a {@link HomeyApiException} for an error
   * answer, a failed connection, a timeout or an answer of an unexpected shape (naming the field).
   */
  public <T> T execute(Call<T> call) throws IOException {
    var request = call.request();
    retrofit2.Response<T> response;
    try {
      response = call.execute();
    } catch (RuntimeException | IOException e) {
      throw failure(request, e);
    }
    return bodyOf(request, response);
  }

  /** {@link #execute} with this call's own time limit. */
  public <T> T execute(Call<T> call, Duration timeout) throws IOException {
    call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    return execute(call);
  }

  /**
   * Runs a call from a manager interface asynchronously, under the in-flight cap. The future fails with a
   * {@link HomeyApiException} as {@link #execute} would throw it; cancelling it cancels the call.
   */
  public <T> CompletableFuture<T> future(Call<T> call) {
    var request = call.request();
    var future = new CompletableFuture<T>();
    call.enqueue(new retrofit2.Callback<>() {
      @Override public void onResponse(Call<T> c, retrofit2.Response<T> response) {
        try {
          future.complete(bodyOf(request, response));
        } catch (IOException e) {
          future.completeExceptionally(e);
        }
      }

      @Override public void onFailure(Call<T> c, Throwable t) {
        future.completeExceptionally(failure(request, t));
      }
    });
    future.whenComplete((r, t) -> {
      if (future.isCancelled()) call.cancel();
    });
    return future;
  }

  /** {@link #future} with this call's own time limit. */
  public <T> CompletableFuture<T> future(Call<T> call, Duration timeout) {
    call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    return future(call);
  }

  private static <T> T bodyOf(Request request, retrofit2.Response<T> response) throws HomeyApiException {
    if (response.isSuccessful()) return response.body();
    String text;
    try (var error = response.errorBody()) {
      text = error == null ? "" : error.string();
    } catch (IOException e) {
      text = "";
    }
    throw HomeyApiException.fromAnswer(response.code(), response.message(), request.method(),
        request.url().encodedPath(), response.headers().get("Content-Type"), text);
  }

  private static IOException failure(Request request, Throwable t) {
    var path = request.url().encodedPath();
    return switch (t) {
      case HomeyApiException e -> e;
      case JsonDataException e -> new HomeyApiException(200, "unexpected_answer",
          "the answer did not have the expected shape: " + e.getMessage(), request.method(), path, e);
      case com.squareup.moshi.JsonEncodingException e -> new HomeyApiException(200, "invalid_json",
          "the answer was not valid JSON (" + e.getMessage() + ")", request.method(), path, e);
      case java.io.EOFException e -> new HomeyApiException(200, "invalid_json",
          "the answer ended in the middle of its JSON", request.method(), path, e);
      case IOException e -> connectionFailure(request.method(), path, e);
      default -> new HomeyApiException(0, "client_error", String.valueOf(t.getMessage()), request.method(), path, t);
    };
  }

  private static HomeyApiException connectionFailure(String method, String path, IOException e) {
    if (e instanceof HomeyApiException h) return h;
    var timedOut = e instanceof InterruptedIOException || "timeout".equals(e.getMessage());
    var what = timedOut ? "no answer in time" : "connection failed: " + e.getMessage();
    if (!timedOut && e.getMessage() != null && e.getMessage().equals("Canceled")) what = "canceled";
    var post = method.equals("POST") ? " (a POST is not repeated: the Homey may or may not have acted on it)" : "";
    return new HomeyApiException(0, timedOut ? "timeout" : "connection_failed", what + post, method, path, e);
  }

  // ---------------------------------------------------------------------------------------------- raw calls

  /**
   * Sends a request and returns the answer's JSON text untouched (empty when the answer has no body).
   *
   * @param method any HTTP method
   * @param path a path under the Homey's {@code /api}, such as {@code /manager/devices/device} (a leading
   *     {@code /api} is accepted too), optionally with a query string
   * @param jsonBody the JSON body, or {@code null} (POST, PUT and PATCH then send {@code {}})
   * @throws HomeyApiException for an error answer, a failed connection or a timeout
   */
  public String call(String method, String path, String jsonBody) throws IOException {
    return await(callAsync(method, path, jsonBody));
  }

  /** {@link #call(String, String, String)} with this call's own time limit, such as a long remote script run. */
  public String call(String method, String path, String jsonBody, Duration timeout) throws IOException {
    return await(callAsync(method, path, jsonBody, timeout));
  }

  /** {@link #call(String, String, String)}, asynchronously. */
  public CompletableFuture<String> callAsync(String method, String path, String jsonBody) {
    return callAsync(method, path, jsonBody, null);
  }

  /** {@link #callAsync(String, String, String)} with this call's own time limit ({@code null}: the default). */
  public CompletableFuture<String> callAsync(String method, String path, String jsonBody, Duration timeout) {
    Request request;
    try {
      request = rawRequest(method, path, jsonBody);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    return send(request, timeout);
  }

  Request rawRequest(String method, String path, String jsonBody) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (path.contains("://")) {
      throw new IllegalArgumentException("give a path such as /manager/devices/device, not a URL: " + path);
    }
    var m = method.toUpperCase(Locale.ROOT);
    var p = path.startsWith("/") ? path : "/" + path;
    if (!p.startsWith("/api/") && !p.equals("/api")) p = "/api" + p;
    var url = resolve(p);
    return new Request.Builder().url(url).method(m, body(m, jsonBody)).build();
  }

  private HttpUrl resolve(String pathAndQuery) {
    var root = base.toString();
    if (root.endsWith("/")) root = root.substring(0, root.length() - 1);
    var url = HttpUrl.parse(root + pathAndQuery);
    if (url == null) throw new IllegalArgumentException("not a usable path: " + pathAndQuery);
    return url;
  }

  private static RequestBody body(String method, String json) {
    var needs = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    if (json == null) return needs ? RequestBody.create("{}", Converters.JSON) : null;
    return RequestBody.create(json, Converters.JSON);
  }

  private CompletableFuture<String> send(Request request, Duration timeout) {
    var call = http.newCall(request);
    if (timeout != null) call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    var future = new CompletableFuture<String>();
    call.enqueue(new Callback() {
      @Override public void onResponse(okhttp3.Call c, Response response) {
        try (response) {
          var text = response.body().string();
          if (response.isSuccessful()) {
            future.complete(text);
          } else {
            future.completeExceptionally(HomeyApiException.fromAnswer(response.code(), response.message(),
                request.method(), request.url().encodedPath(), response.header("Content-Type"), text));
          }
        } catch (IOException e) {
          future.completeExceptionally(connectionFailure(request.method(), request.url().encodedPath(), e));
        }
      }

      @Override public void onFailure(okhttp3.Call c, IOException e) {
        future.completeExceptionally(connectionFailure(request.method(), request.url().encodedPath(), e));
      }
    });
    future.whenComplete((r, t) -> {
      if (future.isCancelled()) call.cancel();
    });
    return future;
  }

  private static <T> T await(CompletableFuture<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the Homey");
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException re -> throw re;
        case Error err -> throw err;
        default -> throw new IOException(e.getCause());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- by metadata

  /**
   * Calls an operation by its metadata with the arguments a script would pass in its options object
   * ({@code {id: "…"}}, {@code {deviceId, capabilityId, value}}), and returns the answer's JSON text untouched
   * (empty when the answer has no body).
   *
   * <p>Arguments are checked as the Homey checks them, before any request: a missing required one, or one of the wrong
   * type, fails the future with a {@link HomeyApiException} (status 400, code {@code invalid_parameter},
   * description {@code Missing Parameter: id} or {@code Invalid Parameter Type: id. Got: number. Expected: string}).
   * An argument that is {@code null} counts as missing; arguments the operation does not know are ignored. Path
   * values keep their colons readable ({@code homey:manager:logic}); query arrays and objects go jQuery-style; a
   * {@code root} body argument is the whole body, other body arguments become one object.
   *
   * @param args values as Java sees JSON: String, Number, Boolean, Map, List (or array), or records
   */
  public CompletableFuture<String> invoke(Operation operation, Map<String, ?> args) {
    return invoke(operation, args, null);
  }

  /**
   * {@link #invoke(Operation, Map)} by names, as a script writes it: {@code invoke("devices", "getDevice", Map.of("id",
   * id))}. An unknown manager or operation fails the future with an {@link IllegalArgumentException} naming it.
   */
  public CompletableFuture<String> invoke(String manager, String operation, Map<String, ?> args) {
    return invoke(manager, operation, args, null);
  }

  /** {@link #invoke(String, String, Map)} with this call's own time limit ({@code null}: the default). */
  public CompletableFuture<String> invoke(String manager, String operation, Map<String, ?> args, Duration timeout) {
    var op = Operations.find(manager, operation);
    if (op.isEmpty()) {
      var known = Operations.manager(manager).isEmpty()
          ? "no manager \"" + manager + "\" (managers: " + String.join(", ", Operations.managers()) + ")"
          : "no operation \"" + operation + "\" in " + manager + " (operations: " + String.join(", ",
              Operations.manager(manager).stream().map(Operation::name).toList()) + ")";
      return CompletableFuture.failedFuture(new IllegalArgumentException("Homey Web API v3 has " + known));
    }
    return invoke(op.get(), args, timeout);
  }

  /** {@link #invoke(Operation, Map)} with this call's own time limit ({@code null}: the default). */
  public CompletableFuture<String> invoke(Operation operation, Map<String, ?> args, Duration timeout) {
    Request request;
    try {
      request = request(operation, args);
    } catch (HomeyApiException e) {
      return CompletableFuture.failedFuture(e);
    }
    return send(request, timeout);
  }

  /** Builds (without sending) the request {@link #invoke} would send; throws as its future would fail. */
  public Request request(Operation operation, Map<String, ?> args) throws HomeyApiException {
    var values = args == null ? Map.<String, Object>of() : args;
    for (var p : operation.parameters()) {
      var v = values.get(p.name());
      if (v == null) {
        if (p.required()) {
          throw HomeyApiException.invalidParameter("Missing Parameter: " + p.name(), operation.method(),
              operation.httpPath());
        }
      } else if (!p.accepts(v)) {
        throw HomeyApiException.invalidParameter("Invalid Parameter Type: " + p.name() + ". Got: "
            + Parameter.typeOf(v) + ". Expected: " + p.type(), operation.method(), operation.httpPath());
      }
    }
    var url = base.newBuilder().encodedPath("/");
    var basePath = base.encodedPath();
    for (var segment : basePath.split("/")) if (!segment.isEmpty()) url.addEncodedPathSegment(segment);
    url.addPathSegments("api/manager/" + operation.managerId());
    var template = operation.path();
    if (template.equals("/")) {
      url.addPathSegment("");
    } else {
      for (var segment : template.substring(1).split("/", -1)) {
        if (segment.startsWith(":")) {
          var v = values.get(segment.substring(1));
          url.addPathSegment(v instanceof Number n ? Json.number(n) : String.valueOf(v));
        } else {
          url.addPathSegment(segment);
        }
      }
    }
    Object body = null;
    Map<String, Object> fields = null;
    for (var p : operation.parameters()) {
      var v = values.get(p.name());
      if (v == null) continue;
      if (p.in() == In.QUERY) {
        for (var pair : QueryString.pairs(p.name(), v)) url.addQueryParameter(pair.getKey(), pair.getValue());
      } else if (p.in() == In.BODY) {
        if (p.root()) {
          body = v;
        } else {
          if (fields == null) fields = new LinkedHashMap<>();
          fields.put(p.name(), v);
        }
      }
    }
    if (body == null && fields != null) body = fields;
    var json = body == null ? null : Json.write(body);
    return new Request.Builder().url(url.build()).method(operation.method(), body(operation.method(), json)).build();
  }

  // ---------------------------------------------------------------------------------------------- lifecycle

  /**
   * Cancels calls still queued or running and lets idle connections go. A client built on a shared
   * {@link OkHttpClient} leaves that client's threads and connections alone.
   */
  @Override public void close() {
    http.dispatcher().cancelAll();
    if (ownsExecutor) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override public String toString() {
    return "HomeyClient(" + base + ")";
  }

  /** Settings of a {@link HomeyClient}. */
  public static final class Builder {
    private HttpUrl base;
    private String homeyId;
    private TokenSource tokenSource;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int maxRequestsInFlight = DEFAULT_MAX_REQUESTS_IN_FLIGHT;
    private int maxRetries = 3;
    private OkHttpClient okHttpClient;
    private Consumer<String> logger;

    private Builder() {}

    /**
     * The Homey's address: {@code http://192.168.1.20}, {@code https://192-168-1-20.homey.homeylocal.com},
     * {@code https://<homeyId>.connect.athom.com}. A bare host gets {@code http://}.
     */
    public Builder address(String address) {
      Objects.requireNonNull(address, "address");
      var text = address.strip();
      if (!text.contains("://")) text = "http://" + text;
      var url = HttpUrl.parse(text);
      if (url == null) {
        throw new IllegalArgumentException("not a Homey address: \"" + address
            + "\" (give one such as http://192.168.1.20 or https://<homeyId>.connect.athom.com)");
      }
      if (!url.encodedPath().endsWith("/")) url = url.newBuilder().addPathSegment("").build();
      this.base = url.newBuilder().query(null).fragment(null).build();
      return this;
    }

    /** The Homey's id, sent as {@code X-Homey-ID}; when not given it is learned from the first ping. */
    public Builder homeyId(String homeyId) {
      this.homeyId = homeyId;
      return this;
    }

    /** Where bearer tokens come from; without one, calls carry none (only ping works then). */
    public Builder tokenSource(TokenSource tokenSource) {
      this.tokenSource = tokenSource;
      return this;
    }

    /** The time limit of each call, retries included (default 10 s); single calls may override it. */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
      this.timeout = timeout;
      return this;
    }

    /** The cap on calls in flight to this Homey (default {@value #DEFAULT_MAX_REQUESTS_IN_FLIGHT}). */
    public Builder maxRequestsInFlight(int max) {
      if (max < 1) throw new IllegalArgumentException("maxRequestsInFlight must be 1 or more, not " + max);
      this.maxRequestsInFlight = max;
      return this;
    }

    /** How often an idempotent call is repeated after a passing failure (default 3; 0 turns retrying off). */
    public Builder maxRetries(int retries) {
      if (retries < 0) throw new IllegalArgumentException("maxRetries must be 0 or more, not " + retries);
      this.maxRetries = retries;
      return this;
    }

    /**
     * An OkHttp client to share threads and connections with (several Homeys, the Athom cloud). This Homey still
     * gets its own cap on calls in flight.
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = client;
      return this;
    }

    /** Where to write a line per request and answer, secrets blanked ({@link RedactingLogger}). */
    public Builder logger(Consumer<String> logger) {
      this.logger = logger;
      return this;
    }

    /** A client with these settings; throws if no address was given. */
    public HomeyClient build() {
      if (base == null) throw new IllegalStateException("set the Homey's address first: builder().address(…)");
      return new HomeyClient(this);
    }
  }
}
