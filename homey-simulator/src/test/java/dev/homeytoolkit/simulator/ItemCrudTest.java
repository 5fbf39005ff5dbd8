package dev.homeytoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.simulator.routes.Catalogue;
import dev.homeytoolkit.simulator.routes.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** CRUD of every item type of the catalogue, driven by its crud column. */
class ItemCrudTest {
  static HomeySimulator sim;
  static Http http;

  @BeforeAll static void start() {
    sim = HomeySimulator.start();
    http = new Http(sim);
  }

  @AfterAll static void stop() {
    sim.close();
  }

  /** crud operations by "manager/Item" then action. */
  static Map<String, Map<String, Operation>> itemTypes() {
    var out = new TreeMap<String, Map<String, Operation>>();
    for (var op : Catalogue.operations()) {
      if (op.crud() == null) continue;
      out.computeIfAbsent(op.managerId() + "/" + op.crud().item(), k -> new LinkedHashMap<>())
          .put(op.crud().action(), op);
    }
    return out;
  }

  @TestFactory Stream<DynamicTest> crudOfEachItemType() {
    return itemTypes().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> crud(e.getValue())));
  }

  @SuppressWarnings("unchecked")
  static void crud(Map<String, Operation> ops) {
    var item = ops.values().iterator().next().crud().item();
    String id;
    if (ops.containsKey("createOne")) {
      var created = http.post(path(ops.get("createOne"), null), createBody(item));
      assertEquals(200, created.code(), created.body());
      id = (String) created.object().get("id");
      assertTrue(id != null && !id.isBlank());
    } else if (!ops.containsKey("getAll")) {
      return; // AppSettings: one object per app, covered by the apps tests
    } else {
      var all = http.get(path(ops.get("getAll"), null));
      assertEquals(200, all.code(), all.body());
      if (all.object().isEmpty()) return;
      id = all.object().keySet().iterator().next();
    }
    if (ops.containsKey("getAll")) {
      var all = http.get(path(ops.get("getAll"), null));
      assertEquals(200, all.code());
      assertTrue(all.object().containsKey(id), item + " " + id + " missing from getAll");
      assertEquals(id, ((Map<String, Object>) all.object().get(id)).get("id"));
    }
    if (ops.containsKey("getOne")) {
      var one = http.get(path(ops.get("getOne"), id));
      assertEquals(200, one.code(), one.body());
      assertEquals(id, one.object().get("id"));
    }
    if (ops.containsKey("updateOne")) {
      var updated = http.put(path(ops.get("updateOne"), id), Map.of("name", "Renamed " + item));
      assertEquals(200, updated.code(), updated.body());
      assertEquals("Renamed " + item, updated.object().get("name"));
      if (ops.containsKey("getOne")) {
        var one = http.get(path(ops.get("getOne"), id)).object();
        assertEquals("Renamed " + item, one.get("name"));
        assertEquals(id, one.get("id"));
      }
      if (ops.containsKey("getAll")) { // the list answered before the rename is not answered again
        var listed = (Map<String, Object>) http.get(path(ops.get("getAll"), null)).object().get(id);
        assertEquals("Renamed " + item, listed.get("name"));
      }
    }
    if (ops.containsKey("deleteOne")) {
      assertEquals(200, http.delete(path(ops.get("deleteOne"), id)).code());
      if (ops.containsKey("getOne")) {
        var gone = http.get(path(ops.get("getOne"), id));
        assertEquals(404, gone.code());
        assertEquals(item.toLowerCase() + "_not_found", gone.object().get("error"));
      }
      if (ops.containsKey("getAll")) {
        assertFalse(http.get(path(ops.get("getAll"), null)).object().containsKey(id));
      }
      assertEquals(404, http.delete(path(ops.get("deleteOne"), id)).code());
    }
  }

  static Map<String, Object> createBody(String item) {
    var body = new LinkedHashMap<String, Object>();
    body.put("name", "Test " + item);
    if (item.equals("Variable")) {
      body.put("type", "number");
      body.put("value", 42);
    }
    if (item.equals("Zone")) body.put("parent", null);
    if (item.equals("Flow")) {
      body.put("enabled", true);
      body.put("trigger", Map.of("id", "homey:manager:flow:programmatic_trigger"));
      body.put("actions", List.of());
    }
    return body;
  }

  /** The path of {@code op} for item {@code id}; {@code :uri/:id} pairs take a full id such as a flow card's. */
  static String path(Operation op, String id) {
    var path = op.fullPath();
    if (path.contains(":uri/:id")) {
      var uri = id.substring(0, id.lastIndexOf(':'));
      return path.replace(":uri", uri).replace(":id", id);
    }
    return id == null ? path : path.replace(":id", id);
  }
}
