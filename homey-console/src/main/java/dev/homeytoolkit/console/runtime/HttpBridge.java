package dev.homeytoolkit.console.runtime;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.internal.http.HttpMethod;
import org.graalvm.polyglot.Value;

/**
 * The host side of {@code fetch}: {@code __host.http(req)} sends one request with OkHttp (no redirects followed: fetch.js
 * does that, as node-fetch does) and resolves, on the loop, with
 * {@code {status, statusText, url, headers: [[name, value]…], bodyText | bodyBase64}} (names as the server wrote them,
 * for Node's {@code rawHeaders}; text when the body is valid UTF-8, else base64), or rejects with
 * {@code {type: 'system' | 'request-timeout', code, message}}. A request sent with a numeric {@code cancelId} can be
 * cancelled with {@code __host.httpCancel(cancelId)}.
 */
final class HttpBridge {
  private final ScriptContext sc;
  /** Requests a script may still cancel ({@code req.destroy()} in http.js), by the id it gave them. */
  private final java.util.Map<Integer, Call> cancellable = new java.util.concurrent.ConcurrentHashMap<>();

  HttpBridge(ScriptContext sc) {
    this.sc = sc;
  }

  Value request(Value req) {
    String originalUrl = req.getMember("url").asString();
    Request request;
    long timeoutMillis;
    try {
      var url = HttpUrl.parse(originalUrl);
      if (url == null) throw new IllegalArgumentException("Invalid URL: " + originalUrl);
      url = sc.runtime.athomHosts().map(url);
      String method = req.hasMember("method") && req.getMember("method").isString()
          ? req.getMember("method").asString().toUpperCase(java.util.Locale.ROOT) : "GET";
      var builder = new Request.Builder().url(url);
      String contentType = null;
      var headers = req.getMember("headers");
      if (headers != null && headers.hasArrayElements()) {
        for (long i = 0; i < headers.getArraySize(); i++) {
          var pair = headers.getArrayElement(i);
          String name = pair.getArrayElement(0).asString();
          String value = pair.getArrayElement(1).isString()
              ? pair.getArrayElement(1).asString() : pair.getArrayElement(1).toString();
          if (name.equalsIgnoreCase("content-type")) contentType = value;
          builder.addHeader(name, value);
        }
      }
      builder.method(method, body(req, method, contentType));
      request = builder.build();
      var timeout = req.getMember("timeoutMs");
      timeoutMillis = timeout != null && timeout.isNumber() ? (long) timeout.asDouble() : 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      return sc.rejected(failure("system", "ERR_INVALID_REQUEST", e.getMessage()));
    }

    var cancelId = req.getMember("cancelId");
    Integer id = cancelId != null && cancelId.fitsInInt() ? cancelId.asInt() : null;
    var pending = sc.loop.begin();
    return sc.promise((resolve, reject) -> {
      Call call = sc.runtime.httpClient().newCall(request);
      if (timeoutMillis > 0) call.timeout().timeout(timeoutMillis, TimeUnit.MILLISECONDS);
      if (id != null) cancellable.put(id, call);
      call.enqueue(new Callback() {
        @Override public void onResponse(Call call, Response response) {
          if (id != null) cancellable.remove(id);
          byte[] body;
          try (response) {
            body = response.body().bytes();
          } catch (IOException e) {
            onFailure(call, e);
            return;
          }
          pending.complete(() -> resolve.execute(answer(response, originalUrl, body)));
        }

        @Override public void onFailure(Call call, IOException e) {
          if (id != null) cancellable.remove(id);
          pending.complete(() -> reject.execute(failure(e, originalUrl)));
        }
      });
    });
  }

  /**
   * Cancels the request the script sent with this {@code cancelId}, if it is still under way: its promise then rejects
   * at once, so a run does not wait for an answer nobody wants (a server that never answers: up to the read timeout).
   */
  void cancel(int cancelId) {
    var call = cancellable.remove(cancelId);
    if (call != null) call.cancel();
  }

  private static RequestBody body(Value req, String method, String contentType) {
    var body = req.getMember("body");
    boolean hasBody = body != null && !body.isNull();
    if (!HttpMethod.permitsRequestBody(method)) return null; // GET/HEAD: never a body (node-fetch refuses one earlier)
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    if (!hasBody) return HttpMethod.requiresRequestBody(method) ? RequestBody.create(new byte[0], type) : null;
    var base64 = req.getMember("bodyBase64");
    byte[] bytes = base64 != null && base64.isBoolean() && base64.asBoolean()
        ? Base64.getDecoder().decode(body.asString())
        : body.asString().getBytes(StandardCharsets.UTF_8);
    return RequestBody.create(bytes, type);
  }

  private Value answer(Response response, String originalUrl, byte[] body) {
    var headersJson = Json.write(w -> {
      w.beginArray();
      for (var header : response.headers()) {
        w.beginArray().value(header.getFirst()).value(header.getSecond()).endArray();
      }
      w.endArray();
    });
    var result = sc.parseJson(Json.write(w -> {
      w.beginObject();
      w.name("status").value(response.code());
      w.name("statusText").value(response.message().isEmpty() ? reason(response.code()) : response.message());
      w.name("url").value(originalUrl);
      w.endObject();
    }));
    result.putMember("headers", sc.parseJson(headersJson));
    // One form of the body, not both: text when the bytes are valid UTF-8 (text() uses it as is, and buffer() gets the
    // same bytes back from it), base64 otherwise. Sending both decoded and encoded every answer twice.
    var text = utf8(body);
    if (text != null) result.putMember("bodyText", text);
    else result.putMember("bodyBase64", Base64.getEncoder().encodeToString(body));
    return result;
  }

  /** The bytes as text when they are valid UTF-8 (so that they round-trip exactly), else null. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  private Value failure(IOException e, String url) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return switch (e) {
      case SocketTimeoutException s -> failure("system", "ETIMEDOUT",
          "request to " + url + " failed, reason: " + detail);
      case InterruptedIOException i -> failure("request-timeout", null,
          "network timeout at: " + url);
      case UnknownHostException u -> failure("system", "ENOTFOUND",
          "request to " + url + " failed, reason: getaddrinfo ENOTFOUND " + u.getMessage());
      case ConnectException c -> failure("system", "ECONNREFUSED",
          "request to " + url + " failed, reason: connect ECONNREFUSED " + detail);
      case SSLException s -> failure("system", "EPROTO", "request to " + url + " failed, reason: " + detail);
      default -> failure("system", "ECONNRESET", "request to " + url + " failed, reason: " + detail);
    };
  }

  private Value failure(String type, String code, String message) {
    return sc.parseJson(Json.write(w -> {
      w.beginObject();
      w.name("type").value(type);
      w.name("code").value(code);
      w.name("message").value(message);
      w.endObject();
    }));
  }

  private static String reason(int code) {
    return switch (code) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 204 -> "No Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "";
    };
  }
}
