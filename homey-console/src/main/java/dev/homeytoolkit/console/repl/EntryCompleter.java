package dev.homeytoolkit.console.repl;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from live values: globals and declarations, {@code Homey.<manager>.<operation>}, the properties of
 * any value ({@code device.capabilitiesObj.}) and the keys of objects ({@code devices['}). The runtime's session
 * evaluates the expression before the last dot or bracket to list them (property reads only, no calls).
 */
final class EntryCompleter implements Completer {
  private final Evaluator evaluator;

  EntryCompleter(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  @Override public void complete(LineReader reader, ParsedLine parsed, List<Candidate> candidates) {
    var before = parsed.line().substring(0, parsed.cursor());
    var current = before.substring(before.lastIndexOf('\n') + 1);
    var word = parsed.word();
    int wordStart = current.length() - word.length();
    var found = evaluator.complete(current);
    for (var candidate : found.candidates()) {
      String value;
      if (found.from() >= wordStart) {
        value = current.substring(wordStart, found.from()) + candidate;
      } else if (candidate.startsWith(current.substring(found.from(), wordStart))) {
        value = candidate.substring(wordStart - found.from());
      } else {
        continue;
      }
      candidates.add(new Candidate(value, display(value), null, null, null, null, false));
    }
  }

  /** The last segment, as the completion list shows it: {@code getDevices} for {@code Homey.devices.getDevices}. */
  static String display(String value) {
    int cut = Math.max(value.lastIndexOf('.'), value.lastIndexOf('['));
    return cut < 0 ? value : value.substring(cut + (value.charAt(cut) == '.' ? 1 : 0));
  }
}
