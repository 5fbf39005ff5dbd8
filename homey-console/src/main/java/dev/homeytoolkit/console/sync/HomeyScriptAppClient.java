package dev.homeytoolkit.console.sync;

import com.squareup.moshi.JsonReader;
import dev.homeytoolkit.api.model.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import okio.Buffer;

/**
 * {@link HomeyScriptApp} over plain JSON calls. It reads the hub's answers leniently (a list may come as an array
 * or as an object keyed by id; {@code lastExecuted} as an ISO date or epoch milliseconds) and turns the two errors a
 * user can fix into plain advice: a 403 is a missing {@code homey.app} scope, a 404 on the script list means the
 * HomeyScript app is not installed.
 */
final class HomeyScriptAppClient implements HomeyScriptApp {
  /**
   * A run waits for the script to finish. The hub documents a 30 s limit but does not enforce it, so allow well
   * beyond that before giving up on the answer.
   */
  static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

  private final HubCalls calls;

  HomeyScriptAppClient(HubCalls calls) {
    this.calls = calls;
  }

  @Override public List<HubScript> scripts() throws IOException {
    String body;
    try {
      body = call("GET", "/script", null);
    } catch (HubCalls.Failure e) {
      if (e.status() == 404) {
        throw new ScriptSyncException("the HomeyScript app does not answer on this Homey (" + e.getMessage()
            + "): install HomeyScript from the Homey App Store, then try again", e);
      }
      throw e;
    }
    var scripts = new ArrayList<HubScript>();
    try (var reader = reader(body)) {
      if (reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
        reader.beginArray();
        while (reader.hasNext()) scripts.add(readScript(reader, null));
        reader.endArray();
      } else {
        reader.beginObject();
        while (reader.hasNext()) {
          var id = reader.nextName();
          scripts.add(readScript(reader, id));
        }
        reader.endObject();
      }
    }
    scripts.sort(Comparator.comparing(HubScript::name).thenComparing(HubScript::id));
    return scripts;
  }

  @Override public Optional<HubScript> script(String id) throws IOException {
    try {
      return Optional.of(parseScript(call("GET", "/script/" + id, null)));
    } catch (HubCalls.Failure e) {
      if (e.status() == 404) return Optional.empty();
      throw e;
    }
  }

  @Override public HubScript create(String name, String code) throws IOException {
    var body = "{\"name\":" + Json.write(name) + ",\"code\":" + Json.write(code) + "}";
    var created = parseScript(call("POST", "/script", body));
    return created.code() != null ? created : withCode(created, code);
  }

  @Override public HubScript update(String id, String code) throws IOException {
    var updated = parseScript(call("PUT", "/script/" + id, "{\"code\":" + Json.write(code) + "}"));
    return updated.code() != null ? updated : withCode(updated, code);
  }

  @Override public RunAnswer run(String id, List<String> args) throws IOException {
    var body = new StringBuilder("{\"args\":[");
    for (int i = 0; i < args.size(); i++) body.append(i == 0 ? "" : ",").append(Json.write(args.get(i)));
    body.append("]}");
    var answer = call("POST", "/script/" + id + "/run", body.toString(), RUN_TIMEOUT);
    boolean success = false;
    String returns = "null";
    try (var reader = reader(answer)) {
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "success" -> success = reader.nextBoolean();
          case "returns" -> {
            try (var source = reader.nextSource()) {
              returns = source.readUtf8();
            }
          }
          default -> reader.skipValue();
        }
      }
      reader.endObject();
    }
    return new RunAnswer(success, returns);
  }

  private String call(String method, String path, String body) throws IOException {
    return call(method, path, body, null);
  }

  private String call(String method, String path, String body, Duration timeout) throws IOException {
    try {
      return calls.call(method, PATH + path, body, timeout);
    } catch (HubCalls.Failure e) {
      if (e.status() == 403) {
        throw new ScriptSyncException("this API key lacks the homey.app scope: " + e.getMessage()
            + ". Make a key with the homey.app scope in the Homey web app (Settings → API Keys), "
            + "or log in with your Athom account instead", e);
      }
      throw e;
    }
  }

  private static HubScript withCode(HubScript script, String code) {
    return new HubScript(script.id(), script.name(), code, script.version(), script.lastExecuted());
  }

  private static JsonReader reader(String json) {
    return JsonReader.of(new Buffer().writeUtf8(json));
  }

  private static HubScript parseScript(String json) throws IOException {
    try (var reader = reader(json)) {
      return readScript(reader, null);
    }
  }

  private static HubScript readScript(JsonReader reader, String key) throws IOException {
    String id = key, name = null, code = null;
    Integer version = null;
    Instant lastExecuted = null;
    reader.beginObject();
    while (reader.hasNext()) {
      var field = reader.nextName();
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
        continue;
      }
      switch (field) {
        case "id" -> id = reader.nextString();
        case "name" -> name = reader.nextString();
        case "code" -> code = reader.nextString();
        case "version" -> version = reader.nextInt();
        case "lastExecuted" -> lastExecuted = instant(reader);
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    if (id == null) throw new IOException("the HomeyScript app sent a script without an id");
    return new HubScript(id, name == null ? "" : name, code, version, lastExecuted);
  }

  private static Instant instant(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NUMBER) {
      long millis = reader.nextLong();
      return millis <= 0 ? null : Instant.ofEpochMilli(millis);
    }
    var text = reader.nextString();
    try {
      return text.isEmpty() ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
