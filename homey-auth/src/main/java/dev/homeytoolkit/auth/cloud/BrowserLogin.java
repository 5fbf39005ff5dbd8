package dev.homeytoolkit.auth.cloud;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.AuthException.Step;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * The browser OAuth2 flow (reference B): the user allows access on Athom's own page, and the browser brings the code
 * back to a listener on 127.0.0.1. A random {@code state} ties the answer to this request; an answer with another
 * state is refused (it could be a forged redirect).
 */
public final class BrowserLogin {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CloudEndpoints endpoints;
  private final int port;
  private final Duration timeout;

  /**
   * @param port the local port to listen on (0 = any free one; a fixed one when the API project's redirect URL names
   *     it)
   */
  public BrowserLogin(CloudEndpoints endpoints, int port, Duration timeout) {
    this.endpoints = endpoints;
    this.port = port;
    this.timeout = timeout;
  }

  /** The result: the code and the redirect URI it was issued for (the code exchange repeats it). */
  public record Grant(String code, String redirectUri) {
    @Override public String toString() {
      return "Grant[redirectUri=" + redirectUri + ", code=██]";
    }
  }

  /**
   * Listens, hands the consent URL to {@code show} (which prints it and may open a browser), and waits for the
   * browser to come back.
   */
  public Grant authorize(ClientCredentials client, Consumer<String> show) throws AuthException {
    var state = randomState();
    var result = new CompletableFuture<String>();
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new AuthException(Step.BROWSER, "could not listen on 127.0.0.1:" + port + " for the browser's answer ("
          + e.getClass().getSimpleName() + "): pick another --redirect-port");
    }
    server.createContext("/", exchange -> answer(exchange, state, result));
    server.start();
    try {
      var redirectUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
      var url = endpoints.api("oauth2/authorise").newBuilder()
          .addQueryParameter("client_id", client.clientId())
          .addQueryParameter("redirect_uri", redirectUri)
          .addQueryParameter("response_type", "code")
          .addQueryParameter("state", state)
          .build();
      show.accept(url.toString());
      try {
        return new Grant(result.get(timeout.toMillis(), TimeUnit.MILLISECONDS), redirectUri);
      } catch (TimeoutException e) {
        throw new AuthException(Step.BROWSER, "no answer from the browser within " + timeout.toMinutes()
            + " minutes: run `homey-console login --browser` again and allow access in the page it opens");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AuthException(Step.BROWSER, "browser login interrupted");
      } catch (ExecutionException e) {
        throw e.getCause() instanceof AuthException a ? a
            : new AuthException(Step.BROWSER, "browser login failed: run it again");
      }
    } finally {
      server.stop(0);
    }
  }

  private static void answer(HttpExchange exchange, String state, CompletableFuture<String> result)
      throws IOException {
    var url = HttpUrl.get("http://127.0.0.1" + exchange.getRequestURI());
    if (!url.encodedPath().equals("/callback")) {
      reply(exchange, 404, "Not found.");
      return;
    }
    var error = url.queryParameter("error");
    var code = url.queryParameter("code");
    if (!state.equals(url.queryParameter("state"))) {
      reply(exchange, 400, "This answer does not belong to the login that is waiting. Nothing was done.");
      result.completeExceptionally(new AuthException(Step.BROWSER, "the browser came back with a wrong state "
          + "(a stale tab or a forged redirect): run `homey-console login --browser` again"));
    } else if (error != null || code == null || code.isBlank()) {
      reply(exchange, 400, "Access was not allowed. You can close this window.");
      result.completeExceptionally(new AuthException(Step.BROWSER, "the consent was not given in the browser"
          + (error == null ? "" : " (" + error + ")") + ": run `homey-console login --browser` and allow access"));
    } else {
      reply(exchange, 200, "homey-console is logged in. You can close this window and return to the terminal.");
      result.complete(code);
    }
  }

  private static void reply(HttpExchange exchange, int status, String text) throws IOException {
    var bytes = ("<!doctype html><meta charset=utf-8><title>homey-console</title><p>" + text)
        .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (var body = exchange.getResponseBody()) {
      body.write(bytes);
    }
  }

  private static String randomState() {
    var bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
