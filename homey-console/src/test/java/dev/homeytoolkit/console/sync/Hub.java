package dev.homeytoolkit.console.sync;

import dev.homeytoolkit.api.model.Json;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okio.Buffer;

/**
 * The hub side of a sync test: the app API the sync code uses, plus what the owner does in the web app (add,
 * edit, rename, delete a script), all through the same JSON calls.
 */
final class Hub {
  final HubCalls calls;
  final HomeyScriptApp app;
  final String homeyId;

  Hub(HubCalls calls, String homeyId) {
    this.calls = calls;
    this.app = new HomeyScriptAppClient(calls);
    this.homeyId = homeyId;
  }

  String add(String name, String code) throws IOException {
    return app.create(name, code).id();
  }

  void edit(String id, String code) throws IOException {
    calls.call("PUT", HomeyScriptApp.PATH + "/script/" + id, "{\"code\":" + Json.write(code) + "}", null);
  }

  void rename(String id, String name) throws IOException {
    calls.call("PUT", HomeyScriptApp.PATH + "/script/" + id, "{\"name\":" + Json.write(name) + "}", null);
  }

  void delete(String id) throws IOException {
    calls.call("DELETE", HomeyScriptApp.PATH + "/script/" + id, null, null);
  }

  String code(String id) throws IOException {
    return app.script(id).orElseThrow().code();
  }

  /** Every script's code by name: a snapshot to compare before and after. */
  Map<String, String> codeByName() throws IOException {
    var out = new LinkedHashMap<String, String>();
    for (var s : app.scripts()) out.put(s.name(), code(s.id()));
    return out;
  }

  static Object parse(String json) throws IOException {
    return JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
  }
}
