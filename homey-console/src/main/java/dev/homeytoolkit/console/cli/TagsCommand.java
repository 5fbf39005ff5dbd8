package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.api.model.Json;
import dev.homeytoolkit.console.runtime.store.StateStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code homey-console tags}: lists the Flow tags scripts made with {@code tag()} or {@code setTagValue()}. They live
 * in a local store, per profile, because the Homey Web API cannot create a Flow tag from outside the hub.
 */
@Command(name = "tags", mixinStandardHelpOptions = true,
    description = {"List the Flow tags your scripts made with tag() or setTagValue().",
        "They are kept on this computer (per profile): the Homey's Web API cannot create Flow tags from outside."})
public final class TagsCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Option(names = "--json", description = "Print the tags as a JSON object {id: {type, title, value}}.")
  boolean json;

  @Override public Integer call() throws java.io.IOException {
    var out = connection.mixee.commandLine().getOut();
    // No connection needed: the tags are local; the demo Homey's runs keep theirs apart from a profile's.
    var state = StateStore.forProfile(connection.configDir(), connection.stateProfile(connection.wouldUseDemo()));
    var tags = state.tags();
    if (json) {
      var sb = new StringBuilder("{");
      for (int i = 0; i < tags.size(); i++) {
        var t = tags.get(i);
        if (i > 0) sb.append(',');
        sb.append("\n  ").append(quote(t.id())).append(": {\"type\": ").append(quote(t.type()))
            .append(", \"title\": ").append(t.title() == null ? "null" : quote(t.title()))
            .append(", \"value\": ").append(t.valueJson()).append('}');
      }
      out.println(sb.append(tags.isEmpty() ? "}" : "\n}"));
    } else if (tags.isEmpty()) {
      out.println("No tags yet. A script makes one with: await tag('my_tag', 42)   (stored in " + state.dir() + ")");
    } else {
      int idWidth = Math.max(2, tags.stream().mapToInt(t -> t.id().length()).max().orElse(2));
      out.printf("%-" + idWidth + "s  %-7s  %s%n", "ID", "TYPE", "VALUE");
      for (var t : tags) out.printf("%-" + idWidth + "s  %-7s  %s%n", t.id(), t.type(), shorten(t.valueJson()));
    }
    out.flush();
    return 0;
  }

  private static String shorten(String value) {
    return value.length() <= 100 ? value : value.substring(0, 97) + "...";
  }

  private static String quote(String s) {
    return Json.write(s);
  }
}
