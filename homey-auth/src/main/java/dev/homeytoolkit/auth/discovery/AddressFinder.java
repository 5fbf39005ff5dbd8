package dev.homeytoolkit.auth.discovery;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.AuthException.Step;
import dev.homeytoolkit.auth.cloud.CloudHomey;
import dev.homeytoolkit.auth.local.Ping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;

/**
 * Finds the address of a Homey known from {@code /user/me} (reference D): pings every candidate at once, each within
 * its own budget, accepts only answers whose {@code X-Homey-ID} is this Homey's, and takes the best that answered in
 * order of preference: local secure, local, mDNS, forwarded port, cloud relay. Waiting in that order costs at most
 * the longest budget and never picks the cloud while a local address is still in time.
 */
public final class AddressFinder {

  /** One address to try, with its ping budget. */
  public record Candidate(String url, Duration budget) {}

  private final OkHttpClient http;

  public AddressFinder(OkHttpClient http) {
    this.http = http;
  }

  /** The candidates for a Homey, best first. */
  public static List<Candidate> candidates(CloudHomey homey) {
    var list = new ArrayList<Candidate>();
    add(list, homey.localUrlSecure(), Duration.ofMillis(1200));
    add(list, homey.localUrl(), Duration.ofMillis(1000));
    if (homey.id() != null && !"cloud".equals(homey.platform())) {
      add(list, "http://homey-" + homey.id() + ".local", Duration.ofSeconds(3));
    }
    add(list, homey.remoteUrlForwarded(), Duration.ofSeconds(2));
    add(list, homey.remoteUrl(), Duration.ofSeconds(5));
    return list;
  }

  public String find(CloudHomey homey) throws AuthException {
    var candidates = candidates(homey);
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    try {
      var pings = new ArrayList<CompletableFuture<Ping.Pong>>();
      for (var c : candidates) {
        pings.add(CompletableFuture.supplyAsync(() -> safePing(c, homey.id()), pool));
      }
      for (var i = 0; i < candidates.size(); i++) {
        if (pings.get(i).join() != null) return candidates.get(i).url();
      }
    } finally {
      pool.shutdownNow(); // the slower pings end within their own budgets; nobody waits for them
    }
    throw new AuthException(Step.DISCOVERY, "the Homey '" + homey.name() + "' answered at none of its addresses ("
        + candidates.size() + " tried): check that it is on and online, or pass --address");
  }

  private Ping.Pong safePing(Candidate c, String id) {
    try {
      return Ping.ping(http, Ping.normalise(c.url()), id, c.budget());
    } catch (AuthException e) {
      return null;
    }
  }

  private static void add(List<Candidate> list, String url, Duration budget) {
    if (url != null && !url.isBlank() && list.stream().noneMatch(c -> c.url().equals(url))) {
      list.add(new Candidate(url, budget));
    }
  }
}
