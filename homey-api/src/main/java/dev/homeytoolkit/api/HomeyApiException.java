package dev.homeytoolkit.api;

import dev.homeytoolkit.api.model.Json;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Homey (or this client, on the Homey's behalf) refused a call. Carries what the Homey said: HTTP status, its
 * error code ({@code zone_not_found}), its description ({@code Zone Not Found}), and the method and path of the call.
 *
 * <p>The message reads {@code GET /api/manager/zones/zone/x: 404 zone_not_found: Zone Not Found}. The path never
 * carries the query string and nothing here carries a token.
 *
 * <p>Bad arguments to {@link HomeyClient#invoke} fail the same way, before any request, as the Homey itself would:
 * status 400, code {@code invalid_parameter}, description {@code Missing Parameter: id} or
 * {@code Invalid Parameter Type: id. Got: number. Expected: string}.
 */
public final class HomeyApiException extends IOException {
  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
  private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

  private final int statusCode;
  private final String error;
  private final String errorDescription;
  private final String method;
  private final String path;

  /**
   * An error as the Homey (or this client, for it) reported it.
   *
   * @param statusCode the HTTP status, or 0 when no answer came
   * @param error the Homey's error code, or {@code null}
   * @param errorDescription the Homey's description, or a readable stand-in; never {@code null}
   * @param method the HTTP method of the call
   * @param path the path of the call, without query string
   */
  public HomeyApiException(int statusCode, String error, String errorDescription, String method, String path) {
    this(statusCode, error, errorDescription, method, path, null);
  }

  /** As {@link #HomeyApiException(int, String, String, String, String)}, keeping the low-level cause. */
  public HomeyApiException(
      int statusCode, String error, String errorDescription, String method, String path, Throwable cause) {
    super(message(statusCode, error, errorDescription, method, path), cause);
    this.statusCode = statusCode;
    this.error = error;
    this.errorDescription = errorDescription == null ? "" : errorDescription;
    this.method = method;
    this.path = path;
  }

  /**
   * Reads an error answer. A JSON body gives {@code error}/{@code error_description} (or {@code message}); any other
   * body (an HTML maintenance page, say) gives its title or first words; an empty body gives the status text.
   */
  public static HomeyApiException fromAnswer(
      int statusCode, String statusMessage, String method, String path, String contentType, String body) {
    String error = null;
    String description = null;
    var text = body == null ? "" : body.strip();
    if (text.startsWith("{")) {
      try {
        if (Json.parse(text) instanceof Map<?, ?> map) {
          error = stringOrNull(map.get("error"));
          description = stringOrNull(map.get("error_description"));
          if (description == null) description = stringOrNull(map.get("message"));
          if (error != null && map.get("error") instanceof Map<?, ?> nested) { // {"error": {"message": …}}
            error = stringOrNull(nested.get("code"));
            if (description == null) description = stringOrNull(nested.get("message"));
          }
        }
      } catch (RuntimeException notJson) {
        // fall through to the plain-text reading
      }
    } else if (text.startsWith("\"")) {
      try {
        description = stringOrNull(Json.parse(text));
      } catch (RuntimeException notJson) {
        // fall through
      }
    }
    if (error == null && description == null) {
      var status = statusMessage == null || statusMessage.isBlank() ? reason(statusCode) : statusMessage;
      if (text.isEmpty()) {
        description = status;
      } else if (looksLikeHtml(contentType, text)) {
        var title = TITLE.matcher(text);
        var words = title.find() ? title.group(1) : TAGS.matcher(text).replaceAll(" ");
        description = status + " (the Homey answered with an HTML page, not JSON: \"" + shorten(words) + "\")";
      } else {
        description = status + " (the Homey answered with text, not JSON: \"" + shorten(text) + "\")";
      }
    }
    return new HomeyApiException(statusCode, error, description, method, path);
  }

  /** An argument this client refused before sending, as the Homey would have: status 400. */
  public static HomeyApiException invalidParameter(String description, String method, String path) {
    return new HomeyApiException(400, "invalid_parameter", description, method, path);
  }

  /** The HTTP status; 400 for arguments refused before sending; 0 when no answer came. */
  public int statusCode() {
    return statusCode;
  }

  /** The Homey's error code ({@code zone_not_found}), or {@code null} when it sent none. */
  public String error() {
    return error;
  }

  /** The Homey's description ({@code Zone Not Found}, {@code Missing Parameter: id}), or a readable stand-in. */
  public String errorDescription() {
    return errorDescription;
  }

  /** The HTTP method of the refused call. */
  public String method() {
    return method;
  }

  /** The path of the refused call, without query string. */
  public String path() {
    return path;
  }

  private static String message(int status, String error, String description, String method, String path) {
    var sb = new StringBuilder();
    if (method != null) sb.append(method).append(' ');
    if (path != null) sb.append(path);
    if (!sb.isEmpty()) sb.append(": ");
    if (status > 0) sb.append(status).append(' ');
    if (error != null && !error.equals(description)) sb.append(error).append(": ");
    sb.append(description == null ? "" : description);
    return sb.toString().strip();
  }

  private static boolean looksLikeHtml(String contentType, String text) {
    return (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))
        || text.regionMatches(true, 0, "<!doctype", 0, 9) || text.regionMatches(true, 0, "<html", 0, 5);
  }

  private static String shorten(String s) {
    var flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
  }

  private static String stringOrNull(Object o) {
    return o == null ? null : o instanceof String s ? s : String.valueOf(o);
  }

  private static String reason(int code) {
    return switch (code) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "HTTP " + code;
    };
  }
}
