package dev.homeytoolkit.console.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the client reads the app's answers and words its errors, on canned answers. */
class HomeyScriptAppClientTest {
  final List<String> sent = new ArrayList<>();

  HomeyScriptApp answering(String answer) {
    return new HomeyScriptAppClient((method, path, body, timeout) -> {
      sent.add(method + " " + path + (body == null ? "" : " " + body));
      return answer;
    });
  }

  HomeyScriptApp failing(int status, String message) {
    return new HomeyScriptAppClient((method, path, body, timeout) -> {
      throw new HubCalls.Failure(status, message, null);
    });
  }

  @Test void listsReadAnObjectKeyedByIdOrAnArray() throws Exception {
    var keyed = answering("""
        {"b1":{"name":"B","version":1,"lastExecuted":"2026-11-01T08:00:00.000Z"},
         "a1":{"id":"a1","name":"A","version":2,"lastExecuted":null}}""").scripts();
    assertEquals(List.of("A", "B"), keyed.stream().map(HubScript::name).toList(), "sorted by name");
    assertEquals("b1", keyed.get(1).id());
    assertEquals(Instant.parse("2026-11-01T08:00:00Z"), keyed.get(1).lastExecuted());
    assertNull(keyed.get(0).lastExecuted());
    assertEquals(1, keyed.get(1).version());

    var array = answering("[{\"id\":\"x\",\"name\":\"X\",\"lastExecuted\":1767225600000}]").scripts();
    assertEquals(Instant.ofEpochMilli(1767225600000L), array.getFirst().lastExecuted());
    assertEquals(List.of("GET /api/app/com.athom.homeyscript/script"), sent.subList(0, 1));
  }

  @Test void runSendsArgsAndKeepsReturnsAsSent() throws Exception {
    var run = answering("{\"success\":true,\"returns\":{\"n\":3,\"list\":[1.5,\"x\",null]}}").run("id1",
        List.of("he said \"hi\""));
    assertTrue(run.success());
    assertEquals("{\"n\":3,\"list\":[1.5,\"x\",null]}", run.returnsJson());
    assertEquals("POST /api/app/com.athom.homeyscript/script/id1/run {\"args\":[\"he said \\\"hi\\\"\"]}",
        sent.getFirst());
    assertEquals("""
        {
          "success": true,
          "returns": {
            "n": 3,
            "list": [
              1.5,
              "x",
              null
            ]
          }
        }""", run.toJson());
  }

  @Test void aMissingScriptIsEmptyNotAnError() throws Exception {
    assertEquals(Optional.empty(), failing(404, "GET …: 404 Not Found").script("nope"));
  }

  @Test void forbiddenMeansTheScopeIsMissing() {
    var error = assertThrows(ScriptSyncException.class, () -> failing(403, "GET …: 403 Missing Scopes").scripts());
    assertTrue(error.getMessage().startsWith("this API key lacks the homey.app scope: GET …: 403 Missing Scopes"),
        error.getMessage());
    assertTrue(error.getMessage().contains("Settings → API Keys"), error.getMessage());
  }

  @Test void noHomeyScriptAppIsSaidPlainly() {
    var error = assertThrows(ScriptSyncException.class, () -> failing(404, "GET …: 404 app_not_found").scripts());
    assertTrue(error.getMessage().contains("install HomeyScript"), error.getMessage());
  }
}
