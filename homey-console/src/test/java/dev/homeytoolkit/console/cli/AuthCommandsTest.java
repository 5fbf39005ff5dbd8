package dev.homeytoolkit.console.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.auth.store.ProfileStore;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** login, logout, status, token and homeys, end to end against the simulator, as a user runs them. */
class AuthCommandsTest {
  @TempDir Path tmp;
  HomeySimulator sim;
  final Map<String, String> env = new HashMap<>();
  ConnectionOptions.EnvironmentOverride override;

  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  @BeforeEach void start() {
    sim = HomeySimulator.start();
    env.put("XDG_CONFIG_HOME", tmp.toString());
    env.put("HOMEY_CLOUD_URL", sim.baseUrl());
  }

  @AfterEach void stop() {
    if (override != null) override.close();
    sim.close();
  }

  void cloudAccountInEnvironment() {
    env.put("HOMEY_CLIENT_ID", sim.account().clientId());
    env.put("HOMEY_CLIENT_SECRET", sim.account().clientSecret());
    env.put("HOMEY_EMAIL", sim.account().email());
    env.put("HOMEY_PASSWORD", sim.account().password());
  }

  Run run(Object command, String... args) {
    if (override != null) override.close();
    override = ConnectionOptions.overrideEnvironment(env);
    var out = new StringWriter();
    var err = new StringWriter();
    var line = new CommandLine(command);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    var exit = line.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  ProfileStore store() {
    return ProfileStore.at(tmp.resolve("homey-console"));
  }

  int sessionMe(String token) throws Exception {
    var request = new Request.Builder().url(sim.baseUrl() + "/api/manager/sessions/session/me")
        .header("Authorization", "Bearer " + token).build();
    try (var response = new OkHttpClient().newCall(request).execute()) {
      return response.code();
    }
  }

  @Test void apiKeyLoginThenStatusTokenAndLogout() throws Exception {
    var login = run(new LoginCommand(), "--address", sim.baseUrl(), "--api-key", sim.apiKey());
    assertEquals(0, login.exit(), login.err());
    assertTrue(login.out().startsWith("Logged in to '" + sim.homeyName() + "' (" + sim.homeyId() + ")"), login.out());
    assertTrue(login.out().contains("Scopes: homey"), login.out());

    var status = run(new StatusCommand());
    assertEquals(0, status.exit(), status.err());
    assertTrue(status.out().contains("Homey Pro local API key"), status.out());
    assertTrue(status.out().contains(sim.homeyId()) && status.out().contains(sim.baseUrl()), status.out());
    assertFalse(status.all().contains(sim.apiKey()));

    var token = run(new TokenCommand());
    assertEquals(sim.apiKey(), token.out().strip());

    var logout = run(new LogoutCommand());
    assertEquals(0, logout.exit());
    assertTrue(store().load("default").isEmpty());
    assertEquals(1, run(new StatusCommand()).exit(), "not logged in any more");
  }

  @Test void aKeyWithoutSystemScopeShowsItsScopes() {
    var key = sim.createApiKey("devices", List.of("homey.device.readonly"));

    var login = run(new LoginCommand(), "--profile", "ro", "--address", sim.baseUrl(), "--api-key", key);

    assertEquals(0, login.exit(), login.err());
    assertTrue(login.out().contains("Scopes: homey.device.readonly"), login.out());
    var status = run(new StatusCommand(), "--profile", "ro");
    assertTrue(status.out().contains("name not readable"), status.out());
  }

  @Test void accountLoginAndATokenThatOutlivesExpiry() throws Exception {
    cloudAccountInEnvironment();

    var login = run(new LoginCommand());
    assertEquals(0, login.exit(), login.err());
    assertTrue(login.out().contains("as " + sim.account().email()), login.out());

    var first = run(new TokenCommand()).out().strip();
    assertEquals(200, sessionMe(first));
    sim.expireTokens();
    var second = run(new TokenCommand(), "--json");
    assertEquals(0, second.exit(), second.err());
    assertTrue(second.out().contains("\"address\": \"" + sim.baseUrl() + "\""), second.out());
    assertTrue(second.out().contains("\"expiresAt\""), second.out());
    var fresh = second.out().replaceAll("(?s).*\"token\": \"([^\"]+)\".*", "$1");
    assertNotEquals(first, fresh);
    assertEquals(200, sessionMe(fresh));

    var homeys = run(new HomeysCommand());
    assertEquals(0, homeys.exit(), homeys.err());
    assertTrue(homeys.out().contains(sim.homeyName()) && homeys.out().matches("(?s).*\\*\\s+" + sim.homeyId() + ".*"), homeys.out());
    var status = run(new StatusCommand());
    assertTrue(status.out().contains("Athom account " + sim.account().email()), status.out());
  }

  @Test void passwordFromStdin() {
    cloudAccountInEnvironment();
    env.remove("HOMEY_PASSWORD");
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream((sim.account().password() + "\n").getBytes(StandardCharsets.UTF_8)));
      var login = run(new LoginCommand(), "--email", sim.account().email(), "--password-stdin");
      assertEquals(0, login.exit(), login.err());
    } finally {
      System.setIn(stdin);
    }
  }

  @Test void twoFactorCodeWhenTheAccountAsks() {
    cloudAccountInEnvironment();
    sim.requireTwoFactor("135790");

    var without = run(new LoginCommand());
    assertEquals(1, without.exit());
    assertTrue(without.err().contains("--otp"), without.err());

    var with = run(new LoginCommand(), "--otp", "135790");
    assertEquals(0, with.exit(), with.err());
  }

  @Test void failuresNameTheStepAndTheWayOut() {
    cloudAccountInEnvironment();
    env.put("HOMEY_PASSWORD", "not-the-password");
    var wrong = run(new LoginCommand());
    assertEquals(1, wrong.exit());
    assertEquals("homey-console login: login refused: wrong email or password", wrong.err().strip());

    env.remove("HOMEY_CLIENT_ID");
    var noClient = run(new LoginCommand());
    assertTrue(noClient.err().contains("HOMEY_CLIENT_ID"), noClient.err());

    var noProfile = run(new TokenCommand(), "--profile", "cabin");
    assertEquals(1, noProfile.exit());
    assertTrue(noProfile.err().contains("run `homey-console login --profile cabin`"), noProfile.err());
  }

  @Test void aRevokedRefreshTokenSaysLogInAgain() {
    cloudAccountInEnvironment();
    assertEquals(0, run(new LoginCommand()).exit());
    sim.revokeRefreshTokens();
    sim.expireTokens();

    var token = run(new TokenCommand());

    assertEquals(1, token.exit());
    assertEquals("homey-console token: your session ended: run `homey-console login`", token.err().strip());
  }

  @Test void environmentVariablesAreUsedWithoutTheStore() {
    env.put("HOMEY_ADDRESS", sim.baseUrl());
    env.put("HOMEY_TOKEN", sim.apiKey());

    var status = run(new StatusCommand());
    assertEquals(0, status.exit(), status.err());
    assertTrue(status.out().contains("HOMEY_ADDRESS and HOMEY_TOKEN"), status.out());
    assertFalse(status.out().contains(sim.apiKey()));
    assertEquals(sim.apiKey(), run(new TokenCommand()).out().strip());
    assertFalse(Files.exists(tmp.resolve("homey-console")), "nothing written");
  }

  @Test void browserLogin() throws Exception {
    env.put("HOMEY_CLIENT_ID", sim.account().clientId());
    env.put("HOMEY_CLIENT_SECRET", sim.account().clientSecret());
    if (override != null) override.close();
    override = ConnectionOptions.overrideEnvironment(env);
    var consentUrl = new java.util.concurrent.CompletableFuture<String>();
    var err = new StringWriter() {
      @Override public void flush() {
        var m = java.util.regex.Pattern.compile("(http\\S+/oauth2/authorise\\S+)").matcher(toString());
        if (m.find()) consentUrl.complete(m.group(1));
      }
    };
    var browser = Thread.ofVirtual().start(() -> {
      try {
        var url = consentUrl.get(30, java.util.concurrent.TimeUnit.SECONDS);
        var cookies = new java.util.concurrent.CopyOnWriteArrayList<okhttp3.Cookie>();
        var client = new OkHttpClient.Builder().followRedirects(false).cookieJar(new okhttp3.CookieJar() {
          @Override public void saveFromResponse(okhttp3.HttpUrl u, List<okhttp3.Cookie> list) {
            cookies.addAll(list);
          }

          @Override public List<okhttp3.Cookie> loadForRequest(okhttp3.HttpUrl u) {
            return cookies;
          }
        }).build();
        var page = client.newCall(new Request.Builder().url(url).build()).execute();
        var form = org.jsoup.Jsoup.parse(page.body().string(), url).selectFirst("form");
        var post = new okhttp3.FormBody.Builder()
            .add("_csrf", form.selectFirst("input[name=_csrf]").attr("value"))
            .add("email", sim.account().email()).add("password", sim.account().password())
            .add("allow", "Allow").build();
        var answer = client.newCall(new Request.Builder().url(form.absUrl("action")).post(post).build()).execute();
        client.newCall(new Request.Builder().url(okhttp3.HttpUrl.get(url).resolve(answer.header("Location")))
            .build()).execute().close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    var out = new StringWriter();
    var line = new CommandLine(new LoginCommand());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));

    var exit = line.execute("--browser");
    browser.join();

    assertEquals(0, exit, err.toString());
    assertTrue(err.toString().contains("Open this page"), err.toString());
    assertTrue(out.toString().startsWith("Logged in to '" + sim.homeyName() + "'"), out.toString());
    assertEquals(sim.homeyId(), store().load("default").orElseThrow().homeyId());
  }

  @Command(name = "probe")
  static final class Probe implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
      try (var homey = connection.connect()) {
        spec.commandLine().getOut().println(homey.kind() + " " + homey.homeyName() + " " + homey.address() + " "
            + homey.simulator().isPresent());
        return 0;
      }
    }
  }

  @Test void connectResolvesDemoThenEnvironmentThenProfileThenDemo() {
    var nothing = run(new Probe());
    assertEquals(0, nothing.exit(), nothing.err());
    assertTrue(nothing.out().startsWith("DEMO "), nothing.out());
    assertTrue(nothing.out().strip().endsWith("true"));
    assertEquals("homey-console: no Homey configured, using the built-in simulated Homey (demo). Log in with "
        + "`homey-console login`.", nothing.err().strip());

    assertEquals(0, run(new LoginCommand(), "--address", sim.baseUrl(), "--api-key", sim.apiKey()).exit());
    assertTrue(run(new Probe()).out().startsWith("LOCAL " + sim.homeyName() + " " + sim.baseUrl()));

    var demo = run(new Probe(), "--demo");
    assertTrue(demo.out().startsWith("DEMO "), demo.out());
    assertEquals("", demo.err(), "asked for: no explanation");

    env.put("HOMEY_ADDRESS", sim.baseUrl());
    env.put("HOMEY_TOKEN", sim.apiKey());
    assertTrue(run(new Probe()).out().startsWith("ENVIRONMENT "));

    env.remove("HOMEY_ADDRESS");
    env.remove("HOMEY_TOKEN");
    var missing = run(new Probe(), "--profile", "cabin");
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("login --profile cabin"), missing.err());
  }

  @Test void verboseLogsEveryCallAndNoSecret() throws Exception {
    cloudAccountInEnvironment();
    sim.requireTwoFactor("864200");
    var runs = new ArrayList<Run>();
    runs.add(run(new LoginCommand(), "--verbose", "--otp", "864200"));
    assertEquals(0, runs.getFirst().exit(), runs.getFirst().err());
    var profile = store().load("default").orElseThrow();
    runs.add(run(new StatusCommand(), "--verbose"));
    runs.add(run(new HomeysCommand(), "--verbose"));
    sim.expireTokens();
    var token = run(new TokenCommand(), "--verbose");
    var renewed = store().load("default").orElseThrow();
    runs.add(new Run(token.exit(), "", token.err())); // its stdout is the bearer, on purpose
    runs.add(run(new LogoutCommand(), "--verbose"));
    var key = sim.createApiKey("verbose", List.of("homey"));
    runs.add(run(new LoginCommand(), "--verbose", "--profile", "pro", "--address", sim.baseUrl(), "--api-key", key));
    runs.add(run(new StatusCommand(), "--verbose", "--profile", "pro"));

    var everything = new StringBuilder();
    runs.forEach(r -> everything.append(r.all()));
    var text = everything.toString();
    assertTrue(text.contains("--> POST ") && text.contains("/oauth2/token"), "calls are logged");
    assertTrue(text.contains("<-- 200"), "answers are logged");
    var secrets = List.of(sim.account().password(), sim.account().clientSecret(), "864200", key,
        profile.homeyToken(), profile.accessToken(), profile.refreshToken(), renewed.homeyToken(),
        renewed.accessToken());
    for (var secret : secrets) {
      assertFalse(text.contains(secret), "a secret leaked into the output: " + secret.length() + " chars");
    }
    for (var field : List.of("code", "user_token", "_csrf", "access_token", "refresh_token", "client_secret",
        "password", "otptoken")) {
      var shown = java.util.regex.Pattern.compile("[?&\"]" + field + "[\"]?[=:]\\s*\"?(?!██)[A-Za-z0-9]").matcher(text);
      assertFalse(shown.find(), field + " shown unredacted: " + (shown.find(0) ? text.substring(shown.start(),
          Math.min(text.length(), shown.start() + 20)) : ""));
    }
    assertTrue(token.out().strip().equals(renewed.homeyToken()), "token prints the renewed bearer");
  }
}
