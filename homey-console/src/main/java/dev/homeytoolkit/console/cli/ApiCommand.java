package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.api.HomeyApiException;
import dev.homeytoolkit.api.http.QueryString;
import dev.homeytoolkit.api.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code homey-console api [METHOD] PATH}: any Homey Web API call, in the spirit of {@code gh api}. Paths are under
 * the Homey's {@code /api} ({@code /manager/devices/device}); the answer is printed as indented JSON, or as received
 * with {@code --raw}; an HTTP error prints the Homey's error and exits 1.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
    description = {"Call any Homey Web API path and print the JSON answer (like `gh api`).",
        "",
        "  homey-console api /manager/system/",
        "  homey-console api GET /manager/devices/device",
        "  homey-console api PUT /manager/devices/device/ID/capability/onoff -f value=true",
        "  homey-console api POST /manager/logic/variable --input variable.json",
        "  homey-console api DELETE /manager/zones/zone/ID",
        "",
        "Exit code 1 when the Homey answers with an error (it is printed on stderr), 2 for bad usage."})
public final class ApiCommand implements Callable<Integer> {
  private static final Pattern METHOD = Pattern.compile("(?i)GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS");

  @Mixin ConnectionOptions connection;

  @Parameters(arity = "1..2", paramLabel = "[METHOD] PATH",
      description = "HTTP method (default GET, or POST when a body is given) and path under /api, e.g. "
          + "/manager/devices/device")
  List<String> methodAndPath = new ArrayList<>();

  @Option(names = {"-f", "--field"}, paramLabel = "KEY=VALUE",
      description = "A body field (query parameter for GET/DELETE). true, false, null, numbers and {…}/[…] are "
          + "JSON; anything else is a string. Repeatable.")
  List<String> fields = new ArrayList<>();

  @Option(names = "--input", paramLabel = "FILE", description = "Read the JSON body from FILE (- for stdin).")
  String input;

  @Option(names = "--raw", description = "Print the answer exactly as received, not indented.")
  boolean raw;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit of the call (default 10).")
  double timeoutSeconds = 10;

  @Override public Integer call() {
    var out = connection.mixee.commandLine().getOut();
    var err = connection.err();
    String method;
    String path;
    if (methodAndPath.size() == 2) {
      method = methodAndPath.get(0);
      path = methodAndPath.get(1);
      if (!METHOD.matcher(method).matches()) return usage(err, "not an HTTP method: " + method);
    } else {
      path = methodAndPath.get(0);
      method = input != null || (!fields.isEmpty()) ? null : "GET";
    }
    if (input != null && !fields.isEmpty()) return usage(err, "give the body with -f fields or --input, not both");
    Map<String, Object> values;
    try {
      values = parseFields(fields);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    if (method == null) method = "POST";
    method = method.toUpperCase(Locale.ROOT);
    var inQuery = method.equals("GET") || method.equals("DELETE") || method.equals("HEAD");
    String body = null;
    if (input != null) {
      try {
        body = input.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
            : Files.readString(Path.of(input));
        Json.parse(body);
      } catch (IOException e) {
        return usage(err, "cannot read --input " + input + ": " + e.getMessage());
      } catch (RuntimeException e) {
        return usage(err, "--input " + input + " is not JSON: " + e.getMessage());
      }
    } else if (!values.isEmpty()) {
      if (inQuery) {
        path = path + (path.contains("?") ? "&" : "?") + query(values);
      } else {
        body = Json.write(values);
      }
    }
    try (var homey = connection.connect();
         var client = homey.clientBuilder().timeout(Duration.ofMillis((long) (timeoutSeconds * 1000))).build()) {
      var answer = client.call(method, path, body);
      if (!answer.isEmpty()) out.println(raw ? answer : Json.pretty(answer));
      out.flush();
      return 0;
    } catch (HomeyApiException e) {
      err.println("homey-console api: " + e.getMessage());
      err.flush();
      return 1;
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    } catch (IOException e) {
      err.println("homey-console api: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  static Map<String, Object> parseFields(List<String> fields) {
    var values = new LinkedHashMap<String, Object>();
    for (var f : fields) {
      var eq = f.indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("-f wants KEY=VALUE, not \"" + f + "\"");
      values.put(f.substring(0, eq), value(f.substring(eq + 1)));
    }
    return values;
  }

  static Object value(String text) {
    var t = text.strip();
    if (t.equals("true") || t.equals("false") || t.equals("null") || t.startsWith("{") || t.startsWith("[")
        || t.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
      try {
        return Json.parse(t);
      } catch (RuntimeException notJson) {
        if (t.startsWith("{") || t.startsWith("[")) {
          throw new IllegalArgumentException("-f value is not valid JSON: " + text);
        }
      }
    }
    return text;
  }

  private static String query(Map<String, Object> values) {
    var parts = new ArrayList<String>();
    values.forEach((k, v) -> {
      for (var pair : QueryString.pairs(k, v)) {
        parts.add(URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8).replace("%5B", "[").replace("%5D", "]")
            + "=" + URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8));
      }
    });
    return String.join("&", parts);
  }

  private static int usage(PrintWriter err, String message) {
    err.println("homey-console api: " + message);
    err.flush();
    return 2;
  }
}
