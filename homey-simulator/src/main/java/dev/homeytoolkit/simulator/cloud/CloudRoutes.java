package dev.homeytoolkit.simulator.cloud;

import dev.homeytoolkit.simulator.auth.Token;
import dev.homeytoolkit.simulator.auth.Tokens;
import dev.homeytoolkit.simulator.http.Exchange;
import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.http.Reply;
import dev.homeytoolkit.simulator.routes.Context;
import dev.homeytoolkit.simulator.store.Ids;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Athom cloud on the simulator's port, same paths as accounts.athom.com and api.athom.com (reference A and B):
 * account login, the consent page and its allow POST, the browser authorisation form, the token endpoint with
 * four grants, delegation tokens and {@code /user/me}.
 */
public final class CloudRoutes {
  private static final Duration CODE_LIFETIME = Duration.ofSeconds(30);

  private final Context context;

  public CloudRoutes(Context context) {
    this.context = context;
  }

  /** Whether {@code path} (normalised) is one of the cloud's routes. */
  public static boolean owns(String path) {
    return switch (path) {
      case "/login", "/authorise", "/oauth2/authorise", "/oauth2/token", "/delegation/token", "/user/me" -> true;
      default -> false;
    };
  }

  public Reply handle(Exchange ex) {
    var route = ex.method() + " " + ex.path();
    return switch (route) {
      case "POST /login" -> login(ex);
      case "GET /oauth2/authorise" -> ex.query("user_token") != null ? consentPage(ex) : browserPage(ex, null, 200);
      case "POST /authorise" -> allow(ex);
      case "POST /oauth2/authorise" -> ex.query("user_token") != null ? allow(ex) : browserLogin(ex);
      case "POST /oauth2/token" -> token(ex);
      case "POST /delegation/token" -> delegation(ex);
      case "GET /user/me" -> userMe(ex);
      default -> Reply.error(405, "method_not_allowed", ex.method() + " is not allowed on " + ex.path());
    };
  }

  private Tokens tokens() {
    return context.tokens();
  }

  private String userId() {
    return Ids.uuid(context.home().seed(), "athom:Alex");
  }

  // ---- step 1: account login

  private Reply login(Exchange ex) {
    var problem = checkCredentials(ex.form("email"), ex.form("password"), ex.form("otptoken"));
    if (problem != null) return problem;
    var token = tokens().issue(Token.Kind.USER_TOKEN, "accounts login", List.of(), context.tokenLifetime(),
        userId(), null);
    return Reply.json(Map.of("token", token.value()));
  }

  /** Null when the credentials (and 2FA code, if required) are right; else the error answer. */
  private Reply checkCredentials(String email, String password, String otp) {
    var account = context.account();
    if (email == null || password == null || !account.email().equalsIgnoreCase(email.trim())
        || !account.password().equals(password)) {
      return Reply.error(401, "invalid_credentials", "Invalid email or password");
    }
    var required = context.otp().get();
    if (required != null && (otp == null || otp.isBlank())) {
      return Reply.error(401, "otp_required", "This account uses two-factor authentication: send the code as otptoken");
    }
    if (required != null && !required.equals(otp.trim())) {
      return Reply.error(401, "invalid_otp", "The two-factor code is wrong or expired");
    }
    return null;
  }

  // ---- steps 2 and 3: consent page and allow

  private Reply consentPage(Exchange ex) {
    var user = tokens().find(ex.query("user_token"), Token.Kind.USER_TOKEN);
    if (user == null || !user.usable(tokens().now())) {
      return Reply.html(401, page("Session expired", "<p>Your login expired. Log in again.</p>"));
    }
    var bad = checkClient(ex.query("client_id"), ex.query("redirect_uri"));
    if (bad != null) return bad;
    var cookie = Tokens.randomHex(16);
    var html = page("Authorize " + context.home().name(), """
        <p>An application wants to access your Homey.</p>
        <form method="POST" action="/authorise?%s">
        <input type="hidden" name="_csrf" value="%s">
        <select name="resource"><option value="resource.homey.%s">%s</option></select>
        <button type="submit" name="allow" value="Allow">Allow</button>
        <button type="submit" name="deny" value="Deny">Deny</button>
        </form>""".formatted(escape(query(ex)), csrfFor(cookie), context.homeyId(), escape(context.home().name())));
    return Reply.html(200, html).withHeader("Set-Cookie", "_csrf=" + cookie + "; Path=/; HttpOnly");
  }

