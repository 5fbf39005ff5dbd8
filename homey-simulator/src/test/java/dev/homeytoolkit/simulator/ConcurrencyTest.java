package dev.homeytoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** 500 calls at once, each with added latency, all answered: the latency waits on virtual threads, in parallel. */
class ConcurrencyTest {
  @Test void fiveHundredConcurrentCallsWithLatencyAllSucceedInParallel() throws Exception {
    var latency = Duration.ofMillis(100);
    try (var sim = HomeySimulator.builder().latency(latency).start()) {
      var dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(500);
      dispatcher.setMaxRequestsPerHost(500);
      var client = new OkHttpClient.Builder().dispatcher(dispatcher)
          .connectionPool(new ConnectionPool(500, 1, TimeUnit.MINUTES))
          .readTimeout(Duration.ofSeconds(60)).build();
      var ok = new AtomicInteger();
      var failed = new AtomicInteger();
      var done = new CountDownLatch(500);
      var t0 = System.nanoTime();
      for (int i = 0; i < 500; i++) {
        var request = new Request.Builder().url(sim.baseUrl() + "/api/manager/zones/zone")
            .header("Authorization", "Bearer " + sim.apiKey()).build();
        client.newCall(request).enqueue(new Callback() {
          @Override public void onFailure(Call call, IOException e) {
            failed.incrementAndGet();
            done.countDown();
          }

          @Override public void onResponse(Call call, Response response) {
            try (response) {
              if (response.code() == 200) ok.incrementAndGet();
              else failed.incrementAndGet();
            }
            done.countDown();
          }
        });
      }
      assertTrue(done.await(120, TimeUnit.SECONDS));
      var elapsed = Duration.ofNanos(System.nanoTime() - t0);
      assertEquals(500, ok.get(), "failed: " + failed.get());
      // One after another they would need 500 × 100 ms = 50 s; overlapping, a fraction of that.
      assertTrue(elapsed.compareTo(latency.multipliedBy(500).dividedBy(2)) < 0, "took " + elapsed);
      assertEquals(500, sim.requests().count("GET /api/manager/zones/**"));
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
