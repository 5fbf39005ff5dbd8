package dev.homeytoolkit.console.repl;

import java.util.List;
import java.util.regex.Pattern;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of a JavaScript entry. On Enter, an unfinished entry ({@link Completeness}) throws {@link EOFError},
 * which makes JLine continue it on a new line. For Tab, the "word" is the expression before the cursor
 * ({@code Homey.devices.get}, {@code devices['ab}), which completion candidates replace whole.
 */
final class EntryParser implements Parser {
  private final Completeness completeness;

  EntryParser(Completeness completeness) {
    this.completeness = completeness;
  }

  @Override public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(".") && completeness.isIncomplete(line)) {
      throw new EOFError(-1, -1, "the entry continues on the next line");
    }
    int start = wordStart(line, cursor);
    return new Entry(line, cursor, start);
  }

  /** A member chain, possibly unfinished: {@code a.b['c'].d}, {@code a.}, {@code a['x}. */
  private static final Pattern CHAIN = Pattern.compile(
      "[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*|\\[(?:'[^']*'|\"[^\"]*\"|\\d+)\\])*(?:\\.|\\[['\"][^'\"]*)?$");

  /** The start of the member chain that ends at the cursor, or the cursor when there is none. */
  static int wordStart(String line, int cursor) {
    var before = line.substring(0, cursor);
    int lineStart = before.lastIndexOf('\n') + 1;
    var m = CHAIN.matcher(before);
    m.region(lineStart, before.length());
    int start = cursor;
    while (m.find()) {
      if (m.end() == cursor && (m.start() == 0 || !Character.isJavaIdentifierPart(before.charAt(m.start() - 1)))) {
        start = Math.min(start, m.start());
      }
    }
    return start;
  }

  @Override public boolean isEscapeChar(char ch) {
    return false;
  }

  private record Entry(String line, int cursor, int start) implements CompletingParsedLine {
    @Override public String word() {
      return line.substring(start, cursor);
    }

    @Override public int wordCursor() {
      return cursor - start;
    }

    @Override public int wordIndex() {
      return 0;
    }

    @Override public List<String> words() {
      return List.of(word());
    }

    @Override public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override public int rawWordCursor() {
      return wordCursor();
    }

    @Override public int rawWordLength() {
      return cursor - start;
    }
  }
}
