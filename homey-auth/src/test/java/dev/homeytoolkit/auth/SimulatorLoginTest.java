package dev.homeytoolkit.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.HomeyApiException;
import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.auth.cloud.ClientCredentials;
import dev.homeytoolkit.auth.cloud.CloudEndpoints;
import dev.homeytoolkit.auth.store.ProfileStore;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All four ways in, and keeping the token, end to end against the simulated Athom cloud and Homey. */
class SimulatorLoginTest {
  @TempDir Path tmp;
  HomeySimulator sim;

  @BeforeEach void start() {
    sim = HomeySimulator.start();
  }

  @AfterEach void stop() {
    sim.close();
  }

  HomeyAuth auth() {
    return HomeyAuth.builder().store(ProfileStore.at(tmp)).endpoints(CloudEndpoints.at(sim.baseUrl())).build();
  }

  ClientCredentials client() {
    return new ClientCredentials(sim.account().clientId(), sim.account().clientSecret());
  }

  Credentials.Password password(String otp) {
    var account = sim.account();
    return new Credentials.Password(client(), account.email(), account.password().toCharArray(), otp, null);
  }

  HomeyClient homey(HomeySession session) {
    return HomeyClient.builder().address(session.address()).homeyId(session.homeyId())
        .tokenSource(session.tokens()).build();
  }

  String systemName(HomeySession session) throws Exception {
    try (var client = homey(session)) {
      return client.call("GET", "/manager/system/name", null);
    }
  }

  @Test void scriptedAccountLogin() throws Exception {
    var session = auth().login("default", password(null), HomeyChoice.any());

    assertEquals(HomeySession.Kind.CLOUD, session.kind());
    assertEquals(sim.homeyId(), session.homeyId());
    assertEquals(sim.baseUrl(), session.address());
    assertEquals(sim.account().email(), session.account());
    assertEquals("\"" + sim.homeyName() + "\"", systemName(session));
    var stored = Files.readString(ProfileStore.at(tmp).file("default"));
    assertFalse(stored.contains(sim.account().password()), "the password is never stored");
  }

  @Test void scriptedAccountLoginWithTwoFactor() throws Exception {
    sim.requireTwoFactor("246810");

    var refused = assertThrows(AuthException.class, () -> auth().login("default", password(null), HomeyChoice.any()));
    assertTrue(refused.getMessage().contains("two-factor"), refused.getMessage());
    var wrong = assertThrows(AuthException.class,
        () -> auth().login("default", password("111111"), HomeyChoice.any()));
    assertTrue(wrong.getMessage().startsWith("login refused"), wrong.getMessage());

    var account = sim.account();
    var asked = new Credentials.Password(client(), account.email(), account.password().toCharArray(), null,
        () -> "246810");
    assertEquals(sim.homeyId(), auth().login("default", asked, HomeyChoice.any()).homeyId());
  }

  @Test void wrongPassword() {
    var account = sim.account();
    var e = assertThrows(AuthException.class, () -> auth().login("default", new Credentials.Password(client(),
        account.email(), "not-it".toCharArray(), null, null), HomeyChoice.any()));

    assertEquals("login refused: wrong email or password", e.getMessage());
  }

