package dev.homeytoolkit.console.port;

/**
 * One lexical token of a script, with where it starts. The port check needs no syntax tree: the GraalJS polyglot
 * API only parses (it reports syntax errors but exposes no AST), so the rules work on this flat token list.
 *
 * @param newlineBefore a line break separates this token from the previous one (automatic semicolon insertion)
 */
record Token(Kind kind, String text, int start, int end, int line, int column, boolean newlineBefore) {

  enum Kind { IDENT, NUMBER, STRING, TEMPLATE, REGEX, PUNCT }

  boolean is(String punctOrWord) {
    return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrWord);
  }

  boolean isIdent() {
    return kind == Kind.IDENT;
  }

  /** The value of a string literal without its quotes (escapes kept as written: only simple keys are compared). */
  String stringValue() {
    return kind == Kind.STRING ? text.substring(1, text.length() - 1) : text;
  }
}
