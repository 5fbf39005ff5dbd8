package dev.homeytoolkit.simulator.routes;

import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** System, apps, insights, notifications and the other managers' operations that are more than a store. */
final class OtherOperations {
  private final Context context;

  OtherOperations(Context context) {
    this.context = context;
  }

  @SuppressWarnings("unchecked")
  void register(Map<String, Handler> map) {
    var home = context.home();
    map.put("system.ping", c -> true);
    map.put("system.getSystemName", c -> home.name());
    map.put("system.setSystemName", c -> {
      home.name((String) c.field("name"));
      return null;
    });
    map.put("system.getInfo", c -> {
      var info = new LinkedHashMap<String, Object>(Json.object(home.answer("system.getInfo"), "getInfo"));
      info.put("name", home.name());
      info.put("date", home.now().toString());
      return info;
    });
    map.put("system.reboot", c -> null);
    map.put("apps.getState", c -> Map.of("ready", true, "apps", (double) home.apps().size()));
    map.put("apps.enableApp", c -> home.apps().merge(c.path("id"), Map.of("enabled", true, "state", "running")));
    map.put("apps.disableApp", c -> home.apps().merge(c.path("id"), Map.of("enabled", false, "state", "stopped")));
    map.put("apps.restartApp", c -> home.apps().merge(c.path("id"),
        Map.of("state", "running", "crashed", false, "crashedMessage", "")));
    map.put("apps.uninstallApp", c -> {
      home.apps().delete(c.path("id"));
      return null;
    });
    map.put("apps.getAppUsage", c -> home.apps().get(c.path("id")).get("usage"));
    map.put("apps.getAppLocales", c -> {
      home.apps().get(c.path("id"));
      return Map.of("en", Map.of());
    });
    map.put("apps.getAppStd", c -> {
      home.apps().get(c.path("id"));
      return "";
    });
    map.put("apps.getAppSettings", c -> appSettings(c.path("id")));
    map.put("apps.getAppSetting", c -> appSettings(c.path("id")).get(c.path("name")));
    map.put("apps.setAppSetting", c -> {
      setAppSetting(c.path("id"), c.path("name"), c.field("value"), false);
      return null;
    });
    map.put("apps.unsetAppSetting", c -> {
      setAppSetting(c.path("id"), c.path("name"), null, true);
      return null;
    });
    map.put("apps.installFromAppStore", c -> {
      var id = (String) c.field("id");
      var app = new LinkedHashMap<String, Object>();
      app.put("id", id);
      app.put("name", id);
      app.put("version", c.field("version") instanceof String v ? v : "1.0.0");
      app.put("channel", c.field("channel") instanceof String ch ? ch : "stable");
      app.put("origin", "appstore");
      app.put("state", "running");
      app.put("enabled", true);
      app.put("crashed", false);
      if (home.apps().find(id) != null) return home.apps().merge(id, app);
      return home.apps().create(app);
    });
    map.put("insights.getLogEntries", c -> {
      var log = home.logs().get(c.uriId());
      var entries = home.insights().entries(log);
      var out = new LinkedHashMap<String, Object>();
      out.put("id", log.get("id"));
      out.put("uri", log.get("ownerUri"));
      out.put("resolution", c.query("resolution") == null ? "last24Hours" : c.query("resolution"));
      out.put("step", 3600000.0);
      out.put("start", entries.isEmpty() ? null : entries.getFirst().get("t"));
      out.put("end", home.now().toString());
      out.put("lastValue", log.get("lastValue"));
      out.put("updatesIn", 60000.0);
      out.put("values", entries);
      return out;
    });
    map.put("insights.deleteLogEntries", c -> {
      home.logs().get(c.uriId());
      home.insights().clear(c.uriId());
      return null;
    });
    map.put("insights.getLog", c -> home.logs().get(c.path("id")));
    map.put("notifications.deleteNotifications", c -> {
      var owner = c.query("ownerUri");
      for (var n : home.notifications().all().values()) {
        var item = Json.object(n, "notification");
        if (owner == null || owner.equals(item.get("ownerUri"))) home.notifications().delete((String) item.get("id"));
      }
      return null;
    });
    map.put("notifications.setOwnerEnabled", c -> owner(c.path("uri"), "enabled", c.field("enabled")));
    map.put("notifications.setOwnerPush", c -> owner(c.path("uri"), "push", c.field("push")));
    map.put("zwave.runCommand", c -> command("zwave", c));
    map.put("zigbee.runCommand", c -> command("zigbee", c));
    map.put("ble.runCommand", c -> command("ble", c));
    map.put("zwave.setLogEnabled", c -> {
      var log = new LinkedHashMap<String, Object>(Json.object(home.answer("zwave.getLog"), "zwave log"));
      log.put("enabled", c.field("enabled"));
      home.answer("zwave.getLog", log);
      return null;
    });
    map.put("experiments.enableExperiment", c -> experiment(c.path("id"), true));
    map.put("experiments.disableExperiment", c -> experiment(c.path("id"), false));
    map.put("energy.fetchDynamicElectricityPrices", c -> {
      var prices = new ArrayList<Object>();
      for (int h = 0; h < 24; h++) {
        prices.add(Map.of("hour", (double) h, "price", 0.18 + 0.12 * Math.sin(Math.PI * (h - 6) / 12)));
      }
      return Map.of("date", c.query("date"), "currency", "EUR", "prices", prices);
    });
    for (var period : List.of("Day", "Week", "Month", "Year")) {
      map.put("energy.getReport" + period, c -> Map.of("period", period.toLowerCase(), "totalConsumed",
          Map.of("kWh", 9.4), "totalGenerated", Map.of("kWh", 0.0), "items", List.of()));
    }
    map.put("matter.getMatterNodes", c -> home.store("matter", "MatterNode").all());
    map.put("drivers.createPairSession", c -> {
      var body = new LinkedHashMap<String, Object>(Json.object(c.body(), "pairsession"));
      body.putIfAbsent("type", "pair");
      body.put("state", "started");
      return home.store("drivers", "PairSession").create(body);
    });
  }

