package dev.homeytoolkit.api.http;

import dev.homeytoolkit.api.HomeyApiException;
import dev.homeytoolkit.api.TokenSource;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * On a 401, asks the {@link TokenSource} once for a token other than the refused one and repeats the call once
 * with it. Repeating is safe for every method, POST included: a 401 means the Homey did not act on the call. When no
 * fresh token can be had, the call fails with a {@link HomeyApiException} (401) whose description says why and what
 * to do, as the token source put it.
 */
public final class TokenRefreshInterceptor implements Interceptor {
  private final TokenSource tokens;

  /** Refreshes through {@code tokens}; with {@code null}, a 401 is passed on as it is. */
  public TokenRefreshInterceptor(TokenSource tokens) {
    this.tokens = tokens;
  }

  @Override public Response intercept(Chain chain) throws IOException {
    var request = chain.request();
    var response = chain.proceed(request);
    var stale = AuthInterceptor.bearer(request);
    if (response.code() != 401 || tokens == null || stale == null) return response;
    String fresh;
    try {
      fresh = tokens.refresh(stale);
    } catch (IOException e) {
      var first = HomeyApiException.fromAnswer(401, response.message(), request.method(),
          request.url().encodedPath(), response.header("Content-Type"), response.peekBody(8192).string());
      response.close();
      var hint = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
      throw new HomeyApiException(401, first.error(), first.errorDescription() + hint, request.method(),
          request.url().encodedPath(), e);
    }
    if (fresh == null || fresh.equals(stale)) return response;
    response.close();
    return chain.proceed(request.newBuilder().header("Authorization", "Bearer " + fresh).build());
  }
}
