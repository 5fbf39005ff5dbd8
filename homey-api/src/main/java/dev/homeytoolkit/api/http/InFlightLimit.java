package dev.homeytoolkit.api.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Caps the calls in flight to one Homey, blocking ones included (OkHttp's dispatcher limits only asynchronous
 * calls). A call holds its permit from the first try until its answer's body is closed, retries and backoff
 * included, so the Homey never sees more than {@code limit} requests of this client at once.
 */
public final class InFlightLimit implements Interceptor {
  private final Semaphore permits;
  private final int limit;

  /** A cap of {@code limit} calls in flight (1 or more). */
  public InFlightLimit(int limit) {
    if (limit < 1) throw new IllegalArgumentException("the limit of requests in flight must be 1 or more, not " + limit);
    this.limit = limit;
    this.permits = new Semaphore(limit, true);
  }

  /** The most calls in flight at once. */
  public int limit() {
    return limit;
  }

  @Override public Response intercept(Chain chain) throws IOException {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a free slot to the Homey");
    }
    var released = new AtomicBoolean();
    Runnable release = () -> {
      if (released.compareAndSet(false, true)) permits.release();
    };
    try {
      var response = chain.proceed(chain.request());
      var body = response.body();
      return response.newBuilder().body(new ReleasingBody(body, release)).build();
    } catch (IOException | RuntimeException | Error e) {
      release.run();
      throw e;
    }
  }

  private static final class ReleasingBody extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    ReleasingBody(ResponseBody delegate, Runnable release) {
      this.delegate = delegate;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        @Override public void close() throws IOException {
          try {
            super.close();
          } finally {
            release.run();
          }
        }
      });
    }

    @Override public MediaType contentType() {
      return delegate.contentType();
    }

    @Override public long contentLength() {
      return delegate.contentLength();
    }

    @Override public BufferedSource source() {
      return source;
    }
  }
}
