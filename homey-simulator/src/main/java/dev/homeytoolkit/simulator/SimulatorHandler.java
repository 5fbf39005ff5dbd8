package dev.homeytoolkit.simulator;

import dev.homeytoolkit.simulator.cloud.CloudRoutes;
import dev.homeytoolkit.simulator.faults.Fault;
import dev.homeytoolkit.simulator.faults.Faults;
import dev.homeytoolkit.simulator.http.Exchange;
import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.http.Reply;
import dev.homeytoolkit.simulator.routes.Context;
import dev.homeytoolkit.simulator.routes.HomeyApi;
import dev.homeytoolkit.simulator.scripts.ScriptRoutes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The one Jetty handler: hands each request to a virtual thread (so 500 concurrent calls and injected latency
 * cost no platform threads), applies faults, dispatches to the Homey API, HomeyScript or cloud routes, and writes
 * the {@link Reply} with the {@code X-Homey-ID} and {@code X-Homey-Version} headers every answer carries.
 */
final class SimulatorHandler extends Handler.Abstract {
  private final Context context;
  private final HomeyApi homeyApi;
  private final CloudRoutes cloud;
  private final ScriptRoutes scripts;
  private final Faults faults;
  private final RequestLog log;
  private final AtomicReference<Duration> latency;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  SimulatorHandler(Context context, Faults faults, RequestLog log, AtomicReference<Duration> latency) {
    super(InvocationType.NON_BLOCKING);
    this.context = context;
    this.homeyApi = new HomeyApi(context);
    this.cloud = new CloudRoutes(context);
    this.scripts = new ScriptRoutes(context);
    this.faults = faults;
    this.log = log;
    this.latency = latency;
  }

  @Override public boolean handle(Request request, Response response, Callback callback) {
    executor.execute(() -> {
      try {
        serve(request, response, callback);
      } catch (Throwable t) {
        callback.failed(t);
      }
    });
    return true;
  }

  @Override protected void doStop() throws Exception {
    executor.shutdownNow();
    super.doStop();
  }

  private void serve(Request request, Response response, Callback callback) throws Exception {
    var uri = request.getHttpURI();
    var headers = new LinkedHashMap<String, List<String>>();
    for (var field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
    }
    var body = Content.Source.asString(request, StandardCharsets.UTF_8);
    var exchange = new Exchange(request.getMethod(), uri.getPath(), uri.getQuery(), headers, body);

    var applied = faults.take(exchange.method(), exchange.path());
    var delay = latency.get();
    for (var f : applied) if (f instanceof Fault.Latency l) delay = delay.plus(l.delay());
    if (!delay.isZero()) Thread.sleep(delay);

    Reply reply = null;
    for (var f : applied) {
      if (f instanceof Fault.DropConnection) {
        record(exchange, 0);
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new IOException("connection dropped by a simulated fault"));
        return;
      }
      if (reply != null) continue;
      reply = switch (f) {
        case Fault.ErrorStatus e -> e.body() == null
            ? Reply.error(e.status(), "simulated_fault", "Simulated fault: HTTP " + e.status())
            : Reply.text(e.status(), e.body().trim().startsWith("{") || e.body().trim().startsWith("[")
                ? "application/json; charset=utf-8" : "text/html; charset=utf-8", e.body());
        case Fault.TooManyRequests t -> Reply.error(429, "too_many_requests",
            "Too Many Requests: retry after " + seconds(t.retryAfter()) + " s")
            .withHeader("Retry-After", String.valueOf(seconds(t.retryAfter())));
        default -> null;
      };
    }
    if (reply == null) reply = dispatch(exchange);
    Duration slow = null;
    for (var f : applied) {
      switch (f) {
        case Fault.TruncatedJson t -> reply = reply.withBody(Arrays.copyOf(reply.body(), reply.body().length / 2));
        case Fault.MalformedJson m -> reply = reply.withBody(malformed(reply.body()));
        case Fault.SlowBody s -> slow = s.total();
        default -> { }
      }
    }
    record(exchange, reply.status());
    write(reply, response, callback, slow);
  }

  private Reply dispatch(Exchange ex) {
    try {
      var path = ex.path();
      if (path.startsWith("/api/manager/")) return homeyApi.handle(ex);
      if (path.equals(ScriptRoutes.PREFIX) || path.startsWith(ScriptRoutes.PREFIX + "/")) return scripts.handle(ex);
      if (CloudRoutes.owns(path)) return cloud.handle(ex);
      return Reply.error(404, "not_found", "Not Found: " + ex.method() + " " + path);
    } catch (HomeyException e) {
      return e.reply();
    } catch (RuntimeException e) {
      return Reply.error(500, "internal_error", "The simulator failed on " + ex.method() + " " + ex.path() + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
  }

  private void write(Reply reply, Response response, Callback callback, Duration slow) throws Exception {
    response.setStatus(reply.status());
    var h = response.getHeaders();
    h.put("X-Homey-ID", context.homeyId());
    h.put("X-Homey-Version", context.homeyVersion());
    h.put(HttpHeader.CONTENT_TYPE, reply.contentType());
    for (Map.Entry<String, String> e : reply.headers()) h.add(e.getKey(), e.getValue());
    var body = reply.body();
    h.put(HttpHeader.CONTENT_LENGTH, String.valueOf(body.length));
    if (slow == null || body.length == 0) {
      response.write(true, ByteBuffer.wrap(body), callback);
      return;
    }
    int pieces = Math.min(10, body.length);
    var pause = slow.dividedBy(pieces);
    int size = (body.length + pieces - 1) / pieces;
    for (int off = 0; off < body.length; off += size) {
      var last = off + size >= body.length;
      var chunk = ByteBuffer.wrap(body, off, Math.min(size, body.length - off));
      if (off > 0) Thread.sleep(pause);
      if (last) {
        response.write(true, chunk, callback);
      } else {
        var done = new Callback.Completable();
        response.write(false, chunk, done);
        done.get();
      }
    }
  }

  private void record(Exchange exchange, int status) {
    log.add(new RecordedRequest(exchange.method(), exchange.path(), status, context.tokens().now()));
  }

  private static long seconds(Duration d) {
    return Math.max(0, (d.toMillis() + 999) / 1000);
  }

  /** The body with its first ':' turned into ';' (or a stray brace added): still looks like JSON, is not. */
  private static byte[] malformed(byte[] body) {
    var text = new String(body, StandardCharsets.UTF_8);
    var colon = text.indexOf(':');
    text = colon >= 0 ? text.substring(0, colon) + ";" + text.substring(colon + 1) : "{" + text + ",}";
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
