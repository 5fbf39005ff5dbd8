package dev.homeytoolkit.simulator.routes;

import dev.homeytoolkit.simulator.auth.Token;
import dev.homeytoolkit.simulator.http.Exchange;
import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.json.Json;
import java.util.Map;

/**
 * One call of a catalogue operation: the request, the matched operation, its path parameters and the caller's
 * token (null for ping and login).
 */
public record Call(Exchange exchange, Operation operation, Map<String, String> pathParameters, Token token) {

  public String path(String name) {
    return pathParameters.get(name);
  }

  /** The whole JSON body (a {@code root} parameter). */
  public Object body() {
    return exchange.json();
  }

  /** The JSON body as an object; {@code {}} when empty. */
  public Map<String, Object> bodyObject() {
    var body = exchange.json();
    if (body == null) return Map.of();
    if (body instanceof Map<?, ?>) return Json.object(body, "body");
    throw HomeyException.badRequest("Invalid Parameter Type: the body should be a JSON object, got "
        + Json.typeOf(body));
  }

  /** A field of the JSON body object, or null. */
  public Object field(String name) {
    return bodyObject().get(name);
  }

  public String query(String name) {
    return exchange.query(name);
  }

  /**
   * The id of a flow card or insights log addressed as {@code :uri/:id}: the id may be given whole
   * ({@code homey:manager:logic:lt}) or as its last part ({@code lt}).
   */
  public String uriId() {
    var uri = path("uri");
    var id = path("id");
    return id.startsWith(uri + ":") ? id : uri + ":" + id;
  }
}