  @Test void browserLogin() throws Exception {
    var account = sim.account();
    var browser = new OkHttpClient.Builder().followRedirects(false).cookieJar(new SimpleCookieJar()).build();
    var credentials = new Credentials.Browser(client(), 0, url -> Thread.ofVirtual().start(() -> {
      try {
        // what a person does in the browser: open the page, fill in the form, allow, follow the redirect
        var page = browser.newCall(new Request.Builder().url(url).build()).execute();
        var doc = Jsoup.parse(page.body().string(), url);
        var form = doc.selectFirst("form");
        var post = new FormBody.Builder()
            .add("_csrf", form.selectFirst("input[name=_csrf]").attr("value"))
            .add("email", account.email()).add("password", account.password()).add("allow", "Allow").build();
        var answer = browser.newCall(new Request.Builder().url(form.absUrl("action")).post(post).build()).execute();
        var location = HttpUrl.get(url).resolve(answer.header("Location"));
        browser.newCall(new Request.Builder().url(location).build()).execute().close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }), Duration.ofSeconds(20));

    var session = auth().login("default", credentials, HomeyChoice.any());

    assertEquals(sim.homeyId(), session.homeyId());
    assertEquals("\"" + sim.homeyName() + "\"", systemName(session));
  }

  @Test void localApiKey() throws Exception {
    var session = auth().login("home", new Credentials.ApiKey(sim.baseUrl() + "/", sim.apiKey()), HomeyChoice.any());

    assertEquals(HomeySession.Kind.LOCAL, session.kind());
    assertEquals(sim.homeyId(), session.homeyId());
    assertEquals(sim.homeyName(), session.homeyName());
    assertEquals(List.of("homey"), session.scopes());
    assertEquals(sim.apiKey(), auth().open("home").tokens().token());
  }

  @Test void aWrongApiKeyIsRefusedBeforeAnythingIsStored() {
    var e = assertThrows(AuthException.class,
        () -> auth().login("home", new Credentials.ApiKey(sim.baseUrl(), "not-a-key"), HomeyChoice.any()));

    assertTrue(e.getMessage().startsWith("the Homey refused the API key"), e.getMessage());
    assertFalse(Files.exists(ProfileStore.at(tmp).file("home")));
  }

  @Test void aKeyMissingAScopeGets403AndNoRefresh() throws Exception {
    var key = sim.createApiKey("devices only", List.of("homey.device.readonly"));
    var session = auth().login("default", new Credentials.ApiKey(sim.baseUrl(), key), HomeyChoice.any());

    assertEquals(List.of("homey.device.readonly"), session.scopes());
    try (var client = homey(session)) {
      assertNotNull(client.call("GET", "/manager/devices/device", null));
      var e = assertThrows(HomeyApiException.class, () -> client.call("GET", "/manager/system/name", null));
      assertEquals(403, e.statusCode());
    }
    assertEquals(key, session.tokens().token());
  }

  @Test void environmentTokenIsUsedAsItIs() throws Exception {
    var session = auth().fromEnvironment(Map.of("HOMEY_ADDRESS", sim.baseUrl(), "HOMEY_TOKEN", sim.apiKey()))
        .orElseThrow();

    assertEquals(sim.homeyId(), session.homeyId());
    assertEquals(sim.homeyName(), session.homeyName());
    assertEquals("\"" + sim.homeyName() + "\"", systemName(session));
    assertFalse(Files.exists(tmp.resolve("profiles")));
  }

  @Test void aHomey401RenewsTheSessionAndTheCallSucceeds() throws Exception {
    auth().login("default", password(null), HomeyChoice.any());
    var before = ProfileStore.at(tmp).load("default").orElseThrow();
    sim.expireTokens(); // access and session tokens alike

    var session = auth().open("default");
    assertEquals("\"" + sim.homeyName() + "\"", systemName(session));

    var after = ProfileStore.at(tmp).load("default").orElseThrow();
    assertNotEquals(before.homeyToken(), after.homeyToken());
    assertNotEquals(before.accessToken(), after.accessToken());
  }

  @Test void anExpiringAccessTokenIsRefreshedAhead() throws Exception {
    auth().login("default", password(null), HomeyChoice.any());
    var before = ProfileStore.at(tmp).load("default").orElseThrow();
    var soon = HomeyAuth.builder().store(ProfileStore.at(tmp)).endpoints(CloudEndpoints.at(sim.baseUrl()))
        .refreshAhead(Duration.ofDays(1)).build(); // every token "expires soon" by this measure

    var token = soon.open("default").tokens().token();

    assertNotEquals(before.homeyToken(), token);
    assertEquals(1, sim.requests().count("POST /oauth2/token") - 1, "one refresh grant after the login's code grant");
    assertEquals("\"" + sim.homeyName() + "\"", systemName(auth().open("default")));
  }

  @Test void aRevokedRefreshTokenEndsTheSessionPlainlyAndOnce() throws Exception {
    auth().login("default", password(null), HomeyChoice.any());
    sim.revokeRefreshTokens();
    sim.expireTokens();
    var session = auth().open("default");
    var grantsBefore = sim.requests().count("POST /oauth2/token");

    try (var client = homey(session)) {
      var first = assertThrows(HomeyApiException.class, () -> client.call("GET", "/manager/system/name", null));
      assertTrue(first.getMessage().contains("your session ended: run `homey-console login`"), first.getMessage());
      assertThrows(HomeyApiException.class, () -> client.call("GET", "/manager/system/name", null));
    }
    assertEquals(1, sim.requests().count("POST /oauth2/token") - grantsBefore, "tried once, no loop");
  }

  @Test void twoProcessesRefreshingTheSameProfileRenewOnce() throws Exception {
    auth().login("default", password(null), HomeyChoice.any());
    var stale = ProfileStore.at(tmp).load("default").orElseThrow().homeyToken();
    sim.expireTokens();
    var loginsBefore = sim.requests().count("POST /api/manager/users/login");
    var go = tmp.resolve("go");
    var java = ProcessHandle.current().info().command().orElse("java");

    var processes = new ArrayList<Process>();
    for (var i = 0; i < 2; i++) {
      processes.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
          System.getProperty("java.class.path"),
          RefreshProbe.class.getName(), tmp.toString(), sim.baseUrl(), stale, go.toString())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }
    var readers = processes.stream()
        .map(p -> new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))).toList();
    for (var r : readers) assertEquals("ready", r.readLine());
    Files.createFile(go); // both JVMs are up with the stale token: let them race
    var tokens = new ArrayList<String>();
    for (var r : readers) tokens.add(r.readLine());
    for (var p : processes) {
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue());
    }

    assertTrue(tokens.get(0).startsWith("token="), tokens.get(0));
    assertEquals(tokens.get(0), tokens.get(1), "the second process re-read the first one's fresh token");
    assertEquals(1, sim.requests().count("POST /api/manager/users/login") - loginsBefore, "one renewal");
    var fresh = tokens.get(0).substring("token=".length());
    assertEquals(fresh, ProfileStore.at(tmp).load("default").orElseThrow().homeyToken());
    try (var client = HomeyClient.builder().address(sim.baseUrl()).homeyId(sim.homeyId())
        .tokenSource(TokenSource.of(fresh)).build()) {
      assertEquals("\"" + sim.homeyName() + "\"", client.call("GET", "/manager/system/name", null));
    }
  }

  /** Cookies for the pretend browser (the _csrf cookie). */
  static final class SimpleCookieJar implements okhttp3.CookieJar {
    private final List<okhttp3.Cookie> cookies = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override public void saveFromResponse(HttpUrl url, List<okhttp3.Cookie> list) {
      cookies.addAll(list);
    }

    @Override public List<okhttp3.Cookie> loadForRequest(HttpUrl url) {
      return cookies.stream().filter(c -> c.matches(url)).toList();
    }
  }
}
