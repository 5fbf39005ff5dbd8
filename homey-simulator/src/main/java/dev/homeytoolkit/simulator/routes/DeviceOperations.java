package dev.homeytoolkit.simulator.routes;

import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.json.Json;
import dev.homeytoolkit.simulator.store.HomeSeed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Devices as on the hub: a capability write checks that the capability is setable and the value has its type and
 * range, then changes {@code value} and {@code lastUpdated} and appends an insights entry.
 */
final class DeviceOperations {
  private final Context context;

  DeviceOperations(Context context) {
    this.context = context;
  }

  void register(Map<String, Handler> map) {
    map.put("devices.setCapabilityValue", c -> {
      setCapabilityValue(c.path("deviceId"), c.path("capabilityId"), c.field("value"));
      return null;
    });
    map.put("devices.getCapabilityValue", c -> {
      var cap = capability(context.home().devices().get(c.path("deviceId")), c.path("capabilityId"));
      return cap.get("value");
    });
    map.put("devices.getDeviceSettingsObj", c -> {
      var device = context.home().devices().get(c.path("id"));
      var out = new ArrayList<Object>();
      for (var e : Json.object(device.get("settings"), "settings").entrySet()) {
        var s = new LinkedHashMap<String, Object>();
        s.put("id", e.getKey());
        s.put("type", e.getValue() instanceof Boolean ? "checkbox" : e.getValue() instanceof Number ? "number" : "label");
        s.put("label", e.getKey());
        s.put("value", e.getValue());
        out.add(s);
      }
      return out;
    });
    map.put("devices.setDeviceSettings", c -> {
      var settings = Json.object(c.body(), "settings");
      context.home().devices().update(c.path("id"), d -> {
        var merged = new LinkedHashMap<>(Json.object(d.get("settings"), "settings"));
        merged.putAll(settings);
        d.put("settings", merged);
        return d;
      });
      return null;
    });
    map.put("devices.createGroup", c -> {
      var body = Json.object(c.body(), "group");
      var group = new LinkedHashMap<String, Object>(body);
      group.putIfAbsent("class", "light");
      group.putIfAbsent("name", "Group");
      group.putIfAbsent("capabilities", List.of("onoff"));
      group.putIfAbsent("capabilitiesObj", Map.of());
      group.putIfAbsent("available", true);
      group.put("driverId", "homey:virtualdriver:group");
      group.put("ownerUri", "homey:manager:devices");
      return context.home().devices().create(group);
    });
    map.put("devices.updateGroup", c -> context.home().devices().merge(c.path("id"), Json.object(c.body(), "group")));
    map.put("devices.deleteDeviceFromGroup", c -> {
      context.home().devices().get(c.path("groupId"));
      context.home().devices().get(c.path("deviceId"));
      return null;
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> capability(Map<String, Object> device, String capabilityId) {
    var caps = Json.object(device.get("capabilitiesObj"), "capabilitiesObj");
    var cap = caps.get(capabilityId);
    if (!(cap instanceof Map<?, ?>)) {
      throw new HomeyException(404, "capability_not_found", "Capability Not Found: " + capabilityId
          + " (device " + device.get("name") + " has " + String.join(", ", caps.keySet()) + ")");
    }
    return (Map<String, Object>) cap;
  }

  /** Validates and applies a capability write; public through {@link Context} users such as moods. */
  @SuppressWarnings("unchecked")
  void setCapabilityValue(String deviceId, String capabilityId, Object value) {
    var devices = context.home().devices();
    var device = devices.get(deviceId);
    var cap = capability(device, capabilityId);
    check(device, cap, value);
    var now = context.home().now();
    var updated = devices.update(deviceId, d -> {
      var c = (Map<String, Object>) Json.object(d.get("capabilitiesObj"), "capabilitiesObj").get(capabilityId);
      c.put("value", value instanceof Number n ? n.doubleValue() : value);
      c.put("lastUpdated", now.toString());
      d.put("lastSeenAt", now.toString());
      return d;
    });
    var newCap = capability(updated, capabilityId);
    if (Boolean.TRUE.equals(newCap.get("insights"))) {
      var uri = "homey:device:" + deviceId;
      var logs = context.home().logs();
      var logId = uri + ":" + capabilityId;
      var log = logs.find(logId);
      if (log == null) {
        log = HomeSeed.log(uri, (String) updated.get("name"), newCap);
        logs.put(log);
      } else {
        log = logs.merge(logId, Map.of("lastValue", newCap.get("value")));
      }
      context.home().insights().append(log, newCap.get("value"), now);
    }
  }

  private static void check(Map<String, Object> device, Map<String, Object> cap, Object value) {
    var id = (String) cap.get("id");
    var name = device.get("name");
    if (!Boolean.TRUE.equals(cap.get("setable"))) {
      throw HomeyException.badRequest("Capability " + id + " of " + name + " is not setable");
    }
    if (!Boolean.TRUE.equals(device.get("available"))) {
      throw new HomeyException(400, "device_unavailable", "Device " + name + " is unavailable: "
          + device.get("unavailableMessage"));
    }
    var type = (String) cap.get("type");
    switch (type) {
      case "boolean" -> {
        if (!(value instanceof Boolean)) throw invalid(id, "a boolean", value);
      }
      case "number" -> {
        if (!(value instanceof Number n)) throw invalid(id, "a number", value);
        double v = n.doubleValue();
        if (cap.get("min") instanceof Number min && v < min.doubleValue()) {
          throw HomeyException.badRequest("Invalid value for " + id + ": " + Json.write(v) + " is below the minimum "
              + Json.write(min));
        }
        if (cap.get("max") instanceof Number max && v > max.doubleValue()) {
          throw HomeyException.badRequest("Invalid value for " + id + ": " + Json.write(v) + " is above the maximum "
              + Json.write(max));
        }
      }
      case "enum" -> {
        var ids = new ArrayList<String>();
        if (cap.get("values") instanceof List<?> values) {
          for (var v : values) ids.add(String.valueOf(Json.object(v, "value").get("id")));
        }
        if (!(value instanceof String s) || !ids.contains(s)) {
          throw HomeyException.badRequest("Invalid value for " + id + ": " + Json.write(value) + " is not one of "
              + String.join(", ", ids));
        }
      }
      case "string" -> {
        if (!(value instanceof String)) throw invalid(id, "a string", value);
      }
      default -> { }
    }
  }

  private static HomeyException invalid(String capabilityId, String expected, Object value) {
    return HomeyException.badRequest("Invalid value for " + capabilityId + ": expected " + expected + ", got "
        + Json.typeOf(value) + " " + Json.write(value));
  }
}