  private Reply allow(Exchange ex) {
    var user = tokens().find(ex.query("user_token"), Token.Kind.USER_TOKEN);
    if (user == null || !user.usable(tokens().now())) {
      return Reply.error(401, "invalid_token", "The user_token is invalid or expired: log in again");
    }
    var bad = checkClient(ex.query("client_id"), ex.query("redirect_uri"));
    if (bad != null) return bad;
    var csrf = checkCsrf(ex);
    if (csrf != null) return csrf;
    var resource = ex.form("resource");
    if (resource != null && !resource.equals("resource.homey." + context.homeyId())) {
      return Reply.error(400, "invalid_resource", "Unknown resource " + resource + ": this account has Homey "
          + context.homeyId());
    }
    return redirectWithCode(ex, ex.form("allow") != null);
  }

  // ---- browser flow

  private Reply browserPage(Exchange ex, String error, int status) {
    var bad = checkClient(ex.query("client_id"), ex.query("redirect_uri"));
    if (bad != null) return bad;
    var cookie = Tokens.randomHex(16);
    var html = page("Log in to Athom", """
        %s<form method="POST" action="/oauth2/authorise?%s">
        <input type="hidden" name="_csrf" value="%s">
        <label>Email <input type="email" name="email"></label>
        <label>Password <input type="password" name="password"></label>
        <label>Two-factor code <input type="text" name="otptoken"></label>
        <button type="submit" name="allow" value="Allow">Log in and allow</button>
        </form>""".formatted(error == null ? "" : "<p class=\"error\">" + escape(error) + "</p>\n",
        escape(query(ex)), csrfFor(cookie)));
    return Reply.html(status, html).withHeader("Set-Cookie", "_csrf=" + cookie + "; Path=/; HttpOnly");
  }

  private Reply browserLogin(Exchange ex) {
    var bad = checkClient(ex.query("client_id"), ex.query("redirect_uri"));
    if (bad != null) return bad;
    var csrf = checkCsrf(ex);
    if (csrf != null) return csrf;
    var problem = checkCredentials(ex.form("email"), ex.form("password"), ex.form("otptoken"));
    if (problem != null) return browserPage(ex, "Wrong email, password or two-factor code.", 401);
    return redirectWithCode(ex, ex.form("deny") == null);
  }

  private Reply redirectWithCode(Exchange ex, boolean allowed) {
    var redirect = ex.query("redirect_uri");
    var state = ex.query("state");
    var sep = redirect.contains("?") ? "&" : "?";
    if (!allowed) {
      return Reply.redirect(redirect + sep + "error=access_denied" + (state == null ? "" : "&state=" + enc(state)));
    }
    var code = tokens().issue(Token.Kind.AUTH_CODE, "authorization code", List.of(), CODE_LIFETIME, userId(),
        ex.query("client_id") + " " + redirect);
    return Reply.redirect(redirect + sep + "code=" + code.value() + (state == null ? "" : "&state=" + enc(state)));
  }

  private Reply checkClient(String clientId, String redirectUri) {
    if (clientId == null || !clientId.equals(context.account().clientId())) {
      return Reply.error(400, "invalid_client", "Unknown client_id: use the client id of your API project");
    }
    if (redirectUri == null || redirectUri.isBlank()) {
      return Reply.error(400, "invalid_request", "Missing redirect_uri");
    }
    return null;
  }

  private String csrfFor(String cookie) {
    return tokens().sign("csrf:" + cookie).substring(0, 32);
  }

  private Reply checkCsrf(Exchange ex) {
    var cookie = ex.cookie("_csrf");
    var form = ex.form("_csrf");
    if (cookie == null || form == null || !csrfFor(cookie).equals(form.trim())) {
      return Reply.html(403, page("Forbidden", "<p>ForbiddenError: invalid csrf token</p>"));
    }
    return null;
  }

  // ---- step 4: token endpoint

