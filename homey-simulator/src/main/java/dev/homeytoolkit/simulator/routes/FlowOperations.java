package dev.homeytoolkit.simulator.routes;

import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Flows, flow cards, flow tokens, logic variables and moods: triggers are recorded, the notification card adds a
 * timeline notification, the logic cards read and write variables, variable writes are type-checked.
 */
final class FlowOperations {
  private final Context context;
  private final DeviceOperations devices;

  FlowOperations(Context context, DeviceOperations devices) {
    this.context = context;
    this.devices = devices;
  }

  void register(Map<String, Handler> map) {
    var home = context.home();
    map.put("flow.triggerFlow", c -> trigger(home.flows().get(c.path("id"))));
    map.put("flow.triggerAdvancedFlow", c -> trigger(home.advancedFlows().get(c.path("id"))));
    map.put("flow.runFlowCardAction", this::runAction);
    map.put("flow.runFlowCardCondition", this::runCondition);
    map.put("flow.shareFlow", c -> {
      home.flows().get(c.path("id"));
      return Map.of("url", "https://homey.app/f/" + c.path("id").substring(0, 8));
    });
    map.put("flow.testFlow", c -> Map.of("sessionId", c.field("sessionId"), "success", true));
    map.put("flow.getFlowCardAutocomplete", c -> List.of());
    map.put("flowtoken.getFlowTokenValue", c -> home.flowTokens().get(c.path("id")).get("value"));
    map.put("logic.createVariable", c -> createVariable(Json.object(c.body(), "variable")));
    map.put("logic.updateVariable", c -> updateVariable(c.path("id"), Json.object(c.body(), "variable")));
    map.put("moods.setMood", c -> {
      var mood = home.store("moods", "Mood").get(c.path("id"));
      if (mood.get("devices") instanceof Map<?, ?> targets) {
        for (var e : targets.entrySet()) {
          var state = Json.object(e.getValue(), "mood device").get("state");
          if (state instanceof Map<?, ?> caps) {
            for (var cap : caps.entrySet()) {
              devices.setCapabilityValue((String) e.getKey(), (String) cap.getKey(), cap.getValue());
            }
          }
        }
      }
      return null;
    });
  }

  private Object trigger(Map<String, Object> flow) {
    if (Boolean.FALSE.equals(flow.get("enabled"))) {
      throw new HomeyException(400, "flow_disabled", "Flow " + flow.get("name") + " is disabled: enable it first");
    }
    context.home().recordFlowTrigger((String) flow.get("id"));
    return null;
  }

  private Object runAction(Call call) {
    var id = call.uriId();
    var args = call.field("args") instanceof Map<?, ?> m ? Json.object(m, "args") : Map.<String, Object>of();
    var home = context.home();
    switch (id) {
      case "homey:manager:notifications:create_notification" -> {
        var text = args.get("text");
        if (!(text instanceof String s) || s.isBlank()) throw HomeyException.missingParameter("args.text");
        var n = new LinkedHashMap<String, Object>();
        n.put("id", UUID.randomUUID().toString());
        n.put("ownerUri", "homey:manager:flow");
        n.put("ownerName", "Flow");
        n.put("dateCreated", home.now().toString());
        n.put("excerpt", s);
        n.put("meta", Map.of());
        home.notifications().create(n);
        return null;
      }
      case "homey:manager:logic:variable_set_string", "homey:manager:logic:variable_set_number",
           "homey:manager:logic:variable_set_boolean" -> {
        var value = args.get("value");
        updateVariable(variableId(args), value == null ? Map.of() : Map.of("value", value));
        return null;
      }
      case "homey:manager:logic:variable_increment" -> {
        var variable = home.variables().get(variableId(args));
        if (!(variable.get("value") instanceof Number current) || !(args.get("value") instanceof Number add)) {
          throw HomeyException.badRequest("variable_increment needs a number variable and a number value");
        }
        updateVariable((String) variable.get("id"), Map.of("value", current.doubleValue() + add.doubleValue()));
        return null;
      }
      default -> {
        var card = home.store("flow", "FlowCardAction").get(id);
        return deviceAction(card, args);
      }
    }
  }