  private Map<String, Object> appSettings(String appId) {
    context.home().apps().get(appId);
    var store = context.home().store("apps", "AppSettings");
    var settings = store.find(appId);
    if (settings == null) return Map.of();
    var out = new LinkedHashMap<>(settings);
    out.remove("id");
    return out;
  }

  private void setAppSetting(String appId, String name, Object value, boolean unset) {
    context.home().apps().get(appId);
    var store = context.home().store("apps", "AppSettings");
    if (store.find(appId) == null) store.create(Map.of("id", appId));
    store.update(appId, s -> {
      if (unset) s.remove(name);
      else s.put(name, Json.copy(value));
      return s;
    });
  }

  private Object owner(String uri, String field, Object value) {
    var owners = new LinkedHashMap<String, Object>(Json.object(context.home().answer("notifications.getOwners"), "owners"));
    var owner = owners.get(uri);
    if (owner == null) throw new HomeyException(404, "owner_not_found", "Notification Owner Not Found: " + uri);
    var updated = new LinkedHashMap<String, Object>(Json.object(owner, "owner"));
    updated.put(field, value);
    owners.put(uri, updated);
    context.home().answer("notifications.getOwners", owners);
    return null;
  }

  private Object experiment(String id, boolean enabled) {
    var all = new LinkedHashMap<String, Object>(Json.object(context.home().answer("experiments.getExperiments"), "experiments"));
    if (!all.containsKey(id)) throw new HomeyException(404, "experiment_not_found", "Experiment Not Found: " + id);
    all.put(id, Map.of("id", id, "enabled", enabled));
    context.home().answer("experiments.getExperiments", all);
    return null;
  }

  private static Object command(String manager, Call c) {
    var out = new LinkedHashMap<String, Object>();
    out.put("manager", manager);
    out.put("command", c.field("command"));
    out.put("opts", c.field("opts"));
    out.put("result", "ok");
    return out;
  }
}