  private Reply token(Exchange ex) {
    var basic = ex.basic();
    var clientId = basic != null ? basic[0] : ex.form("client_id");
    var secret = basic != null ? basic[1] : ex.form("client_secret");
    var account = context.account();
    if (clientId == null || secret == null || !account.clientId().equals(clientId)
        || !account.clientSecret().equals(secret)) {
      return Reply.error(401, "invalid_client", "Client authentication failed: check client_id and client_secret");
    }
    var grant = ex.form("grant_type");
    if (grant == null) return Reply.error(400, "invalid_request", "Missing grant_type");
    return switch (grant) {
      case "authorization_code" -> {
        var code = tokens().consume(ex.form("code"), Token.Kind.AUTH_CODE);
        if (code == null || !code.usable(tokens().now())) {
          yield Reply.error(400, "invalid_grant", "The authorization code is invalid, used or expired");
        }
        var parts = code.extra().split(" ", 2);
        var redirect = ex.form("redirect_uri");
        if (!parts[0].equals(clientId) || redirect != null && !redirect.equals(parts[1])) {
          yield Reply.error(400, "invalid_grant", "The authorization code was issued to another client or redirect_uri");
        }
        yield tokenPair(code.subject(), clientId, true);
      }
      case "password" -> {
        var problem = checkCredentials(ex.form("username"), ex.form("password"), ex.form("otptoken"));
        yield problem != null ? Reply.error(400, "invalid_grant", "Invalid username or password")
            : tokenPair(userId(), clientId, true);
      }
      case "client_credentials" -> tokenPair(clientId, clientId, false);
      case "refresh_token" -> {
        var refresh = tokens().find(ex.form("refresh_token"), Token.Kind.CLOUD_REFRESH);
        if (refresh == null || !refresh.usable(tokens().now()) || !clientId.equals(refresh.extra())) {
          yield Reply.error(400, "invalid_grant", "The refresh token is invalid or revoked: log in again");
        }
        var access = tokens().issue(Token.Kind.CLOUD_ACCESS, "access", List.of("homey"), context.tokenLifetime(),
            refresh.subject(), clientId);
        yield Reply.json(tokenBody(access, refresh));
      }
      default -> Reply.error(400, "unsupported_grant_type", "Unsupported grant_type " + grant
          + ": use authorization_code, password, client_credentials or refresh_token");
    };
  }

  private Reply tokenPair(String subject, String clientId, boolean withRefresh) {
    var access = tokens().issue(Token.Kind.CLOUD_ACCESS, "access", List.of("homey"), context.tokenLifetime(),
        subject, clientId);
    var refresh = withRefresh
        ? tokens().issue(Token.Kind.CLOUD_REFRESH, "refresh", List.of("homey"), null, subject, clientId) : null;
    return Reply.json(tokenBody(access, refresh));
  }

  private Map<String, Object> tokenBody(Token access, Token refresh) {
    var body = new LinkedHashMap<String, Object>();
    body.put("token_type", "bearer");
    body.put("access_token", access.value());
    body.put("expires_in", (double) context.tokenLifetime().toSeconds());
    if (refresh != null) body.put("refresh_token", refresh.value());
    return body;
  }

  // ---- step 5 and /user/me

  private Token cloudBearer(Exchange ex) {
    var token = tokens().find(ex.bearer(), Token.Kind.CLOUD_ACCESS);
    if (token == null || token.revoked()) {
      throw new HomeyException(401, "invalid_token", "The access token is missing or invalid");
    }
    if (token.expired(tokens().now())) {
      throw new HomeyException(401, "invalid_token", "The access token expired: refresh it");
    }
    return token;
  }

  private Reply delegation(Exchange ex) {
    var token = cloudBearer(ex);
    var audience = ex.query("audience");
    if (!"homey".equals(audience)) {
      return Reply.error(400, "invalid_audience", "Unsupported audience " + audience + ": use audience=homey");
    }
    // The body is ignored on purpose: the seed guide sends a malformed one.
    return Reply.json(context.delegation().issue(token.subject()));
  }

  private Reply userMe(Exchange ex) {
    cloudBearer(ex);
    var base = context.baseUrl().get();
    var homey = new LinkedHashMap<String, Object>();
    homey.put("_id", context.homeyId());
    homey.put("id", context.homeyId());
    homey.put("name", context.home().name());
    homey.put("apiVersion", 3.0);
    homey.put("platform", "local");
    homey.put("platformVersion", 2.0);
    homey.put("softwareVersion", context.homeyVersion());
    homey.put("language", "en");
    homey.put("role", "owner");
    homey.put("state", "online");
    homey.put("localUrl", base);
    homey.put("localUrlSecure", base);
    homey.put("remoteUrl", base);
    homey.put("remoteUrlForwarded", base);
    homey.put("mdnsFqdn", "homey-" + context.homeyId() + ".local");
    var user = new LinkedHashMap<String, Object>();
    user.put("_id", userId());
    user.put("id", userId());
    user.put("firstname", "Alex");
    user.put("lastname", "Demo");
    user.put("fullname", "Alex Demo");
    user.put("email", context.account().email());
    user.put("language", "en");
    user.put("homeys", List.of(homey));
    return Reply.json(user);
  }

  // ---- helpers

  private static String query(Exchange ex) {
    var out = new StringBuilder();
    for (var e : ex.queryParameters().entrySet()) {
      for (var v : e.getValue()) {
        if (!out.isEmpty()) out.append('&');
        out.append(enc(e.getKey())).append('=').append(enc(v));
      }
    }
    return out.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String page(String title, String body) {
    return """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>%s</title></head>
        <body><h1>%s</h1>
        %s
        </body></html>
        """.formatted(escape(title), escape(title), body);
  }
}
