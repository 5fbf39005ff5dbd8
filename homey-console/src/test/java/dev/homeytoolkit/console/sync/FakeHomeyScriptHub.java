package dev.homeytoolkit.console.sync;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import okio.Buffer;

/** An in-memory HomeyScript app speaking the app API's JSON, for tests that need no HTTP. */
final class FakeHomeyScriptHub implements HubCalls {
  private final Map<String, Map<String, Object>> scripts = new LinkedHashMap<>();
  boolean forbidden;

  private String add(String name, String code) {
    var id = UUID.randomUUID().toString();
    var script = new LinkedHashMap<String, Object>();
    script.put("id", id);
    script.put("name", name);
    script.put("code", code);
    script.put("version", 2);
    scripts.put(id, script);
    return id;
  }

  @Override public String call(String method, String path, String body) throws IOException {
    if (forbidden) throw new Failure(403, method + " " + path + ": 403 Missing Scopes", null);
    var rest = path.substring(HomeyScriptApp.PATH.length());
    var parts = rest.split("/");
    Map<String, Object> in = body == null ? Map.of() : parse(body);
    if (method.equals("GET") && rest.equals("/script")) {
      var out = new StringBuilder("{");
      for (var s : scripts.values()) {
        if (out.length() > 1) out.append(',');
        out.append(JsonText.quote((String) s.get("id"))).append(':').append(json(s, false));
      }
      return out.append('}').toString();
    }
    if (method.equals("POST") && rest.equals("/script")) {
      return json(scripts.get(add((String) in.get("name"), (String) in.get("code"))), true);
    }
    var script = parts.length > 2 ? scripts.get(parts[2]) : null;
    if (script == null) throw new Failure(404, method + " " + path + ": 404 Not Found", null);
    if (method.equals("GET")) return json(script, true);
    if (method.equals("DELETE")) {
      scripts.remove(parts[2]);
      return "";
    }
    if (method.equals("PUT")) {
      if (in.containsKey("code")) script.put("code", in.get("code"));
      if (in.containsKey("name")) script.put("name", in.get("name"));
      return json(script, true);
    }
    if (method.equals("POST") && rest.endsWith("/run")) {
      return "{\"success\":false,\"returns\":{\"message\":\"no script runtime attached\"}}";
    }
    throw new Failure(404, method + " " + path + ": 404 Not Found", null);
  }

  private static String json(Map<String, Object> s, boolean withCode) {
    return "{\"id\":" + JsonText.quote((String) s.get("id")) + ",\"name\":" + JsonText.quote((String) s.get("name"))
        + (withCode ? ",\"code\":" + JsonText.quote((String) s.get("code")) : "")
        + ",\"version\":" + s.get("version") + ",\"lastExecuted\":null}";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) throws IOException {
    return (Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
  }
}
