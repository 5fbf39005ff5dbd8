package dev.homeytoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.simulator.routes.Catalogue;
import dev.homeytoolkit.simulator.routes.Operation;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every operation of the reference catalogue has a route: none answers "no such route", none fails with 5xx. */
class CatalogueCoverageTest {
  static HomeySimulator sim;
  static Http http;

  @BeforeAll static void start() {
    sim = HomeySimulator.start();
    http = new Http(sim);
  }

  @AfterAll static void stop() {
    sim.close();
  }

  @Test void theCatalogueHoldsEveryReferenceOperation() {
    var ops = Catalogue.operations();
    assertTrue(ops.size() >= 320, "operations: " + ops.size());
    assertTrue(ops.stream().anyMatch(o -> o.id().equals("devices.setCapabilityValue")));
  }

  @Test void everyOperationAnswersAtItsMethodAndPath() {
    var problems = new ArrayList<String>();
    for (var op : Catalogue.operations()) {
      var path = path(op);
      var body = op.method().equals("GET") || op.method().equals("DELETE") ? null : Map.of();
      var answer = http.call(op.method(), path, body);
      var missingRoute = answer.code() == 404 && answer.body().contains("\"error\":\"not_found\"");
      if (missingRoute || answer.code() >= 500 || answer.code() == 405) {
        problems.add(op.id() + " " + op.method() + " " + path + " -> " + answer.code() + " " + answer.body());
      }
    }
    assertEquals("", String.join("\n", problems));
  }

  @Test void aMissingRouteIsTold() {
    var answer = http.get("/api/manager/devices/device/x/y/z");
    assertEquals(404, answer.code());
    assertEquals("not_found", answer.object().get("error"));
  }

  /** The operation's path with its parameters filled in (the ids need not exist). */
  static String path(Operation op) {
    var out = new StringBuilder();
    for (var seg : op.fullPath().substring(1).split("/")) {
      out.append('/');
      if (!seg.startsWith(":")) {
        out.append(seg);
        continue;
      }
      out.append(switch (seg) {
        case ":uri" -> "homey:manager:logic";
        case ":type" -> "flowcardaction";
        case ":fabricIndex" -> "1";
        default -> "test-" + seg.substring(1);
      });
    }
    return out.toString();
  }
}
