package dev.homeytoolkit.api.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okio.Buffer;

/**
 * Logs each HTTP call (request line, headers, body; status, headers, body and time) with every secret blanked by
 * {@link Redaction}: safe to turn on in front of users and to paste into an issue. Works on any
 * {@link okhttp3.OkHttpClient}, the Athom cloud's as well as a Homey's:
 *
 * <pre>{@code
 * var client = new OkHttpClient.Builder().addInterceptor(new RedactingLogger(System.err::println)).build();
 * }</pre>
 *
 * <p>Only JSON and form bodies are shown (redacted, up to {@code maxBodyChars}); other bodies, HTML pages included
 * (they may hold CSRF tokens), are only measured.
 */
public final class RedactingLogger implements Interceptor {
  private final Consumer<String> sink;
  private final boolean bodies;
  private final int maxBodyChars;

  /** Logs headers and bodies, bodies cut at 4000 characters. */
  public RedactingLogger(Consumer<String> sink) {
    this(sink, true, 4000);
  }

  /**
   * A logger with a choice of detail.
   *
   * @param sink where each line goes
   * @param bodies whether to show bodies at all
   * @param maxBodyChars where to cut a body
   */
  public RedactingLogger(Consumer<String> sink, boolean bodies, int maxBodyChars) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.bodies = bodies;
    this.maxBodyChars = maxBodyChars;
  }

  @Override public Response intercept(Chain chain) throws IOException {
    var request = chain.request();
    sink.accept("--> " + request.method() + " " + Redaction.url(request.url()));
    headers(request.headers());
    var body = request.body();
    if (bodies && body != null) {
      if (body.isOneShot() || body.isDuplex()) {
        sink.accept("(one-shot body not shown)");
      } else {
        var buffer = new Buffer();
        body.writeTo(buffer);
        show(body.contentType(), buffer.readString(StandardCharsets.UTF_8), buffer.size());
      }
    }
    var start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      sink.accept("<-- FAILED " + request.method() + " " + Redaction.url(request.url()) + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + Redaction.query(e.getMessage())));
      throw e;
    }
    var ms = (System.nanoTime() - start) / 1_000_000;
    sink.accept("<-- " + response.code() + (response.message().isEmpty() ? "" : " " + response.message()) + " "
        + request.method() + " " + Redaction.url(request.url()) + " (" + ms + " ms)");
    headers(response.headers());
    if (bodies) {
      var peeked = response.peekBody(Math.max(maxBodyChars, 1) * 4L);
      var type = peeked.contentType();
      var text = peeked.string();
      show(type, text, text.length());
    }
    return response;
  }

  private void headers(Headers headers) {
    for (var i = 0; i < headers.size(); i++) {
      sink.accept(headers.name(i) + ": " + Redaction.header(headers.name(i), headers.value(i)));
    }
  }

  private void show(MediaType type, String text, long size) {
    if (text.isEmpty()) return;
    var subtype = type == null ? "" : type.subtype().toLowerCase(Locale.ROOT);
    var trimmed = text.strip();
    String shown;
    if (subtype.contains("json") || (type == null && (trimmed.startsWith("{") || trimmed.startsWith("[")))) {
      shown = Redaction.json(text);
    } else if (subtype.equals("x-www-form-urlencoded")) {
      shown = Redaction.query(text);
    } else {
      sink.accept("(" + size + "-byte " + (type == null ? "body" : type.type() + "/" + type.subtype() + " body") + ")");
      return;
    }
    sink.accept(shown.length() <= maxBodyChars ? shown : shown.substring(0, maxBodyChars) + "… (cut)");
  }
}
