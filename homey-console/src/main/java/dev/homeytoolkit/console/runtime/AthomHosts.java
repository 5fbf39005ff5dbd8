package dev.homeytoolkit.console.runtime;

import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Sends requests for the Athom cloud ({@code accounts.athom.com}, {@code api.athom.com}, {@code <id>.connect.athom.com})
 * to another base URL, keeping path and query. In demo mode that is the simulator, which serves the same paths, so a
 * script that hard-codes the cloud hosts (like the seed guide's token script) runs unchanged.
 */
final class AthomHosts {
  private final HttpUrl base;

  private AthomHosts(HttpUrl base) {
    this.base = base;
  }

  /** Maps nothing. */
  static AthomHosts none() {
    return new AthomHosts(null);
  }

  /** Maps the Athom hosts to {@code baseUrl} (scheme, host and port; its path is ignored). */
  static AthomHosts to(String baseUrl) {
    var url = HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new IllegalArgumentException(
          "--athom-hosts needs an absolute http(s) URL such as http://127.0.0.1:8080, got '" + baseUrl + "'");
    }
    return new AthomHosts(url);
  }

  static boolean isAthomHost(String host) {
    host = host.toLowerCase(Locale.ROOT);
    return host.equals("accounts.athom.com") || host.equals("api.athom.com") || host.endsWith(".connect.athom.com");
  }

  HttpUrl map(HttpUrl url) {
    if (base == null || !isAthomHost(url.host())) return url;
    return url.newBuilder().scheme(base.scheme()).host(base.host()).port(base.port()).build();
  }
}
