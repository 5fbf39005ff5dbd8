package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.auth.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code homey-console homeys}: the Homeys of the logged-in Athom account. */
@Command(name = "homeys", mixinStandardHelpOptions = true,
    description = "List the Homeys of the Athom account of a profile (pick one with `login --homey NAME_OR_ID`).")
public final class HomeysCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Option(names = "--json", description = "Print them as JSON.")
  boolean json;

  @Override public Integer call() {
    var out = connection.mixee.commandLine().getOut();
    try {
      var user = connection.auth().account(connection.profile());
      var current = connection.store().load(connection.profile()).map(p -> p.homeyId()).orElse(null);
      if (json) {
        var list = new ArrayList<Object>();
        for (var h : user.homeys()) {
          var m = new LinkedHashMap<String, Object>();
          m.put("id", h.id());
          m.put("name", h.name());
          m.put("platform", h.platform());
          m.put("softwareVersion", h.softwareVersion());
          m.put("role", h.role());
          m.put("current", h.id() != null && h.id().equals(current));
          list.add(m);
        }
        out.println(Json.writePretty(list));
      } else {
        out.printf("%-2s %-24s %-26s %-12s %-10s %s%n", "", "ID", "NAME", "KIND", "VERSION", "ROLE");
        for (var h : user.homeys()) {
          out.printf("%-2s %-24s %-26s %-12s %-10s %s%n", h.id() != null && h.id().equals(current) ? "*" : "",
              h.id(), h.name(), h.kind(), h.softwareVersion() == null ? "" : h.softwareVersion(),
              h.role() == null ? "" : h.role());
        }
      }
      out.flush();
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      connection.err().println("homey-console homeys: " + e.getMessage());
      connection.err().flush();
      return 1;
    }
  }
}
