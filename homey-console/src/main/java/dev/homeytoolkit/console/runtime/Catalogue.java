package dev.homeytoolkit.console.runtime;

import dev.homeytoolkit.api.meta.In;
import dev.homeytoolkit.api.meta.Operation;
import dev.homeytoolkit.api.meta.Operations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The operation catalogue homey.js builds {@code Homey} from, as JSON: derived from homey-api's {@link Operations#all()}
 * (read from its Retrofit interfaces), never a second list. Per manager, so a script pays only for the managers it
 * touches.
 */
final class Catalogue {
  private Catalogue() {}

  private static final class Holder {
    static final Map<String, List<Operation>> BY_MANAGER = Operations.all().stream()
        .collect(Collectors.groupingBy(Operation::jsName, LinkedHashMap::new, Collectors.toList()));
    static final String MANAGERS = Json.write(w -> {
      w.beginArray();
      for (String name : BY_MANAGER.keySet()) w.value(name);
      w.endArray();
    });
    static final Map<String, String> OPERATIONS = BY_MANAGER.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> json(e.getValue())));
  }

  /** {@code ["alarms", "apps", …]}: the managers' JS names. */
  static String managersJson() {
    return Holder.MANAGERS;
  }

  /** {@code [{"name", "crud", "path": [path parameter names]}, …]} for one manager; {@code []} for an unknown one. */
  static String operationsJson(String jsName) {
    return Holder.OPERATIONS.getOrDefault(jsName, "[]");
  }

  private static String json(List<Operation> operations) {
    return Json.write(w -> {
      w.beginArray();
      for (var op : operations) {
        w.beginObject();
        w.name("name").value(op.name());
        w.name("crud").value(op.crud());
        w.name("path").beginArray();
        for (var p : op.parameters()) if (p.in() == In.PATH) w.value(p.name());
        w.endArray();
        w.endObject();
      }
      w.endArray();
    });
  }
}
