package dev.homeytoolkit.auth.cloud;

import okhttp3.HttpUrl;

/**
 * Where the Athom cloud lives. The defaults are the real hosts; tests and the simulator put both on one base URL.
 *
 * @param accounts the accounts site (scripted login and consent page), e.g. {@code https://accounts.athom.com}
 * @param api the cloud API (OAuth2 tokens, {@code /user/me}, delegation), e.g. {@code https://api.athom.com}
 */
public record CloudEndpoints(HttpUrl accounts, HttpUrl api) {
  public static final CloudEndpoints ATHOM =
      new CloudEndpoints(HttpUrl.get("https://accounts.athom.com/"), HttpUrl.get("https://api.athom.com/"));

  /** Both sites on one base URL, as the simulator serves them. */
  public static CloudEndpoints at(String baseUrl) {
    var url = HttpUrl.get(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    return new CloudEndpoints(url, url);
  }

  public static CloudEndpoints of(String accounts, String api) {
    return new CloudEndpoints(HttpUrl.get(accounts), HttpUrl.get(api));
  }

  HttpUrl accounts(String path) {
    return accounts.resolve(path);
  }

  HttpUrl api(String path) {
    return api.resolve(path);
  }
}
