package dev.homeytoolkit.api.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every operation of the reference table, checked against what the Retrofit interfaces say at run time. */
class OperationsTest {

  record Row(String manager, String managerId, String jsName, String operation, String method, String path,
      String parameters, String scopes, String crud) {}

  static List<Row> reference() throws IOException {
    var rows = new ArrayList<Row>();
    try (var in = new BufferedReader(new InputStreamReader(
        OperationsTest.class.getResourceAsStream("/homey-v3-operations.tsv"), StandardCharsets.UTF_8))) {
      String line;
      var header = true;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#")) continue;
        if (header) {
          header = false;
          continue;
        }
        var c = Arrays.copyOf(line.split("\t", -1), 9);
        for (var i = 0; i < c.length; i++) if (c[i] == null) c[i] = "";
        rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
      }
    }
    return rows;
  }

  static String describe(Parameter p) {
    return p.name() + ":" + p.in().name().toLowerCase(Locale.ROOT) + ":" + p.type() + (p.root() ? ":root" : "")
        + (p.required() ? "!" : "");
  }

  @Test void everyReferenceOperationIsInTheInterfacesExactly() throws IOException {
    var reference = reference();
    assertEquals(320, reference.size());
    Map<String, Operation> byKey = new LinkedHashMap<>();
    for (var op : Operations.all()) byKey.put(op.manager() + "." + op.name(), op);
    assertEquals(320, byKey.size(), "one operation per reference row, no more");

    var problems = new ArrayList<String>();
    for (var row : reference) {
      var op = byKey.get(row.manager() + "." + row.operation());
      if (op == null) {
        problems.add("missing " + row.manager() + "." + row.operation());
        continue;
      }
      var expectedParams = Arrays.stream(row.parameters().split(",")).filter(s -> !s.isEmpty()).sorted().toList();
      var actualParams = op.parameters().stream().map(OperationsTest::describe).sorted().toList();
      var expectedScopes = Arrays.stream(row.scopes().split(",")).filter(s -> !s.isEmpty()).toList();
      check(problems, op, "managerId", row.managerId(), op.managerId());
      check(problems, op, "jsName", row.jsName(), op.jsName());
      check(problems, op, "method", row.method().toUpperCase(Locale.ROOT), op.method());
      check(problems, op, "path", row.path(), op.path());
      check(problems, op, "parameters", expectedParams, actualParams);
      check(problems, op, "scopes", expectedScopes, op.scopes());
      check(problems, op, "crud", row.crud(), op.crud());
      check(problems, op, "httpPath", "/api/manager/" + row.managerId() + row.path(), op.httpPath());
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static void check(List<String> problems, Operation op, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) problems.add(op + " " + what + ": expected " + expected + " but was " + actual);
  }

  @Test void managersAreFoundByJsNameHttpIdOrSchemaName() {
    assertEquals(49, Operations.managers().size()); // the issue says 50; the table has 49
    assertEquals(12, Operations.manager("devices").size());
    assertEquals(8, Operations.manager("googleAssistant").size());
    assertEquals(Operations.manager("googleAssistant"), Operations.manager("google-assistant"));
    assertEquals(Operations.manager("devices"), Operations.manager("ManagerDevices"));
    assertTrue(Operations.manager("nope").isEmpty());
    var op = Operations.find("devices", "setCapabilityValue").orElseThrow();
    assertEquals("PUT", op.method());
    assertEquals("/api/manager/devices/device/:deviceId/capability/:capabilityId", op.httpPath());
    assertTrue(op.parameter("value").orElseThrow().required());
    assertTrue(Operations.find("devices", "nope").isEmpty());
  }

  @Test void commonOperationsPerManagerLikeTheReference() throws IOException {
    var perManager = new TreeMap<String, Long>(reference().stream()
        .collect(Collectors.groupingBy(Row::jsName, Collectors.counting())));
    var actual = new TreeMap<String, Long>(Operations.all().stream()
        .collect(Collectors.groupingBy(Operation::jsName, Collectors.counting())));
    assertEquals(perManager, actual);
  }
}
