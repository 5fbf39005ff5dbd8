package dev.homeytoolkit.api.http;

import dev.homeytoolkit.api.TokenSource;
import java.io.IOException;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} and {@code X-Homey-ID} to every call. Leaves out the bearer where the
 * Homey wants none: {@code /api/manager/system/ping} (no headers at all) and {@code /api/manager/users/login}
 * (only {@code X-Homey-ID}), and leaves alone a header the caller set itself.
 */
public final class AuthInterceptor implements Interceptor {
  private final TokenSource tokens;
  private final Supplier<String> homeyId;

  /**
   * Adds the headers of one Homey.
   *
   * @param tokens where the bearer comes from, or {@code null} for none
   * @param homeyId the Homey's id, or a supplier answering {@code null}/empty when unknown (then no header is sent)
   */
  public AuthInterceptor(TokenSource tokens, Supplier<String> homeyId) {
    this.tokens = tokens;
    this.homeyId = homeyId;
  }

  @Override public Response intercept(Chain chain) throws IOException {
    var request = chain.request();
    var path = request.url().encodedPath();
    if (isPing(path)) return chain.proceed(request);
    var builder = request.newBuilder();
    var id = homeyId.get();
    if (id != null && !id.isEmpty() && request.header("X-Homey-ID") == null) builder.header("X-Homey-ID", id);
    if (tokens != null && request.header("Authorization") == null && !isLogin(path)) {
      builder.header("Authorization", "Bearer " + tokens.token());
    }
    return chain.proceed(builder.build());
  }

  /** Whether a request is the unauthenticated ping that tells a Homey's id. */
  public static boolean isPing(String encodedPath) {
    return encodedPath.endsWith("/api/manager/system/ping");
  }

  static boolean isLogin(String encodedPath) {
    return encodedPath.endsWith("/api/manager/users/login") || encodedPath.endsWith("/api/manager/users/login-local");
  }

  static String bearer(Request request) {
    var header = request.header("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : null;
  }
}
