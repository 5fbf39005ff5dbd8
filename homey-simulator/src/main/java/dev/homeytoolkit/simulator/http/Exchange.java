package dev.homeytoolkit.simulator.http;

import dev.homeytoolkit.simulator.json.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the routes see it: method, the decoded path without a trailing slash, query and form parameters,
 * headers and the raw body. Independent of Jetty so that routes stay plain functions.
 */
public final class Exchange {
  private final String method;
  private final String rawPath;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final String body;
  private Map<String, List<String>> form;
  private Object json;
  private boolean jsonParsed;

  public Exchange(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    this.path = normalise(this.rawPath);
    this.query = parseForm(rawQuery);
    var lower = new LinkedHashMap<String, List<String>>();
    headers.forEach((k, v) -> lower.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
    this.headers = lower;
    this.body = body == null ? "" : body;
  }

  /** Drops a trailing slash (except for "/"), so {@code /device/} and {@code /device} are one route. */
  public static String normalise(String path) {
    var p = path;
    while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
    return p.isEmpty() ? "/" : p;
  }

  public String method() {
    return method;
  }

  /** The path as sent, still percent-encoded, trailing slash removed. Split it before decoding segments. */
  public String path() {
    return path;
  }

  public String rawPath() {
    return rawPath;
  }

  /** The path split into decoded segments ({@code %3A} becomes {@code :}), without the leading empty one. */
  public List<String> segments() {
    var out = new ArrayList<String>();
    for (var s : path.split("/")) {
      if (!s.isEmpty()) out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return out;
  }

  public String query(String name) {
    var values = query.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  public Map<String, List<String>> queryParameters() {
    return query;
  }

  public String header(String name) {
    var values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  public String body() {
    return body;
  }

  /** The body as URL-encoded form fields (accounts and OAuth routes). */
  public String form(String name) {
    if (form == null) form = parseForm(body);
    var values = form.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  /** The body as JSON, {@code null} when empty; a 400 in the Homey's words when it is not JSON. */
  public Object json() {
    if (!jsonParsed) {
      jsonParsed = true;
      if (!body.isBlank()) {
        try {
          json = Json.parse(body);
        } catch (IllegalArgumentException e) {
          throw HomeyException.badRequest("Invalid JSON body: " + e.getMessage()
              + ". Send a JSON object with Content-Type: application/json.");
        }
      }
    }
    return json;
  }

  /** The bearer token from {@code Authorization}, or null. */
  public String bearer() {
    var auth = header("authorization");
    if (auth == null) return null;
    var space = auth.indexOf(' ');
    if (space < 0 || !auth.substring(0, space).equalsIgnoreCase("bearer")) return null;
    var token = auth.substring(space + 1).trim();
    return token.isEmpty() ? null : token;
  }

  /** HTTP Basic credentials as {id, secret}, or null. */
  public String[] basic() {
    var auth = header("authorization");
    if (auth == null || !auth.regionMatches(true, 0, "basic ", 0, 6)) return null;
    try {
      var decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
      var colon = decoded.indexOf(':');
      if (colon < 0) return null;
      return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A cookie by name, parsed leniently: {@code _csrf=abc; Path} (what the seed guide sends back after splitting a
   * Set-Cookie header on '=') still yields {@code abc}.
   */
  public String cookie(String name) {
    var cookies = headers.get("cookie");
    if (cookies == null) return null;
    for (var header : cookies) {
      for (var part : header.split(";")) {
        var eq = part.indexOf('=');
        if (eq < 0) continue;
        if (part.substring(0, eq).trim().equals(name)) return part.substring(eq + 1).trim();
      }
    }
    return null;
  }

  static Map<String, List<String>> parseForm(String text) {
    var out = new LinkedHashMap<String, List<String>>();
    if (text == null || text.isEmpty()) return out;
    for (var pair : text.split("&")) {
      if (pair.isEmpty()) continue;
      var eq = pair.indexOf('=');
      var name = decode(eq < 0 ? pair : pair.substring(0, eq));
      var value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name.trim(), k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
