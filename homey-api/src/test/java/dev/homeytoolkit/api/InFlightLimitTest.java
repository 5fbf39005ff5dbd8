package dev.homeytoolkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-Homey cap on calls in flight, counted where it matters: at the server. */
class InFlightLimitTest {
  @StartStop final MockWebServer server = TestServers.noDelay(new MockWebServer());
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger most = new AtomicInteger();

  @BeforeEach void countAtTheServer() {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
          Thread.sleep(30);
        } finally {
          inFlight.decrementAndGet();
        }
        return new MockResponse.Builder().body("{}").build();
      }
    });
  }

  @Test void aBurstOfAsynchronousCallsNeverExceedsTheLimitButReachesIt() throws Exception {
    try (var homey = HomeyClient.builder().address(server.url("/").toString()).homeyId("h")
        .tokenSource(TokenSource.of("k")).maxRequestsInFlight(6).build()) {
      var futures = new ArrayList<CompletableFuture<String>>();
      for (var i = 0; i < 120; i++) futures.add(homey.callAsync("PUT", "/manager/devices/device/d" + i, "{}"));
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      assertEquals(120, server.getRequestCount());
      assertEquals(6, most.get(), "at most 6 at once, and the burst used all 6");
    }
  }

  @Test void blockingCallsFromManyThreadsShareTheSameLimit() throws Exception {
    try (var homey = HomeyClient.builder().address(server.url("/").toString()).homeyId("h")
        .tokenSource(TokenSource.of("k")).maxRequestsInFlight(4).build();
         var pool = Executors.newFixedThreadPool(16)) {
      var futures = new ArrayList<java.util.concurrent.Future<?>>();
      for (var i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> homey.execute(homey.zones().getZones())));
        futures.add(pool.submit(() -> homey.call("GET", "/manager/zones/zone", null)));
      }
      for (var f : futures) f.get(30, TimeUnit.SECONDS);
      assertTrue(most.get() <= 4, "never more than 4 at once, saw " + most.get());
      assertEquals(4, most.get());
    }
  }
}