  /** Device action cards (on, off, toggle, dim, …) write the capability they stand for. */
  private Object deviceAction(Map<String, Object> card, Map<String, Object> args) {
    var uri = (String) card.get("ownerUri");
    if (!uri.startsWith("homey:device:")) return null;
    var deviceId = uri.substring("homey:device:".length());
    switch ((String) card.get("ownerId")) {
      case "on" -> devices.setCapabilityValue(deviceId, "onoff", true);
      case "off" -> devices.setCapabilityValue(deviceId, "onoff", false);
      case "toggle" -> {
        var caps = Json.object(context.home().devices().get(deviceId).get("capabilitiesObj"), "capabilitiesObj");
        var on = Boolean.TRUE.equals(Json.object(caps.get("onoff"), "onoff").get("value"));
        devices.setCapabilityValue(deviceId, "onoff", !on);
      }
      case "lock" -> devices.setCapabilityValue(deviceId, "locked", true);
      case "unlock" -> devices.setCapabilityValue(deviceId, "locked", false);
      case "dim" -> devices.setCapabilityValue(deviceId, "dim", args.get("dim"));
      case "target_temperature_set" ->
          devices.setCapabilityValue(deviceId, "target_temperature", args.get("target_temperature"));
      default -> { }
    }
    return null;
  }

  private Object runCondition(Call call) {
    var id = call.uriId();
    var args = call.field("args") instanceof Map<?, ?> m ? Json.object(m, "args") : Map.<String, Object>of();
    var home = context.home();
    return switch (id) {
      case "homey:manager:logic:lt" -> number(args, "value1") < number(args, "value2");
      case "homey:manager:logic:gt" -> number(args, "value1") > number(args, "value2");
      case "homey:manager:logic:eq" -> String.valueOf(args.get("value1")).equals(String.valueOf(args.get("value2")));
      case "homey:manager:logic:variable_bool" ->
          Boolean.TRUE.equals(home.variables().get(variableId(args)).get("value"));
      case "homey:manager:presence:someone_home" -> home.users().all().values().stream()
          .anyMatch(u -> Boolean.TRUE.equals(Json.object(u, "user").get("present")));
      default -> {
        var card = home.store("flow", "FlowCardCondition").get(id);
        var uri = (String) card.get("ownerUri");
        if (!uri.startsWith("homey:device:")) yield false;
        var device = home.devices().get(uri.substring("homey:device:".length()));
        var caps = Json.object(device.get("capabilitiesObj"), "capabilitiesObj");
        var capId = "on".equals(card.get("ownerId")) ? "onoff" : (String) card.get("ownerId");
        yield caps.get(capId) instanceof Map<?, ?> cap && Boolean.TRUE.equals(cap.get("value"));
      }
    };
  }

  private static double number(Map<String, Object> args, String name) {
    var v = args.get(name);
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw HomeyException.invalidType("args." + name, "number", v);
  }

  private static String variableId(Map<String, Object> args) {
    var v = args.get("variable");
    if (v instanceof String s) return s;
    if (v instanceof Map<?, ?> m && m.get("id") instanceof String s) return s;
    throw HomeyException.missingParameter("args.variable");
  }

  private Object createVariable(Map<String, Object> body) {
    var name = body.get("name");
    if (!(name instanceof String s) || s.isBlank()) throw HomeyException.missingParameter("variable.name");
    var type = body.get("type");
    if (!(type instanceof String t) || !List.of("boolean", "number", "string").contains(t)) {
      throw HomeyException.badRequest("Invalid Parameter Type: variable.type must be boolean, number or string");
    }
    var item = new LinkedHashMap<String, Object>(body);
    var value = body.containsKey("value") ? body.get("value") : switch (t) {
      case "boolean" -> false;
      case "number" -> 0.0;
      default -> "";
    };
    checkVariable(s, t, value);
    item.put("value", value);
    return context.home().variables().create(item);
  }

  Object updateVariable(String id, Map<String, Object> patch) {
    var variables = context.home().variables();
    var current = variables.get(id);
    var type = (String) (patch.get("type") instanceof String t ? t : current.get("type"));
    if (!List.of("boolean", "number", "string").contains(type)) {
      throw HomeyException.badRequest("Invalid Parameter Type: variable.type must be boolean, number or string");
    }
    if (patch.containsKey("value")) {
      checkVariable((String) current.get("name"), type, patch.get("value"));
    } else if (!type.equals(current.get("type"))) {
      throw HomeyException.badRequest("Changing the type of variable " + current.get("name")
          + " needs a value of the new type");
    }
    return variables.merge(id, patch);
  }

  private static void checkVariable(String name, String type, Object value) {
    if (!Json.typeOf(value).equals(type)) {
      throw HomeyException.badRequest("Invalid value for variable " + name + ": expected " + type + ", got "
          + Json.typeOf(value));
    }
  }
}
