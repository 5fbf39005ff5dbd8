package dev.homeytoolkit.simulator.scripts;

import dev.homeytoolkit.simulator.ScriptRunResult;
import dev.homeytoolkit.simulator.StoredScript;
import dev.homeytoolkit.simulator.auth.Scopes;
import dev.homeytoolkit.simulator.auth.Token;
import dev.homeytoolkit.simulator.http.Exchange;
import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.http.Reply;
import dev.homeytoolkit.simulator.json.Json;
import dev.homeytoolkit.simulator.routes.Context;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HomeyScript's own app API under {@code /api/app/com.athom.homeyscript} (reference F): stored scripts with CRUD,
 * and {@code run}, which hands the code to the attached {@link dev.homeytoolkit.simulator.ScriptExecutor}.
 * A run always answers HTTP 200 with {@code {success, returns}}.
 */
public final class ScriptRoutes {
  public static final String PREFIX = "/api/app/com.athom.homeyscript";
  private static final List<String> SCOPES = List.of("homey.app.control");

  private final Context context;

  public ScriptRoutes(Context context) {
    this.context = context;
  }

  public Reply handle(Exchange ex) {
    authenticate(ex);
    var segs = ex.segments().subList(3, ex.segments().size());
    var store = context.home().scripts();
    var method = ex.method();
    if (segs.size() == 1 && segs.getFirst().equals("script")) {
      if (method.equals("GET")) {
        var out = new LinkedHashMap<String, Object>();
        for (var e : store.all().entrySet()) {
          var s = new LinkedHashMap<>(Json.object(e.getValue(), "script"));
          s.remove("code");
          out.put(e.getKey(), s);
        }
        return Reply.json(out);
      }
      if (method.equals("POST")) {
        var body = body(ex);
        var name = body.get("name");
        if (!(name instanceof String n) || n.isBlank()) throw HomeyException.missingParameter("name");
        var code = body.get("code") == null ? "" : body.get("code");
        if (!(code instanceof String)) throw HomeyException.invalidType("code", "string", code);
        var item = new LinkedHashMap<String, Object>();
        item.put("name", n);
        item.put("code", code);
        item.put("version", body.get("version") instanceof Number v ? v.doubleValue() : 2.0);
        item.put("lastExecuted", null);
        return Reply.json(store.create(item));
      }
    }
    if (segs.size() == 2 && segs.getFirst().equals("script")) {
      var id = segs.get(1);
      switch (method) {
        case "GET" -> {
          return Reply.json(store.get(id));
        }
        case "PUT" -> {
          var body = body(ex);
          var patch = new LinkedHashMap<String, Object>();
          for (var field : List.of("name", "code", "version")) {
            if (body.containsKey(field)) patch.put(field, body.get(field));
          }
          if (patch.get("name") != null && !(patch.get("name") instanceof String)) {
            throw HomeyException.invalidType("name", "string", patch.get("name"));
          }
          if (patch.get("code") != null && !(patch.get("code") instanceof String)) {
            throw HomeyException.invalidType("code", "string", patch.get("code"));
          }
          return Reply.json(store.merge(id, patch));
        }
        case "DELETE" -> {
          store.delete(id);
          return Reply.json(null);
        }
        default -> { }
      }
    }
    if (segs.size() == 3 && segs.getFirst().equals("script") && segs.get(2).equals("run") && method.equals("POST")) {
      return Reply.json(run(segs.get(1), body(ex)));
    }
    return Reply.error(404, "not_found", "Not Found: " + method + " " + ex.path()
        + " is no HomeyScript API route");
  }

  private Map<String, Object> run(String id, Map<String, Object> body) {
    var store = context.home().scripts();
    var item = store.get(id);
    var code = body.get("code") instanceof String c ? c : (String) item.get("code");
    var args = body.get("args") instanceof List<?> l ? new ArrayList<Object>(l)
        : body.get("args") == null ? new ArrayList<Object>() : new ArrayList<Object>(List.of(body.get("args")));
    var script = toScript(item);
    var executor = context.scriptExecutor().get();
    ScriptRunResult result;
    if (executor == null) {
      result = new ScriptRunResult(false, Map.of("message", "no script runtime attached"));
    } else {
      try {
        result = executor.run(script, code, java.util.Collections.unmodifiableList(args));
        if (result == null) result = ScriptRunResult.success(null);
      } catch (RuntimeException e) {
        var trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        result = ScriptRunResult.failure(String.valueOf(e.getMessage()), trace.toString());
      }
      var now = context.home().now().toString();
      store.update(id, s -> {
        s.put("lastExecuted", now);
        return s;
      });
    }
    var out = new LinkedHashMap<String, Object>();
    out.put("success", result.success());
    out.put("returns", Json.copy(result.returns()));
    return out;
  }

  /** The stored script as the executor sees it. */
  public static StoredScript toScript(Map<String, Object> item) {
    var last = item.get("lastExecuted") instanceof String s ? Instant.parse(s) : null;
    var version = item.get("version") instanceof Number n ? n.intValue() : 2;
    return new StoredScript((String) item.get("id"), (String) item.get("name"), (String) item.get("code"), version,
        last);
  }

  private static Map<String, Object> body(Exchange ex) {
    var body = ex.json();
    if (body == null) return Map.of();
    return Json.object(body, "body");
  }

  private void authenticate(Exchange ex) {
    var token = context.tokens().find(ex.bearer(), Token.Kind.API_KEY, Token.Kind.SESSION);
    if (token == null || !token.usable(context.tokens().now())) {
      throw new HomeyException(401, "invalid_token", ex.bearer() == null
          ? "Missing bearer token: send Authorization: Bearer <API key or session token>"
          : "Invalid or expired token");
    }
    if (!Scopes.allows(token.scopes(), SCOPES)) {
      throw new HomeyException(403, "missing_scopes", "Missing Scopes: homey.app.control");
    }
  }
}
