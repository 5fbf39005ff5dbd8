package dev.homeytoolkit.auth;

import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.auth.AuthException.Step;
import dev.homeytoolkit.auth.cloud.AccountLogin;
import dev.homeytoolkit.auth.cloud.AthomCloud;
import dev.homeytoolkit.auth.cloud.BrowserLogin;
import dev.homeytoolkit.auth.cloud.ClientCredentials;
import dev.homeytoolkit.auth.cloud.CloudEndpoints;
import dev.homeytoolkit.auth.cloud.CloudTokens;
import dev.homeytoolkit.auth.cloud.CloudUser;
import dev.homeytoolkit.auth.cloud.HomeySessionLogin;
import dev.homeytoolkit.auth.discovery.AddressFinder;
import dev.homeytoolkit.auth.local.ApiKeyCheck;
import dev.homeytoolkit.auth.local.Ping;
import dev.homeytoolkit.auth.store.Profile;
import dev.homeytoolkit.auth.store.ProfileStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * Every way to a Homey bearer token, and keeping it: log in ({@link #login}), open a stored profile ({@link #open}),
 * use {@code HOMEY_ADDRESS}/{@code HOMEY_TOKEN} ({@link #fromEnvironment}), forget ({@link #logout}).
 *
 * <pre>{@code
 * var auth = HomeyAuth.builder().store(ProfileStore.defaultLocation(System.getenv())).build();
 * var session = auth.login("default",
 *     new Credentials.ApiKey("http://192.168.1.50", key), HomeyChoice.any());
 * String bearer = auth.open("default").tokens().token();
 * }</pre>
 *
 * <p>Every cloud host is configurable ({@link Builder#endpoints}, {@link Builder#homeyAddress}) so tests can point
 * them at a simulator; the defaults are Athom's. HTTP goes through the given {@link OkHttpClient}, so verbose,
 * redacted logging is an interceptor the caller adds.
 */
public final class HomeyAuth {
  private static final Pattern HOMEY_ID = Pattern.compile("[0-9a-fA-F]{24}");

  final ProfileStore store;
  final OkHttpClient http;
  final CloudEndpoints endpoints;
  final String homeyAddress;
  final String redirectUri;
  final Clock clock;
  final Duration refreshAhead;
  final AthomCloud cloud;
  final HomeySessionLogin sessionLogin;

  private HomeyAuth(Builder b) {
    this.store = b.store != null ? b.store : ProfileStore.defaultLocation(System.getenv());
    this.http = b.http != null ? b.http : new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
    this.endpoints = b.endpoints;
    this.homeyAddress = b.homeyAddress;
    this.redirectUri = b.redirectUri;
    this.clock = b.clock;
    this.refreshAhead = b.refreshAhead;
    this.cloud = new AthomCloud(http, endpoints, clock);
    this.sessionLogin = new HomeySessionLogin(http);
  }

  public static Builder builder() {
    return new Builder();
  }

  public ProfileStore store() {
    return store;
  }

  /** Logs in one of the three stored ways and saves the profile (replacing its previous tokens). */
  public HomeySession login(String profile, Credentials credentials, HomeyChoice choice) throws IOException {
    var saved = switch (credentials) {
      case Credentials.ApiKey key -> {
        var local = new ApiKeyCheck(http).check(key.address(), key.key());
        yield new Profile(profile, Profile.Kind.LOCAL, local.address(), local.homeyId(), local.name(),
            local.version(), null, local.scopes(), key.key(), null, null, null, null, null, null, null);
      }
      case Credentials.Password p -> {
        var hint = choice.wanted() != null && HOMEY_ID.matcher(choice.wanted()).matches() ? choice.wanted() : null;
        var code = new AccountLogin(http, endpoints)
            .authorizationCode(p.client(), redirectUri, p.email(), p.password(), p.otp(), p.otpPrompt(), hint);
        var tokens = cloud.exchangeCode(p.client(), code, redirectUri);
        yield cloudProfile(profile, p.client(), tokens, choice, redirectUri);
      }
      case Credentials.Browser b -> {
        var grant = new BrowserLogin(endpoints, b.port(), b.timeout()).authorize(b.client(), b.show());
        var tokens = cloud.exchangeCode(b.client(), grant.code(), grant.redirectUri());
        yield cloudProfile(profile, b.client(), tokens, choice, grant.redirectUri());
      }
    };
    store.locked(profile, () -> {
      store.save(saved); // refuses to replace a damaged file, which it reports with its path
      return null;
    });
    return session(saved);
  }

  private Profile cloudProfile(String profile, ClientCredentials client, CloudTokens tokens, HomeyChoice choice,
      String usedRedirect) throws AuthException {
    var user = cloud.userMe(tokens.accessToken());
    if (user == null) {
      throw new AuthException(Step.USER, "the Athom cloud refused the brand-new access token: run "
          + "`homey-console login` again");
    }
    var homey = choice.pick(user.homeys());
    var address = homeyAddress != null ? homeyAddress : new AddressFinder(http).find(homey);
    var jwt = cloud.delegation(tokens.accessToken());
    if (jwt == null) {
      throw new AuthException(Step.DELEGATION, "the Athom cloud refused a delegation for the new access token: "
          + "run `homey-console login` again");
    }
    var sessionToken = sessionLogin.session(address, homey.id(), jwt);
    List<String> scopes = List.of();
    String version = homey.softwareVersion();
    String name = homey.name();
    try {
      var local = new ApiKeyCheck(http).check(address, sessionToken);
      scopes = local.scopes();
      if (local.version() != null) version = local.version();
      if (local.name() != null) name = local.name();
    } catch (AuthException e) {
      // the session works or not on first use; the scopes are a nicety for `status`
    }
    return new Profile(profile, Profile.Kind.CLOUD, address, homey.id(), name, version, user.email(), scopes,
        sessionToken, tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(), client.clientId(),
        client.clientSecret(), usedRedirect,
        endpoints.api().equals(CloudEndpoints.ATHOM.api()) ? null : endpoints.api().toString());
  }

  /** The stored profile as a session, or an error saying how to log in. */
  public HomeySession open(String profile) throws IOException {
    return find(profile).orElseThrow(() -> new AuthException(Step.STORE, "no Homey is configured for profile '"
        + profile + "': run `homey-console login" + ("default".equals(profile) ? "" : " --profile " + profile)
        + "`"));
  }

  /** The stored profile as a session, or empty when there is none. */
  public Optional<HomeySession> find(String profile) throws IOException {
    return store.load(profile).map(this::session);
  }

  /** Forgets the profile's tokens. False when it had none. */
  public boolean logout(String profile) throws IOException {
    return store.locked(profile, () -> store.delete(profile));
  }

  /** The account behind a stored cloud profile, with its Homeys (refreshing the access token when needed). */
  public CloudUser account(String profile) throws IOException {
    var p = store.load(profile).orElseThrow(() -> new AuthException(Step.STORE, "no profile '" + profile
        + "': run `homey-console login` first"));
    if (p.kind() != Profile.Kind.CLOUD) {
      throw new AuthException(Step.USER, "profile '" + profile + "' uses a local API key, which cannot list the "
          + "account's Homeys: log in with your Athom account (`homey-console login`) to see them");
    }
    var tokens = (StoredTokens) session(p).tokens();
    var cloud = cloudFor(p);
    var user = cloud.userMe(tokens.accessToken());
    if (user == null) user = cloud.userMe(tokens.renewAccess());
    if (user == null) throw new AuthException(Step.USER, "the Athom cloud refused the refreshed access token: run "
        + "`homey-console login` again");
    return user;
  }

  /**
   * The fourth way in, for cron and CI: {@code HOMEY_ADDRESS} and {@code HOMEY_TOKEN} (an API key or a session
   * token), used as they are; nothing is read from or written to the store. Empty when neither is set.
   */
  public Optional<HomeySession> fromEnvironment(Map<String, String> env) throws AuthException {
    var address = env.get("HOMEY_ADDRESS");
    var token = env.get("HOMEY_TOKEN");
    var hasAddress = address != null && !address.isBlank();
    var hasToken = token != null && !token.isBlank();
    if (!hasAddress && !hasToken) return Optional.empty();
    if (!hasAddress || !hasToken) {
      throw new AuthException(Step.ENVIRONMENT, (hasAddress ? "HOMEY_TOKEN" : "HOMEY_ADDRESS")
          + " is not set but " + (hasAddress ? "HOMEY_ADDRESS" : "HOMEY_TOKEN") + " is: set both (or neither, to use"
          + " the stored profile)");
    }
    var base = Ping.normalise(address);
    var pong = Ping.ping(http, base, null, Duration.ofSeconds(5));
    if (pong == null) {
      throw new AuthException(Step.PING, "no Homey answered at HOMEY_ADDRESS (" + base + "): check the address");
    }
    TokenSource tokens = new TokenSource() {
      @Override public String token() {
        return token.strip();
      }

      @Override public String refresh(String stale) throws IOException {
        throw new AuthException(Step.ENVIRONMENT, "the Homey refused HOMEY_TOKEN: set a valid API key or session "
            + "token, or unset HOMEY_ADDRESS and HOMEY_TOKEN to use `homey-console login`");
      }

      @Override public String toString() {
        return "HOMEY_TOKEN(██)";
      }
    };
    return Optional.of(new HomeySession(null, HomeySession.Kind.ENVIRONMENT, base, pong.homeyId(),
        nameOrNull(base, pong.homeyId(), token.strip()), pong.version(), null, List.of(), null, tokens));
  }

  /** The Homey's name when the token may read it (homey.system.readonly), else null; never fails. */
  private String nameOrNull(String base, String homeyId, String token) {
    var request = new okhttp3.Request.Builder().url(base + "/api/manager/system/name")
        .header("Authorization", "Bearer " + token).header("X-Homey-ID", homeyId).get().build();
    try (var response = http.newBuilder().callTimeout(Duration.ofSeconds(3)).build().newCall(request).execute()) {
      if (!response.isSuccessful()) return null;
      return dev.homeytoolkit.auth.internal.Json.parse(response.body().string()) instanceof String s ? s : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The cloud a profile's tokens belong to: where it logged in, whatever this instance's default is. */
  AthomCloud cloudFor(Profile p) {
    if (p.cloudApi() == null || p.cloudApi().equals(endpoints.api().toString())) {
      return p.cloudApi() == null && !endpoints.api().equals(CloudEndpoints.ATHOM.api())
          ? new AthomCloud(http, CloudEndpoints.ATHOM, clock) : cloud;
    }
    return new AthomCloud(http, CloudEndpoints.of(endpoints.accounts().toString(), p.cloudApi()), clock);
  }

  private HomeySession session(Profile p) {
    var kind = p.kind() == Profile.Kind.CLOUD ? HomeySession.Kind.CLOUD : HomeySession.Kind.LOCAL;
    return new HomeySession(p.name(), kind, p.address(), p.homeyId(), p.homeyName(), p.homeyVersion(), p.account(),
        p.scopes(), p.accessExpiresAt(), new StoredTokens(this, p));
  }

  /** Configures a {@link HomeyAuth}. */
  public static final class Builder {
    private ProfileStore store;
    private OkHttpClient http;
    private CloudEndpoints endpoints = CloudEndpoints.ATHOM;
    private String homeyAddress;
    private String redirectUri = "http://localhost";
    private Clock clock = Clock.systemUTC();
    private Duration refreshAhead = Duration.ofMinutes(2);

    private Builder() {}

    /** Where profiles live. Default: {@code $XDG_CONFIG_HOME/homey-console}. */
    public Builder store(ProfileStore store) {
      this.store = store;
      return this;
    }

    /** The HTTP client for every call (add a redacting logging interceptor to it for {@code --verbose}). */
    public Builder okHttpClient(OkHttpClient http) {
      this.http = http;
      return this;
    }

    /** The Athom cloud hosts. Default: accounts.athom.com and api.athom.com. */
    public Builder endpoints(CloudEndpoints endpoints) {
      this.endpoints = endpoints;
      return this;
    }

    /** Use this address for the Homey after a cloud login instead of finding it by pings (tests, odd networks). */
    public Builder homeyAddress(String address) {
      this.homeyAddress = address;
      return this;
    }

    /** The redirect URL registered with the API project, for the scripted login. Default {@code http://localhost}. */
    public Builder redirectUri(String redirectUri) {
      this.redirectUri = redirectUri;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** How long before the access token expires it is refreshed. Default two minutes. */
    public Builder refreshAhead(Duration refreshAhead) {
      this.refreshAhead = refreshAhead;
      return this;
    }

    public HomeyAuth build() {
      return new HomeyAuth(this);
    }
  }
}
