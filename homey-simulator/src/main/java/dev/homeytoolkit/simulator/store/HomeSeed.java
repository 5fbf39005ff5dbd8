package dev.homeytoolkit.simulator.store;

import dev.homeytoolkit.simulator.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Builds the believable home from the JSON resources under {@code /home}: zones and devices from a layout (repeated
 * with numbered names past its 48 entries for {@code --devices 5000}), everything else from {@code items.json},
 * {@code answers.json} and {@code options.json}, whose strings may hold placeholders such as
 * {@code ${device:Front Door Lock}}, {@code ${zone:Kitchen}} or {@code ${ago:90m}}. The same seed gives the same
 * home; the reference time only moves its timestamps.
 */
public final class HomeSeed {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)(?::([^}]*))?}");

  private final long seed;
  private final int deviceCount;
  private final Instant reference;
  private final SplittableRandom random;
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, Object> capabilityDefs;
  private final String homeyId;
  private final String homeyName;
  private boolean flowCardsMade;

  private HomeSeed(long seed, int deviceCount, Instant reference, String homeyId, String homeyName) {
    this.seed = seed;
    this.deviceCount = deviceCount;
    this.reference = reference.truncatedTo(ChronoUnit.SECONDS);
    this.random = new SplittableRandom(seed);
    this.homeyId = homeyId;
    this.homeyName = homeyName;
    this.capabilityDefs = Json.object(resource("capabilities.json"), "capabilities.json");
  }

  /** The Homey id a seed gives (24 hex characters). */
  public static String homeyId(long seed) {
    return Ids.hex(seed, "homey", 24);
  }

  /** Builds the home for {@code seed} with {@code deviceCount} devices, timestamps counted back from reference. */
  public static Home build(long seed, int deviceCount, Instant reference, String homeyName, Clock clock) {
    var homeyId = homeyId(seed);
    var seedBuilder = new HomeSeed(seed, deviceCount, reference, homeyId, homeyName);
    var home = new Home(seed, homeyId, homeyName, clock);
    seedBuilder.fill(home);
    return home;
  }

  /** The capability definitions ({@code capabilities.json}) by capability id. */
  public Map<String, Object> capabilityDefinitions() {
    return capabilityDefs;
  }

  private void fill(Home home) {
    zones(home);
    devices(home);
    @SuppressWarnings("unchecked")
    var items = (Map<String, Object>) resolve(resource("items.json"));
    for (var e : items.entrySet()) {
      var slash = e.getKey().indexOf('/');
      var store = home.store(e.getKey().substring(0, slash), e.getKey().substring(slash + 1));
      for (var item : (List<?>) e.getValue()) store.put(Json.object(item, e.getKey()));
    }
    drivers(home);
    var answers = Json.object(resolve(resource("answers.json")), "answers.json");
    answers.forEach(home::answer);
    var options = Json.object(resolve(resource("options.json")), "options.json");
    options.forEach((manager, values) -> home.options(manager).putAll(Json.object(values, manager)));
    // Derived from the devices, and the bulk of a big home: made on first use.
    home.store("flow", "FlowCardAction").seedLazily(store -> flowCards(home));
    home.store("flow", "FlowCardCondition").seedLazily(store -> flowCards(home));
    home.store("flow", "FlowCardTrigger").seedLazily(store -> flowCards(home));
    home.logs().seedLazily(store -> logs(home, store));
    scripts(home);
    networks(home);
  }

  // ---- zones and devices

  private void zones(Home home) {
    for (var z : (List<?>) resource("zones.json")) {
      var zone = Json.object(z, "zone");
      var name = (String) zone.get("name");
      var id = Ids.uuid(seed, "zone:" + name);
      names.put("zone:" + name, id);
      var item = new LinkedHashMap<String, Object>();
      item.put("id", id);
      item.put("name", name);
      item.put("parent", zone.get("parent") == null ? null : names.get("zone:" + zone.get("parent")));
      item.put("icon", zone.get("icon"));
      item.put("active", random.nextInt(5) == 0);
      item.put("activeOrigins", List.of());
      item.put("activeLastUpdated", ago(Duration.ofMinutes(random.nextInt(600))));
      home.zones().put(item);
    }
  }

  private void devices(Home home) {
    var spec = Json.object(resource("devices.json"), "devices.json");
    var kinds = Json.object(spec.get("kinds"), "kinds");
    var layout = (List<?>) spec.get("layout");
    int zwaveNode = 2;
    for (int i = 0; i < deviceCount; i++) {
      var row = (List<?>) layout.get(i % layout.size());
      int round = i / layout.size();
      var zoneName = (String) row.get(0);
      var kindName = (String) row.get(1);
      var kind = Json.object(kinds.get(kindName), kindName);
      var baseName = row.size() > 2 ? (String) row.get(2)
          : (zoneName.equals("Home") ? "" : zoneName + " ") + kind.get("title");
      var name = round == 0 ? baseName : baseName + " " + (round + 1);
      var id = Ids.uuid(seed, "device:" + name);
      names.put("device:" + name, id);
      var protocol = (String) kind.get("protocol");
      home.devices().put(device(id, name, names.get("zone:" + zoneName), kind,
          protocol.equals("zwave") ? zwaveNode++ : 0));
    }
  }

  private Map<String, Object> device(String id, String name, String zoneId, Map<String, Object> kind,
      int zwaveNode) {
    var app = (String) kind.get("app");
    var protocol = (String) kind.get("protocol");
    boolean battery = Boolean.TRUE.equals(kind.get("battery"));
    // Only battery devices drop off the mesh, so writes to lights and sockets always work in examples and tests.
    boolean available = !(battery && random.nextInt(6) == 0);
    boolean lowBattery = battery && random.nextInt(5) == 0;
    var caps = new ArrayList<String>();
    for (var c : (List<?>) kind.get("capabilities")) caps.add((String) c);
    var capsObj = new LinkedHashMap<String, Object>();
    for (var cap : caps) capsObj.put(cap, capability(cap, lowBattery));
    if (capsObj.get("alarm_battery") instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked") var ab = (Map<String, Object>) m;
      ab.put("value", lowBattery);
    }

    var d = new LinkedHashMap<String, Object>();
    d.put("id", id);
    d.put("driverId", "homey:app:" + app + ":" + kind.get("driver"));
    d.put("ownerUri", "homey:app:" + app);
    d.put("name", name);
    d.put("note", null);
    d.put("zone", zoneId);
    d.put("data", Map.of("id", Ids.hex(seed, "data:" + id, 16)));
    d.put("icon", null);
    d.put("iconOverride", null);
    d.put("iconObj", Map.of("id", Ids.hex(seed, "icon:" + kind.get("driver"), 32),
        "url", "/icon/" + Ids.hex(seed, "icon:" + kind.get("driver"), 32) + "/icon.svg"));
    d.put("class", kind.get("class"));
    d.put("virtualClass", null);
    d.put("capabilities", caps);
    d.put("capabilitiesObj", capsObj);
    var settings = new LinkedHashMap<String, Object>();
    switch (protocol) {
      case "zwave" -> {
        settings.put("zw_node_id", String.valueOf(zwaveNode));
        settings.put("zw_manufacturer_id", "271");
        settings.put("zw_secure", random.nextBoolean() ? "⨯" : "S2 (Authenticated)");
        settings.put("zw_battery", battery ? "✓" : "⨯");
      }
      case "zigbee" -> {
        settings.put("zb_ieee_address", ieee(id));
        settings.put("zb_manufacturer_name", app.contains("xiaomi") || app.contains("aqara") ? "LUMI" : "IKEA of Sweden");
        settings.put("zb_product_id", kind.get("driver"));
      }
      default -> settings.put("address", "192.168.1." + (20 + random.nextInt(200)));
    }
    d.put("settings", settings);
    d.put("settingsObj", true);
    d.put("flags", List.of());
    d.put("energy", caps.contains("measure_power") ? Map.of("approximation", Map.of()) : null);
    d.put("energyObj", null);
    d.put("ui", Map.of("quickAction", caps.contains("onoff") ? "onoff" : caps.getFirst(), "components", List.of()));
    d.put("uiIndicator", caps.stream().filter(c -> c.startsWith("measure_")).findFirst().orElse(null));
    d.put("available", available);
    d.put("unavailableMessage", available ? null : "Device is unreachable");
    d.put("warningMessage", lowBattery ? "Battery low" : null);
    d.put("ready", true);
    d.put("repair", false);
    d.put("unpair", true);
    d.put("images", List.of());
    d.put("color", "#" + Ids.hex(seed, "color:" + app, 6));
    d.put("lastSeenAt", ago(Duration.ofMinutes(available ? random.nextInt(90) : 60 * 24 + random.nextInt(6000))));
    return d;
  }

  private Map<String, Object> capability(String cap, boolean lowBattery) {
    var def = Json.object(capabilityDefs.get(cap), "capability " + cap);
    var c = new LinkedHashMap<String, Object>();
    c.put("id", cap);
    c.put("type", def.get("type"));
    c.put("iconObj", null);
    c.put("title", def.get("title"));
    c.put("getable", def.get("getable"));
    c.put("setable", def.get("setable"));
    c.put("insights", Boolean.TRUE.equals(def.get("insights")));
    c.put("insightsTitleTrue", def.get("insightsTitleTrue"));
    c.put("insightsTitleFalse", def.get("insightsTitleFalse"));
    c.put("units", def.get("units"));
    c.put("decimals", def.get("decimals"));
    c.put("min", def.get("min"));
    c.put("max", def.get("max"));
    c.put("step", def.get("step"));
    c.put("chartType", def.get("chartType"));
    if (def.get("values") != null) c.put("values", def.get("values"));
    c.put("options", Map.of());
    c.put("uiComponent", def.get("uiComponent"));
    c.put("value", value(cap, def, lowBattery));
    c.put("lastUpdated", ago(Duration.ofSeconds(random.nextInt(6 * 3600))));
    return c;
  }

  private Object value(String cap, Map<String, Object> def, boolean lowBattery) {
    if (!Boolean.TRUE.equals(def.get("getable"))) return null;
    if (cap.equals("measure_battery")) return (double) (lowBattery ? 3 + random.nextInt(12) : 35 + random.nextInt(66));
    return switch ((String) def.get("type")) {
      case "boolean" -> cap.startsWith("alarm_") ? random.nextInt(8) == 0 : random.nextBoolean();
      case "enum" -> {
        var values = (List<?>) def.get("values");
        yield Json.object(values.get(random.nextInt(values.size())), cap).get("id");
      }
      case "string" -> {
        var choices = (List<?>) def.get("choices");
        yield choices == null ? "" : choices.get(random.nextInt(choices.size()));
      }
      default -> {
        double lo = def.get("min") instanceof Number n ? n.doubleValue() : 0;
        double hi = def.get("max") instanceof Number n ? n.doubleValue() : 100;
        if (def.get("range") instanceof List<?> r) {
          lo = ((Number) r.get(0)).doubleValue();
          hi = ((Number) r.get(1)).doubleValue();
        }
        double v = lo + random.nextDouble() * (hi - lo);
        double step = def.get("step") instanceof Number n ? n.doubleValue()
            : Math.pow(10, -(def.get("decimals") instanceof Number n ? n.intValue() : 1));
        yield Math.round(Math.round(v / step) * step * 100) / 100.0;
      }
    };
  }

  private String ieee(String id) {
    var h = Ids.hex(seed, "ieee:" + id, 16);
    var out = new StringBuilder();
    for (int i = 0; i < 16; i += 2) out.append(i == 0 ? "" : ":").append(h, i, i + 2);
    return out.toString();
  }

  // ---- derived items

  /** One driver per device kind, owned by the kind's app (so {@code device.getDriver()} finds it). */
  private void drivers(Home home) {
    var kinds = Json.object(Json.object(resource("devices.json"), "devices.json").get("kinds"), "kinds");
    var drivers = home.store("drivers", "Driver");
    for (var value : kinds.values()) {
      var kind = Json.object(value, "kind");
      var app = (String) kind.get("app");
      var appItem = home.apps().find(app);
      var d = new LinkedHashMap<String, Object>();
      d.put("id", "homey:app:" + app + ":" + kind.get("driver"));
      d.put("uri", "homey:app:" + app);
      d.put("ownerUri", "homey:app:" + app);
      d.put("ownerName", appItem == null ? app : appItem.get("name"));
      d.put("ownerIconObj", appItem == null ? Map.of() : appItem.get("iconObj"));
      d.put("name", kind.get("title"));
      d.put("color", appItem == null ? "#000000" : appItem.get("color"));
      d.put("class", kind.get("class"));
      d.put("ready", true);
      d.put("pair", true);
      d.put("repair", false);
      d.put("unpair", true);
      d.put("userPath", null);
      d.put("deprecated", false);
      d.put("connectivity", List.of(switch ((String) kind.get("protocol")) {
        case "wifi" -> "lan";
        default -> (String) kind.get("protocol");
      }));
      drivers.put(d);
    }
  }

  /** Device flow cards, made once for all three card stores (whichever is used first). */
  @SuppressWarnings("unchecked")
  private synchronized void flowCards(Home home) {
    if (flowCardsMade) return;
    flowCardsMade = true;
    var actions = home.store("flow", "FlowCardAction");
    var conditions = home.store("flow", "FlowCardCondition");
    var triggers = home.store("flow", "FlowCardTrigger");
    for (var value : home.devices().all().values()) {
      var d = (Map<String, Object>) value;
      var uri = "homey:device:" + d.get("id");
      var caps = (List<String>) d.get("capabilities");
      var name = (String) d.get("name");
      if (caps.contains("onoff")) {
        actions.put(card(uri, name, "on", "Turn on", null));
        actions.put(card(uri, name, "off", "Turn off", null));
        actions.put(card(uri, name, "toggle", "Toggle on or off", null));
        conditions.put(card(uri, name, "on", "Is turned on", null));
        triggers.put(card(uri, name, "turned_on", "Turned on", null));
        triggers.put(card(uri, name, "turned_off", "Turned off", null));
      }
      if (caps.contains("dim")) actions.put(card(uri, name, "dim", "Dim to", List.of(arg("dim", "range"))));
      if (caps.contains("target_temperature")) {
        actions.put(card(uri, name, "target_temperature_set", "Set the temperature",
            List.of(arg("target_temperature", "number"))));
      }
      if (caps.contains("locked")) {
        actions.put(card(uri, name, "lock", "Lock", null));
        actions.put(card(uri, name, "unlock", "Unlock", null));
      }
      for (var cap : caps) {
        if (cap.startsWith("alarm_")) {
          triggers.put(card(uri, name, cap + "_true", "Alarm turned on", null));
          conditions.put(card(uri, name, cap, "Alarm is on", null));
        } else if (cap.startsWith("measure_")) {
          var c = card(uri, name, cap + "_changed", "The value changed", null);
          c.put("tokens", List.of(Map.of("id", cap, "type", "number", "title", capabilityTitle(cap))));
          triggers.put(c);
        }
      }
    }
  }

  private String capabilityTitle(String cap) {
    return (String) Json.object(capabilityDefs.get(cap), cap).get("title");
  }

  private static Map<String, Object> card(String ownerUri, String ownerName, String cardId, String title,
      List<Object> args) {
    var c = new LinkedHashMap<String, Object>();
    c.put("id", ownerUri + ":" + cardId);
    c.put("uri", ownerUri);
    c.put("ownerId", cardId);
    c.put("ownerUri", ownerUri);
    c.put("ownerName", ownerName);
    c.put("title", title);
    c.put("titleFormatted", null);
    c.put("hint", null);
    c.put("args", args == null ? List.of() : args);
    c.put("droptoken", null);
    c.put("deprecated", false);
    c.put("highlight", false);
    c.put("tokens", List.of());
    return c;
  }

  private static Map<String, Object> arg(String name, String type) {
    return Map.of("name", name, "type", type);
  }

  @SuppressWarnings("unchecked")
  private void logs(Home home, ItemStore logs) {
    for (var value : home.devices().all().values()) {
      var d = (Map<String, Object>) value;
      var uri = "homey:device:" + d.get("id");
      var caps = (Map<String, Object>) d.get("capabilitiesObj");
      for (var cv : caps.values()) {
        var cap = (Map<String, Object>) cv;
        if (!Boolean.TRUE.equals(cap.get("insights"))) continue;
        logs.put(log(uri, (String) d.get("name"), cap));
      }
    }
  }

  /** The insights log of a device capability. */
  public static Map<String, Object> log(String ownerUri, String ownerName, Map<String, Object> cap) {
    var l = new LinkedHashMap<String, Object>();
    l.put("id", ownerUri + ":" + cap.get("id"));
    l.put("uri", ownerUri);
    l.put("ownerUri", ownerUri);
    l.put("ownerName", ownerName);
    l.put("ownerId", cap.get("id"));
    l.put("type", "boolean".equals(cap.get("type")) ? "boolean" : "number");
    l.put("title", cap.get("title"));
    l.put("titleTrue", cap.get("insightsTitleTrue"));
    l.put("titleFalse", cap.get("insightsTitleFalse"));
    l.put("units", cap.get("units"));
    l.put("decimals", cap.get("decimals"));
    l.put("lastValue", cap.get("value"));
    return l;
  }

  private void scripts(Home home) {
    var index = (List<?>) resource("scripts/index.json");
    for (var entry : index) {
      var s = Json.object(entry, "script");
      var file = (String) s.get("file");
      var item = new LinkedHashMap<String, Object>();
      item.put("id", Ids.uuid(seed, "item:script:" + file.replace(".js", "")));
      item.put("name", s.get("name"));
      item.put("code", text("scripts/" + file));
      item.put("version", 2.0);
      item.put("lastExecuted", null);
      home.scripts().put(item);
    }
  }

  @SuppressWarnings("unchecked")
  private void networks(Home home) {
    var zwaveNodes = new LinkedHashMap<String, Object>();
    var zigbeeNodes = new LinkedHashMap<String, Object>();
    for (var value : home.devices().all().values()) {
      var d = (Map<String, Object>) value;
      var settings = (Map<String, Object>) d.get("settings");
      var available = Boolean.TRUE.equals(d.get("available"));
      if (settings.get("zw_node_id") instanceof String node) {
        var n = new LinkedHashMap<String, Object>();
        n.put("nodeId", Double.parseDouble(node));
        n.put("deviceId", d.get("id"));
        n.put("name", d.get("name"));
        n.put("state", available ? "alive" : "dead");
        n.put("lastSeen", d.get("lastSeenAt"));
        n.put("secure", !"⨯".equals(settings.get("zw_secure")));
        n.put("battery", "✓".equals(settings.get("zw_battery")));
        n.put("failedMessages", (double) (available ? random.nextInt(3) : 10 + random.nextInt(30)));
        zwaveNodes.put(node, n);
      } else if (settings.get("zb_ieee_address") instanceof String ieee) {
        var n = new LinkedHashMap<String, Object>();
        n.put("ieeeAddress", ieee);
        n.put("deviceId", d.get("id"));
        n.put("name", d.get("name"));
        n.put("online", available);
        n.put("lastSeen", d.get("lastSeenAt"));
        n.put("lqi", (double) (available ? 80 + random.nextInt(170) : 0));
        n.put("type", "EndDevice");
        zigbeeNodes.put(ieee, n);
      }
    }
    var zwave = new LinkedHashMap<String, Object>(Json.object(home.answer("zwave.getState"), "zwave.getState"));
    zwave.put("nodes", zwaveNodes);
    zwave.put("nodeCount", (double) zwaveNodes.size());
    home.answer("zwave.getState", zwave);
    var zigbee = new LinkedHashMap<String, Object>(Json.object(home.answer("zigbee.getState"), "zigbee.getState"));
    zigbee.put("nodes", zigbeeNodes);
    zigbee.put("nodeCount", (double) zigbeeNodes.size());
    home.answer("zigbee.getState", zigbee);
  }

  // ---- placeholders and resources

  private Object resolve(Object value) {
    return switch (value) {
      case Map<?, ?> m -> {
        var out = new LinkedHashMap<String, Object>();
        for (var e : m.entrySet()) out.put(placeholders((String) e.getKey()).toString(), resolve(e.getValue()));
        yield out;
      }
      case List<?> l -> {
        var out = new ArrayList<Object>();
        for (var v : l) out.add(resolve(v));
        yield out;
      }
      case String s -> placeholders(s);
      case null, default -> value;
    };
  }

  /** Replaces placeholders; a string that is only {@code ${number:…}} becomes a number. */
  private Object placeholders(String s) {
    if (!s.contains("${")) return s;
    var m = PLACEHOLDER.matcher(s);
    var out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(lookup(m.group(1), m.group(2))));
    m.appendTail(out);
    return out.toString();
  }

  private String lookup(String kind, String arg) {
    return switch (kind) {
      case "homeyId" -> homeyId;
      case "homeyName" -> homeyName;
      case "ago" -> ago(duration(arg));
      case "in" -> reference.plus(duration(arg)).toString();
      case "uuid" -> Ids.uuid(seed, "item:" + arg);
      case "device", "zone" -> {
        var id = names.get(kind + ":" + arg);
        yield id != null ? id : Ids.uuid(seed, "missing:" + kind + ":" + arg);
      }
      default -> throw new IllegalStateException("Unknown placeholder ${" + kind + "} in the home resources");
    };
  }

  private static Duration duration(String spec) {
    var n = Long.parseLong(spec.substring(0, spec.length() - 1));
    return switch (spec.charAt(spec.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      case 'd' -> Duration.ofDays(n);
      default -> throw new IllegalStateException("Bad duration " + spec + " in the home resources");
    };
  }

  private String ago(Duration d) {
    return reference.minus(d).toString();
  }

  static Object resource(String name) {
    return Json.parse(text(name));
  }

  static String text(String name) {
    try (var in = HomeSeed.class.getResourceAsStream("/home/" + name)) {
      if (in == null) throw new IllegalStateException("Seed resource /home/" + name + " missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
