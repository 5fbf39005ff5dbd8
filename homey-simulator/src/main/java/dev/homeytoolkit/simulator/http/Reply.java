package dev.homeytoolkit.simulator.http;

import dev.homeytoolkit.simulator.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete answer, built before anything goes on the wire so that fault injection can still bend it
 * (truncate it, corrupt it, send it slowly) and the request log can see its status.
 */
public record Reply(int status, String contentType, byte[] body, List<Map.Entry<String, String>> headers) {

  public Reply {
    headers = List.copyOf(headers);
  }

  public static Reply json(int status, Object value) {
    return new Reply(status, "application/json; charset=utf-8",
        Json.write(value).getBytes(StandardCharsets.UTF_8), List.of());
  }

  /** 200 with JSON already encoded (a cached list); the array is sent as it is, never changed. */
  public static Reply encodedJson(byte[] utf8) {
    return new Reply(200, "application/json; charset=utf-8", utf8, List.of());
  }

  public static Reply json(Object value) {
    return json(200, value);
  }

  public static Reply html(int status, String html) {
    return new Reply(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), List.of());
  }

  public static Reply text(int status, String contentType, String body) {
    return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), List.of());
  }

  public static Reply redirect(String location) {
    return new Reply(302, "text/plain; charset=utf-8",
        ("Found. Redirecting to " + location).getBytes(StandardCharsets.UTF_8),
        List.of(Map.entry("Location", location)));
  }

  /** The Homey's error shape: {@code {"error", "error_description", "statusCode"}}. */
  public static Reply error(int status, String error, String description) {
    var body = new LinkedHashMap<String, Object>();
    body.put("error", error);
    body.put("error_description", description);
    body.put("statusCode", status);
    return json(status, body);
  }

  public Reply withHeader(String name, String value) {
    var list = new ArrayList<>(headers);
    list.add(Map.entry(name, value));
    return new Reply(status, contentType, body, list);
  }

  public Reply withBody(byte[] newBody) {
    return new Reply(status, contentType, newBody, headers);
  }
}
