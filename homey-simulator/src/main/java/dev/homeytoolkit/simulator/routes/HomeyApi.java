package dev.homeytoolkit.simulator.routes;

import dev.homeytoolkit.simulator.auth.Scopes;
import dev.homeytoolkit.simulator.auth.Token;
import dev.homeytoolkit.simulator.http.Exchange;
import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.http.Reply;
import dev.homeytoolkit.simulator.json.Json;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Homey Web API v3 under {@code /api/manager/}: routes every catalogue operation, checks the bearer and its
 * scopes, validates parameters the way the Homey words it, then runs the operation's {@link Handler} or the
 * generic behaviour of its kind (item store, option, state, canned answer).
 */
public final class HomeyApi {
  /** Operations that need no bearer. */
  private static final Set<String> PUBLIC = Set.of("system.ping", "users.login", "users.loginLocal");

  private final Context context;
  private final Router router;
  private final Map<String, Handler> handlers;

  public HomeyApi(Context context) {
    this.context = context;
    this.router = new Router(Catalogue.operations());
    this.handlers = Operations.all(context);
  }

  public Reply handle(Exchange exchange) {
    var match = router.match(exchange.method(), exchange.segments());
    if (match == null) {
      return Reply.error(404, "not_found", "Not Found: " + exchange.method() + " " + exchange.path()
          + " is no Homey Web API v3 route");
    }
    var op = match.operation();
    Token token = null;
    if (!PUBLIC.contains(op.id())) {
      token = authenticate(exchange, op);
    }
    var call = new Call(exchange, op, match.pathParameters(), token);
    validate(call);
    var result = run(call);
    return result instanceof Reply reply ? reply : Reply.json(result);
  }

  private Token authenticate(Exchange exchange, Operation op) {
    var value = exchange.bearer();
    if (value == null) {
      throw new HomeyException(401, "invalid_token",
          "Missing bearer token: send Authorization: Bearer <API key or session token>");
    }
    var token = context.tokens().find(value, Token.Kind.API_KEY, Token.Kind.SESSION);
    var now = context.tokens().now();
    if (token == null || token.revoked()) {
      throw new HomeyException(401, "invalid_token", "Invalid token: the bearer is not a valid API key or session");
    }
    if (token.expired(now)) {
      throw new HomeyException(401, "invalid_token", "Token expired: log in again to get a new session");
    }
    if (!Scopes.allows(token.scopes(), op.scopes())) {
      throw new HomeyException(403, "missing_scopes", "Missing Scopes: " + String.join(", ", op.scopes())
          + " (needed by " + op.id() + "; the token has " + String.join(", ", token.scopes()) + ")");
    }
    return token;
  }

  private void validate(Call call) {
    var op = call.operation();
    Map<String, Object> body = null;
    for (var p : op.parameters()) {
      switch (p.in()) {
        case "query" -> {
          if (p.required() && call.query(p.name()) == null) throw HomeyException.missingParameter(p.name());
        }
        case "body" -> {
          if (p.root()) {
            var value = call.body();
            if (value == null) {
              if (p.required()) throw HomeyException.missingParameter(p.name());
            } else {
              checkType(p.name(), p.type(), value);
            }
          } else {
            if (body == null) body = call.bodyObject();
            var value = body.get(p.name());
            if (value == null) {
              if (p.required() && !(p.type().equals("None") && body.containsKey(p.name()))) {
                throw HomeyException.missingParameter(p.name());
              }
            } else {
              checkType(p.name(), p.type(), value);
            }
          }
        }
        default -> { }
      }
    }
  }

  private static void checkType(String name, String type, Object value) {
    if (type.equals("None") || type.equals("any")) return;
    var actual = Json.typeOf(value);
    for (var t : type.split("\\|")) {
      if (t.equals(actual)) return;
    }
    throw HomeyException.invalidType(name, type.replace("|", " or "), value);
  }

  private Object run(Call call) {
    var op = call.operation();
    var handler = handlers.get(op.id());
    if (handler != null) return handler.handle(call);
    if (op.crud() != null) return crud(call);
    var name = op.name();
    if (name.matches("(get|set|unset)Option[A-Z]\\w*")) return option(call);
    var answer = context.home().answer(op.id());
    if (answer != null) return answer;
    if (name.equals("getState")) return Map.of();
    return op.method().equals("GET") ? Map.of() : null;
  }

  @SuppressWarnings("unchecked")
  private Object crud(Call call) {
    var op = call.operation();
    var store = context.home().store(op.managerId(), op.crud().item());
    var id = call.pathParameters().containsKey("uri") ? call.uriId() : call.path("id");
    return switch (op.crud().action()) {
      case "getAll" -> Reply.encodedJson(store.allJsonUtf8());
      case "getOne" -> store.get(id);
      case "createOne" -> store.create(Json.object(call.body(), op.crud().item()));
      case "updateOne" -> store.merge(id, Json.object(call.body(), op.crud().item()));
      case "deleteOne" -> {
        store.delete(id);
        yield null;
      }
      default -> throw new IllegalStateException("Unknown crud action " + op.crud());
    };
  }

  /** {@code getOptionLanguage} → {@code {value}}; {@code setOptionLanguage} stores; {@code unset…} removes. */
  private Object option(Call call) {
    var name = call.operation().name();
    var verb = name.substring(0, name.indexOf("Option"));
    var option = name.substring(name.indexOf("Option") + 6);
    option = Character.toLowerCase(option.charAt(0)) + option.substring(1);
    var options = context.home().options(call.operation().managerId());
    switch (verb) {
      case "get" -> {
        var out = new LinkedHashMap<String, Object>();
        out.put("value", options.get(option));
        return out;
      }
      case "set" -> {
        var value = call.field("value");
        if (value == null) options.remove(option);
        else options.put(option, Json.copy(value));
        return null;
      }
      default -> {
        options.remove(option);
        return null;
      }
    }
  }

  static boolean isEmpty(Object value) {
    return value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
  }

  static List<String> strings(Object value) {
    if (value instanceof List<?> l) return l.stream().map(String::valueOf).toList();
    return List.of();
  }
}
