package dev.homeytoolkit.api.http;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okio.Buffer;

/**
 * Blanks secrets out of what is shown to people: headers ({@code Authorization}, {@code Cookie}, {@code Set-Cookie}
 * and any whose name holds "token" or "secret"), query strings, form bodies and JSON bodies. A field is secret when
 * its name contains {@code password}, {@code secret}, {@code code}, {@code token} or {@code cookie} (case
 * insensitive: {@code client_secret}, {@code access_token}, {@code otptoken}, {@code user_token}, …); the Homey's
 * own {@code statusCode} is left alone. A JSON answer that is a bare string (a session token or a JWT, as the login
 * calls answer) and any string that looks like a JWT are blanked too.
 */
public final class Redaction {
  /** What a secret is replaced with. */
  public static final String MASK = "██";

  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

  private Redaction() {}

  /** Whether a field, parameter or header of this name holds a secret. */
  public static boolean isSecretName(String name) {
    var n = name.toLowerCase(Locale.ROOT);
    if (n.equals("statuscode")) return false;
    return n.contains("password") || n.contains("secret") || n.contains("code") || n.contains("token")
        || n.contains("cookie") || n.equals("authorization") || n.equals("_csrf");
  }

  /** A header value fit to show. */
  public static String header(String name, String value) {
    return isSecretName(name) ? MASK : name.equalsIgnoreCase("Location") ? url(value) : value;
  }

  /** A URL with the values of secret query parameters blanked. Unparseable text is returned with its query cut. */
  public static String url(String url) {
    var parsed = HttpUrl.parse(url);
    if (parsed == null) {
      var q = url.indexOf('?');
      return q < 0 ? url : url.substring(0, q) + "?" + query(url.substring(q + 1));
    }
    return url(parsed);
  }

  /** A URL with the values of secret query parameters blanked. */
  public static String url(HttpUrl url) {
    var query = url.encodedQuery();
    if (query == null) return url.toString();
    return url.newBuilder().encodedQuery(null).build() + "?" + query(query);
  }

  /** An encoded query string or form body with the values of secret names blanked. */
  public static String query(String encoded) {
    var out = new StringBuilder();
    for (var pair : encoded.split("&", -1)) {
      if (!out.isEmpty()) out.append('&');
      var eq = pair.indexOf('=');
      var name = eq < 0 ? pair : pair.substring(0, eq);
      String decoded;
      try {
        decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        decoded = name;
      }
      if (eq >= 0 && isSecretName(decoded)) {
        out.append(name).append('=').append(MASK);
      } else {
        out.append(JWT.matcher(pair).replaceAll(MASK));
      }
    }
    return out.toString();
  }

  /**
   * JSON text with secret fields, JWTs and a bare top-level string blanked; numbers and order are kept. Text that is
   * not JSON is not shown at all: it is replaced by a note of its length.
   */
  public static String json(String text) {
    var trimmed = text.strip();
    if (trimmed.isEmpty()) return text;
    try {
      var reader = JsonReader.of(new Buffer().writeUtf8(trimmed));
      if (reader.peek() == JsonReader.Token.STRING) {
        reader.skipValue();
        if (reader.peek() != JsonReader.Token.END_DOCUMENT) throw new IOException("trailing text");
        return "\"" + MASK + "\"";
      }
      var buffer = new Buffer();
      try (var writer = JsonWriter.of(buffer)) {
        writer.setSerializeNulls(true);
        copy(reader, writer, false);
      }
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) throw new IOException("trailing text");
      return buffer.readUtf8();
    } catch (IOException | RuntimeException e) {
      return "(" + text.length() + " characters that are not JSON)";
    }
  }

  private static void copy(JsonReader reader, JsonWriter writer, boolean secret) throws IOException {
    if (secret) {
      reader.skipValue();
      writer.value(MASK);
      return;
    }
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
          var name = reader.nextName();
          writer.name(name);
          copy(reader, writer, isSecretName(name));
        }
        reader.endObject();
        writer.endObject();
      }
      case BEGIN_ARRAY -> {
        reader.beginArray();
        writer.beginArray();
        while (reader.hasNext()) copy(reader, writer, false);
        reader.endArray();
        writer.endArray();
      }
      case STRING -> writer.value(JWT.matcher(reader.nextString()).replaceAll(MASK));
      case NUMBER -> writer.value(new BigDecimal(reader.nextString()));
      case BOOLEAN -> writer.value(reader.nextBoolean());
      case NULL -> writer.value((String) reader.nextNull());
      default -> throw new IOException("unexpected " + reader.peek());
    }
  }
}
