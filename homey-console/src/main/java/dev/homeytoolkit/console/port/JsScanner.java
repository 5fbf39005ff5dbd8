package dev.homeytoolkit.console.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small JavaScript tokenizer: enough to walk a HomeyScript's identifiers and punctuation without being fooled by
 * strings, template literals (whose {@code ${…}} parts are tokenized as code), comments and regular expression
 * literals. It never fails: on malformed input it produces what it can (GraalJS reports the syntax error).
 */
final class JsScanner {

  private static final String[] PUNCTUATORS = {
      ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
      "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
      "^=", "**", "<<", ">>",
  };

  /** After these words an expression starts, so a slash begins a regular expression. */
  private static final Set<String> EXPRESSION_KEYWORDS = Set.of(
      "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
      "yield", "await");

  private final String src;
  private final List<Token> tokens = new ArrayList<>();
  /** Brace depth at which each open template literal's current {@code ${} started. */
  private final List<Integer> templateDepths = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  private int braceDepth;
  private boolean newline;

  private JsScanner(String src) {
    this.src = src;
  }

  static List<Token> scan(String source) {
    var scanner = new JsScanner(source);
    scanner.run();
    return List.copyOf(scanner.tokens);
  }

  private void run() {
    if (src.startsWith("#!")) skipLineComment();
    while (true) {
      skipTrivia();
      if (pos >= src.length()) return;
      int start = pos, startLine = line, startColumn = pos - lineStart + 1;
      char c = src.charAt(pos);
      Token.Kind kind;
      if (c == '"' || c == '\'') {
        skipString(c);
        kind = Token.Kind.STRING;
      } else if (c == '`') {
        pos++;
        kind = Token.Kind.TEMPLATE;
        skipTemplateChunk();
      } else if (c == '}' && !templateDepths.isEmpty() && templateDepths.getLast() == braceDepth) {
        templateDepths.removeLast();
        pos++;
        kind = Token.Kind.TEMPLATE;
        skipTemplateChunk();
      } else if (isIdentifierStart(c) || c == '#' || c == '\\') {
        pos++;
        while (pos < src.length() && (Character.isJavaIdentifierPart(src.charAt(pos)) || src.charAt(pos) == '\\')) {
          pos++;
        }
        kind = Token.Kind.IDENT;
      } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
        pos++;
        while (pos < src.length()) {
          char d = src.charAt(pos);
          if (Character.isLetterOrDigit(d) || d == '.' || d == '_') {
            pos++;
          } else if ((d == '+' || d == '-') && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E')
              && !src.startsWith("0x", start) && !src.startsWith("0X", start)) {
            pos++;
          } else {
            break;
          }
        }
        kind = Token.Kind.NUMBER;
      } else if (c == '/' && regexAllowed()) {
        skipRegex();
        kind = Token.Kind.REGEX;
      } else {
        pos += punctuatorLength();
        kind = Token.Kind.PUNCT;
        if (c == '{') braceDepth++;
        if (c == '}') braceDepth--;
      }
      tokens.add(new Token(kind, src.substring(start, pos), start, pos, startLine, startColumn, newline));
      newline = false;
    }
  }

  private static boolean isIdentifierStart(char c) {
    return Character.isJavaIdentifierStart(c);
  }

  private int punctuatorLength() {
    for (var p : PUNCTUATORS) {
      if (src.startsWith(p, pos)) {
        // "?." followed by a digit is a conditional operator and a number: a?.5:1
        if (p.equals("?.") && pos + 2 < src.length() && Character.isDigit(src.charAt(pos + 2))) continue;
        return p.length();
      }
    }
    return 1;
  }

  private boolean regexAllowed() {
    if (tokens.isEmpty()) return true;
    var prev = tokens.getLast();
    return switch (prev.kind()) {
      case NUMBER, STRING, REGEX -> false;
      case TEMPLATE -> !prev.text().endsWith("${");
      case IDENT -> EXPRESSION_KEYWORDS.contains(prev.text());
      case PUNCT -> !(prev.is(")") || prev.is("]") || prev.is("}") || prev.is("++") || prev.is("--"));
    };
  }

  private void skipTrivia() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        pos++;
        markLine();
      } else if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0') {
        pos++;
      } else if (src.startsWith("//", pos)) {
        skipLineComment();
      } else if (src.startsWith("/*", pos)) {
        int end = src.indexOf("*/", pos + 2);
        int stop = end < 0 ? src.length() : end + 2;
        while (pos < stop) {
          if (src.charAt(pos++) == '\n') markLine();
        }
      } else {
        return;
      }
    }
  }

  private void skipLineComment() {
    while (pos < src.length() && src.charAt(pos) != '\n') pos++;
  }

  private void markLine() {
    line++;
    lineStart = pos;
    newline = true;
  }

  private void skipString(char quote) {
    pos++;
    while (pos < src.length()) {
      char c = src.charAt(pos++);
      if (c == '\\' && pos < src.length()) {
        if (src.charAt(pos++) == '\n') markLineInToken();
      } else if (c == quote || c == '\n') {
        if (c == '\n') markLineInToken();
        return;
      }
    }
  }

  /** Reads template text up to the closing backtick or to a {@code ${}, whose expression is scanned as code. */
  private void skipTemplateChunk() {
    while (pos < src.length()) {
      char c = src.charAt(pos++);
      if (c == '\\' && pos < src.length()) {
        if (src.charAt(pos++) == '\n') markLineInToken();
      } else if (c == '\n') {
        markLineInToken();
      } else if (c == '`') {
        return;
      } else if (c == '$' && pos < src.length() && src.charAt(pos) == '{') {
        pos++;
        templateDepths.add(braceDepth);
        return;
      }
    }
  }

  private void skipRegex() {
    pos++;
    boolean inClass = false;
    while (pos < src.length()) {
      char c = src.charAt(pos++);
      if (c == '\\' && pos < src.length()) {
        pos++;
      } else if (c == '\n') {
        pos--;
        return;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        break;
      }
    }
    while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) pos++;
  }

  /** A line break inside a token: count the line, but the next token is not "after a newline". */
  private void markLineInToken() {
    line++;
    lineStart = pos;
  }
}
