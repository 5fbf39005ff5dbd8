package dev.homeytoolkit.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import dev.homeytoolkit.api.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Items tolerate unknown and missing properties, keep everything in json(), and name a wrong-typed field. */
class ItemsTest {
  @Test void aDeviceKeepsUnknownPropertiesAndToleratesMissingOnes() throws Exception {
    var text = "{\"id\":\"d1\",\"name\":\"Lamp\",\"class\":\"light\",\"capabilities\":[\"onoff\",\"dim\"],"
        + "\"capabilitiesObj\":{\"onoff\":{\"id\":\"onoff\",\"value\":true,\"setable\":true,\"future\":1},"
        + "\"dim\":{\"id\":\"dim\",\"value\":0.4,\"min\":0,\"max\":1}},\"brandNewField\":{\"x\":[1,2]}}";
    var device = Json.moshi().adapter(Device.class).fromJson(text);
    assertEquals("Lamp", device.name());
    assertEquals("light", device.deviceClass());
    assertEquals(List.of("onoff", "dim"), device.capabilities());
    assertEquals(true, device.capabilityValue("onoff"));
    assertEquals(0.4, device.capabilityValue("dim"));
    assertNull(device.capabilityValue("nope"));
    assertNull(device.zone(), "missing → null");
    assertEquals(Map.of("x", List.of(1.0, 2.0)), device.json().get("brandNewField"));
    assertEquals(1.0, device.capabilitiesObj().get("onoff").json().get("future"));
  }

  @Test void listsKeyedByIdReadAsMaps() throws Exception {
    var type = Types.newParameterizedType(Map.class, String.class, Zone.class);
    Map<String, Zone> zones = Json.moshi().<Map<String, Zone>>adapter(type)
        .fromJson("{\"z1\":{\"id\":\"z1\",\"name\":\"Home\",\"parent\":null},\"z2\":{\"id\":\"z2\",\"parent\":\"z1\"}}");
    assertEquals("Home", zones.get("z1").name());
    assertEquals("z1", zones.get("z2").parent());
  }

  @Test void aWrongTypedFieldIsNamed() {
    var e = assertThrows(JsonDataException.class,
        () -> Json.moshi().adapter(Variable.class).fromJson("{\"id\":\"v\",\"name\":[1]}"));
    assertEquals("Variable.name (at $.name): expected a string but was a list", e.getMessage());
    var notObject = assertThrows(JsonDataException.class, () -> Json.moshi().adapter(Zone.class).fromJson("\"x\""));
    assertTrue(notObject.getMessage().startsWith("Zone (at $): expected a JSON object"), notObject.getMessage());
  }

  @Test void itemsWriteBackWithTheirUnknownProperties() {
    var zone = new Zone("z1", "Renamed", null, null, null, null, null, Map.of("name", "Old", "extra", 1));
    assertEquals(Map.of("id", "z1", "name", "Renamed", "extra", 1.0), Json.parse(Json.write(zone)));
  }

  @Test void jsonValueKeepsTheTextAsReceived() {
    var v = JsonValue.of("{\"a\": 1.50, \"b\":[true]}");
    assertEquals("{\"a\": 1.50, \"b\":[true]}", v.text());
    assertEquals(1.5, v.asMap().get("a"));
    assertTrue(JsonValue.of("").isNull());
    assertEquals("Homey", JsonValue.of("\"Homey\"").asString());
    assertThrows(IllegalStateException.class, () -> JsonValue.of("[]").asMap());
  }

  @Test void numbersAreWrittenAsJavaScriptWritesThem() {
    assertEquals("{\"a\":1,\"b\":0.5,\"c\":[2,3]}", Json.write(Map.of("a", 1.0, "b", 0.5, "c", List.of(2.0, 3))
        .entrySet().stream().sorted(Map.Entry.comparingByKey())
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x,
            java.util.LinkedHashMap::new))));
  }
}
