import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.api.meta.Operations;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * How the cap on calls in flight trades bulk speed against load on the Homey: a burst of capability writes (as a
 * script's Promise.all over every device) against the simulator with added latency, once per cap, the largest cap
 * standing for "everything at once" as the official JS client sends. The in-flight count is taken at the network
 * level, after the cap, to show it is never exceeded.
 *
 * Usage: run.sh [calls=2000] [latencyMs=15] [rounds=3] [caps=1,5,8,16,32,64,128,4096]
 */
public class ApiConcurrencyBenchmark {
  public static void main(String[] args) throws Exception {
    var calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    var latencyMs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    var rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    var caps = args.length > 3 ? Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {1, 5, 8, 16, 32, 64, 128, 4096};

    try (var sim = HomeySimulator.builder().devices(64).start()) {
      var inFlight = new AtomicInteger();
      var most = new AtomicInteger();
      var shared = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
          return chain.proceed(chain.request());
        } finally {
          inFlight.decrementAndGet();
        }
      }).build();
      var op = Operations.find("devices", "setCapabilityValue").orElseThrow();
      List<String> ids;
      try (var probe = HomeyClient.builder().address(sim.baseUrl()).tokenSource(TokenSource.of(sim.apiKey())).build()) {
        ids = probe.execute(probe.devices().getDevices()).values().stream()
            .filter(d -> d.capabilitiesObj() != null && d.capabilitiesObj().containsKey("onoff"))
            .map(d -> d.id()).toList();
      }
      System.out.printf("%d calls (PUT setCapabilityValue over %d devices), %d ms latency, best of %d rounds%n",
          calls, ids.size(), latencyMs, rounds);
      System.out.printf("%8s %10s %10s %12s %14s%n", "cap", "ms", "calls/s", "max in flight", "vs everything");
      sim.latency(Duration.ofMillis(latencyMs));
      var results = new ArrayList<long[]>();
      for (var cap : caps) {
        try (var homey = HomeyClient.builder().address(sim.baseUrl()).homeyId(sim.homeyId())
            .tokenSource(TokenSource.of(sim.apiKey())).okHttpClient(shared).maxRequestsInFlight(cap)
            .timeout(Duration.ofSeconds(120)).build()) {
          burst(homey, op, ids, Math.min(calls, 200)); // warm up connections and JIT
          var best = Long.MAX_VALUE;
          most.set(0);
          for (var r = 0; r < rounds; r++) {
            var start = System.nanoTime();
            burst(homey, op, ids, calls);
            best = Math.min(best, System.nanoTime() - start);
          }
          results.add(new long[] {cap, best, most.get()});
        }
        shared.connectionPool().evictAll();
      }
      var everything = results.get(results.size() - 1)[1];
      for (var r : results) {
        System.out.printf("%8d %10d %10.0f %12d %13.0f%%%n", r[0], r[1] / 1_000_000, calls / (r[1] / 1e9), r[2],
            100.0 * everything / r[1]);
      }
      shared.dispatcher().executorService().shutdown();
    }
  }

  static void burst(HomeyClient homey, dev.homeytoolkit.api.meta.Operation op, List<String> ids, int calls)
      throws Exception {
    var futures = new CompletableFuture<?>[calls];
    for (var i = 0; i < calls; i++) {
      futures[i] = homey.invoke(op, Map.of("deviceId", ids.get(i % ids.size()), "capabilityId", "onoff",
          "value", i % 2 == 0));
    }
    CompletableFuture.allOf(futures).get(10, TimeUnit.MINUTES);
  }
}
