package dev.homeytoolkit.console.port;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The token-level rules of the port check. Scoping is deliberately flat: a name declared anywhere in the script
 * counts as declared everywhere, which can hide a mistake but never reports a working script as broken.
 */
final class ScriptChecks {

  /** Managers the older API spelt differently, and their v3 names. */
  private static final Map<String, String> OLDER_MANAGERS = Map.of("flowToken", "flowtoken", "zigBee", "zigbee");
  private static final Map<String, String> OLDER_APP_METHODS =
      Map.of("apiGet", "get", "apiPost", "post", "apiPut", "put", "apiDelete", "delete");
  private static final Set<String> APP_METHODS = Set.of("get", "post", "put", "delete");
  private static final Set<String> NOT_A_PARAMETER_LIST = Set.of("if", "while", "for", "switch", "with", "return");

  private final String file;
  private final List<Token> t;
  private final int[] match;
  private final OperationCatalog catalog;
  private final Set<String> declared = new HashSet<>();
  private final List<Diagnostic> out = new ArrayList<>();

  private ScriptChecks(String file, String source, OperationCatalog catalog) {
    this.file = file;
    this.t = JsScanner.scan(source);
    this.match = matchBrackets(t);
    this.catalog = catalog;
  }

  static List<Diagnostic> run(String file, String source, OperationCatalog catalog) {
    var checks = new ScriptChecks(file, source, catalog);
    checks.collectDeclarations();
    checks.checkNames();
    checks.checkMembers();
    checks.checkListsUsedAsArrays();
    return checks.out;
  }

  // ---------------------------------------------------------------------------------------------- declarations

  private void collectDeclarations() {
    for (int i = 0; i < t.size(); i++) {
      var tok = t.get(i);
      if (tok.is("var") || tok.is("const")
          || (tok.is("let") && (isName(i + 1) || is(i + 1, "{") || is(i + 1, "[")))) {
        declarators(i + 1);
      } else if (tok.is("function")) {
        int j = is(i + 1, "*") ? i + 2 : i + 1;
        if (isName(j)) declared.add(t.get(j).text());
      } else if (tok.is("class") && isName(i + 1)) {
        declared.add(t.get(i + 1).text());
      } else if (isName(i) && is(i + 1, "=>")) {
        declared.add(tok.text());
      } else if (tok.is(")") && is(i + 1, "=>") && match[i] >= 0) {
        bindingNames(match[i] + 1, i);
      } else if (tok.is("(") && match[i] > 0 && is(match[i] + 1, "{") && i > 0
          && (isName(i - 1) || is(i - 1, "function") || is(i - 1, "*") || is(i - 1, "catch"))
          && !NOT_A_PARAMETER_LIST.contains(t.get(i - 1).text())) {
        bindingNames(i + 1, match[i]);
      } else if (isName(i) && is(i + 1, "=") && !isMemberName(i)) {
        declared.add(tok.text()); // sloppy mode: assigning an undeclared name creates a global
      }
    }
  }

  private void declarators(int j) {
    while (j < t.size()) {
      int end = pattern(j);
      if (end == j) return;
      if (is(end, "=")) end = skipExpression(end + 1);
      if (!is(end, ",")) return;
      j = end + 1;
    }
  }

  private int pattern(int j) {
    if (isName(j)) {
      declared.add(t.get(j).text());
      return j + 1;
    }
    if ((is(j, "{") || is(j, "[")) && match[j] > 0) {
      bindingNames(j + 1, match[j]);
      return match[j] + 1;
    }
    return j;
  }

  /** Names bound by a destructuring pattern or a parameter list between token indexes {@code from} and {@code to}. */
  private void bindingNames(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isName(k) || is(k + 1, ":") || is(k + 1, "(")) continue;
      var prev = t.get(k - 1);
      if (prev.is("(") || prev.is("[") || prev.is("{") || prev.is(",") || prev.is("...") || prev.is(":")) {
        declared.add(t.get(k).text());
      }
    }
  }

  /** The index just after an initializer expression that starts at {@code k}. */
  private int skipExpression(int k) {
    while (k < t.size()) {
      var tok = t.get(k);
      if (tok.is(",") || tok.is(";") || tok.is(")") || tok.is("]") || tok.is("}")) return k;
      if (tok.newlineBefore() && k > 0 && endsExpression(t.get(k - 1)) && startsStatement(tok)) return k;
      if ((tok.is("(") || tok.is("[") || tok.is("{")) && match[k] > 0) {
        k = match[k] + 1;
      } else {
        k++;
      }
    }
    return k;
  }

  private static boolean endsExpression(Token tok) {
    return switch (tok.kind()) {
      case IDENT -> !KnownNames.KEYWORDS.contains(tok.text())
          || Set.of("this", "true", "false", "null", "super").contains(tok.text());
      case NUMBER, STRING, REGEX -> true;
      case TEMPLATE -> tok.text().endsWith("`");
      case PUNCT -> tok.is(")") || tok.is("]") || tok.is("}") || tok.is("++") || tok.is("--");
    };
  }

  private static boolean startsStatement(Token tok) {
    return (tok.isIdent() && !tok.is("in") && !tok.is("instanceof") && !tok.is("of"))
        || tok.kind() == Token.Kind.NUMBER || tok.kind() == Token.Kind.STRING || tok.is("++") || tok.is("--");
  }

  // ---------------------------------------------------------------------------------------------- free names

  private void checkNames() {
    for (int i = 0; i < t.size(); i++) {
      if (!isName(i)) continue;
      var tok = t.get(i);
      var name = tok.text();
      if (isMemberName(i) || name.startsWith("#") || declared.contains(name)) continue;
      if (is(i + 1, ":") && !(is(i - 1, "?") || is(i - 1, "case") || is(i - 1, ":"))) continue; // key or label
      if (is(i - 1, "break") || is(i - 1, "continue")) continue;
      if (is(i + 1, "(") && match[i + 1] > 0 && is(match[i + 1] + 1, "{")) continue; // a method definition
      if (is(i - 1, "typeof")) continue; // typeof x never throws
      if (name.equals("say")) {
        report(tok, Rule.SAY, "say() does not exist on a Homey Pro (2023), nor here",
            "send a timeline notification instead: await Homey.flow.runFlowCardAction({uri: "
                + "'homey:manager:notifications', id: 'create_notification', args: {text}})");
      } else if (KnownNames.HOMEYSCRIPT_GLOBALS.contains(name) || KnownNames.JS_BUILTINS.contains(name)) {
        continue;
      } else if (name.equals("require")) {
        report(tok, Rule.REQUIRE, "require() does not exist: HomeyScripts cannot load modules",
            "use the globals instead: fetch, _ (lodash), Buffer, URLSearchParams, http, https");
      } else if (KnownNames.TIMERS.contains(name)) {
        report(tok, Rule.TIMER, name + " does not exist in HomeyScript",
            name.startsWith("clear") ? "await wait(ms) needs no cancelling; keep a flag if a loop must stop"
                : "await wait(ms) then run the code (in a loop for an interval)");
      } else if (KnownNames.MISSING_WITH_ADVICE.containsKey(name)) {
        report(tok, Rule.UNDEFINED_GLOBAL, name + " is not defined in HomeyScript",
            KnownNames.MISSING_WITH_ADVICE.get(name));
      } else {
        var candidates = new TreeSet<String>(declared);
        candidates.addAll(KnownNames.HOMEYSCRIPT_GLOBALS);
        candidates.addAll(KnownNames.JS_BUILTINS);
        candidates.remove("say");
        report(tok, Rule.UNDEFINED_GLOBAL, name + " is used but never declared (a ReferenceError when reached)",
            Nearest.to(name, candidates).map(n -> "did you mean " + n + "?")
                .orElse("declare it (const " + name + " = …) or pass it in args"));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- members

  private void checkMembers() {
    for (int i = 0; i < t.size(); i++) {
      var tok = t.get(i);
      if (isGlobal(i, "Homey") && isDot(i + 1) && isAnyName(i + 2)) {
        checkHomeyCall(i + 2);
      } else if (isGlobal(i, "console") && isDot(i + 1) && isAnyName(i + 2)) {
        var method = t.get(i + 2).text();
        if (!KnownNames.CONSOLE_METHODS.contains(method)) {
          report(t.get(i + 2), Rule.CONSOLE_METHOD,
              "console." + method + " does not exist on the Homey (its console has only log, info and error)",
              "use console." + (Set.of("warn", "assert", "trace").contains(method) ? "error" : "log"));
        }
      } else if (isGlobal(i, "global") && isDot(i + 1)
          && (is(i + 2, "get") || is(i + 2, "set") || is(i + 2, "keys"))) {
        report(t.get(i + 2), Rule.GLOBAL_STORE,
            "global." + t.get(i + 2).text() + " uses this console's own store, not the Homey's",
            "values set by scripts on the Homey are not here; copy the ones the script needs with global.set");
      } else if ((isGlobal(i, "tag") || isGlobal(i, "setTagValue")) && is(i + 1, "(")) {
        report(tok, Rule.FLOW_TAG, "Flow tags are kept locally here: Flows on the Homey will not see "
            + tok.text() + "()'s value", "use Homey.logic.updateVariable({id, variable: {value}}) to share a "
            + "value with the Homey's Flows");
        if (tok.text().equals("setTagValue")) olderSetTagValue(i);
      } else if (isDot(i - 1) && isAnyName(i) && OLDER_APP_METHODS.containsKey(tok.text()) && is(i + 1, "(")) {
        olderAppCall(i);
        reportAppApi(tok);
      } else if (isDot(i - 1) && APP_METHODS.contains(tok.text()) && is(i + 1, "(") && is(i + 2, "{")
          && objectHasKey(i + 2, "path")) {
        reportAppApi(tok);
      } else if (tok.is("headers") && is(i + 1, "[") && t.size() > i + 3 && t.get(i + 2).kind() == Token.Kind.STRING
          && t.get(i + 2).stringValue().equals("_headers") && is(i + 3, "]")) {
        olderHeaders(i);
      }
    }
  }

  private void checkHomeyCall(int m) {
    var managerToken = t.get(m);
    var manager = managerToken.text();
    if (OLDER_MANAGERS.containsKey(manager)) {
      var v3 = OLDER_MANAGERS.get(manager);
      report(managerToken, Rule.OLDER_SPELLING, "Homey." + manager + " is the older API's spelling",
          "write Homey." + v3, Optional.of(new Edit(managerToken.start(), managerToken.end(), v3)));
      manager = v3;
    } else if (!catalog.hasManager(manager)) {
      report(managerToken, Rule.UNKNOWN_MANAGER, "Homey." + manager + " is not a manager of Web API v3",
          Nearest.to(manager, catalog.managers()).map(n -> "did you mean Homey." + n + "?")
              .orElse("the managers are " + String.join(", ", catalog.managers())));
      return;
    }
    if (!isDot(m + 1) || !isAnyName(m + 2)) return;
    var opToken = t.get(m + 2);
    var op = opToken.text();
    if (catalog.operations(manager).contains(op)) return;
    if (KnownNames.REALTIME_METHODS.contains(op)) {
      report(opToken, Rule.REALTIME, "Homey." + manager + "." + op + ": realtime events are not available to "
          + "scripts here", "poll instead: read the value again after await wait(ms)");
      return;
    }
    var finalManager = manager;
    report(opToken, Rule.UNKNOWN_OPERATION,
        "Homey." + manager + "." + op + " is not an operation of Web API v3",
        Nearest.to(op, catalog.operations(manager)).map(n -> "did you mean Homey." + finalManager + "." + n + "?")
            .orElse("Homey." + manager + " has: " + String.join(", ", catalog.operations(manager))));
  }

  private void reportAppApi(Token tok) {
    report(tok, Rule.APP_API, "an app's web API call: on the Homey it runs inside the hub, here it goes over "
            + "the network to /api/app/<appId><path>",
        "the token needs the app's permission (homey.app.control) and the app must allow the route from outside");
  }

  /** {@code app.apiPost(path, body)} becomes {@code app.post({path: path, body: body})}. */
  private void olderAppCall(int i) {
    var tok = t.get(i);
    var method = OLDER_APP_METHODS.get(tok.text());
    var args = arguments(i + 1);
    Optional<Edit> fix = Optional.empty();
    if (args.isPresent() && (args.get().size() == 1 || args.get().size() == 2)) {
      var list = args.get();
      var text = new StringBuilder(method).append("({ path: ").append(list.get(0));
      if (list.size() == 2) text.append(", body: ").append(list.get(1));
      text.append(" })");
      fix = Optional.of(new Edit(tok.start(), t.get(match[i + 1]).end(), text.toString()));
    }
    var shape = method.equals("get") || method.equals("delete") ? "path" : "path, body";
    report(tok, Rule.OLDER_SPELLING, "app." + tok.text() + "(" + shape + ") is the older API's spelling",
        "write app." + method + "({ " + shape + " })", fix);
  }

  /** {@code setTagValue(id, {type, title}, value)} becomes {@code tag(id, value)}. */
  private void olderSetTagValue(int i) {
    var args = arguments(i + 1);
    Optional<Edit> fix = Optional.empty();
    if (args.isPresent() && args.get().size() == 3) {
      fix = Optional.of(new Edit(t.get(i).start(), t.get(match[i + 1]).end(),
          "tag(" + args.get().get(0) + ", " + args.get().get(2) + ")"));
    }
    report(t.get(i), Rule.OLDER_SPELLING, "setTagValue(id, {type, title}, value) is the older form of tag()",
        "write tag(id, value): the type follows the value", fix);
  }

  /** node-fetch v1: {@code res.headers['_headers'].location[0]} is {@code res.headers.get('location')}. */
  private void olderHeaders(int i) {
    Optional<Edit> fix = Optional.empty();
    var header = "name";
    if (isDot(i + 4) && isAnyName(i + 5) && is(i + 6, "[") && i + 8 < t.size() && t.get(i + 7).text().equals("0")
        && is(i + 8, "]")) {
      header = t.get(i + 5).text();
      if (!header.equals("set-cookie")) {
        fix = Optional.of(new Edit(t.get(i + 1).start(), t.get(i + 8).end(), ".get('" + header + "')"));
      }
    }
    report(t.get(i + 2), Rule.OLDER_SPELLING, "headers['_headers'] is node-fetch v1's internal field",
        "write headers.get('" + header + "') (or headers.raw() for every value)", fix);
  }

  // ---------------------------------------------------------------------------------------------- lists

  /** {@code (await Homey.devices.getDevices()).forEach} and {@code devices.forEach} after assigning it. */
  private void checkListsUsedAsArrays() {
    var lists = new HashMap<String, String>(); // variable -> the list call it holds
    for (int i = 0; i < t.size(); i++) {
      var call = listCallAt(i);
      if (call.isPresent()) {
        int close = match[i + 5];
        if (is(i - 1, "await") && is(i - 2, "(") && match[i - 2] == close + 1 && !callsBefore(i - 2)) {
          arrayUse(match[i - 2] + 1, "(await " + call.get() + "())", call.get());
        }
        if (is(i - 1, "await") && is(i - 2, "=") && isName(i - 3)) {
          lists.put(t.get(i - 3).text(), call.get());
          i = close;
        }
        continue;
      }
      if (!isName(i) || isMemberName(i)) continue;
      var name = t.get(i).text();
      if (!lists.containsKey(name)) continue;
      if (is(i + 1, "=")) {
        lists.remove(name);
      } else if (is(i - 1, "of")) {
        report(t.get(i), Rule.LIST_AS_ARRAY, name + " holds " + lists.get(name) + "(), an object keyed by id: "
            + "for…of fails on it", "iterate Object.values(" + name + ")");
      } else {
        arrayUse(i + 1, name, lists.get(name));
      }
    }
  }

  private void arrayUse(int k, String what, String call) {
    if (isDot(k) && isAnyName(k + 1) && KnownNames.ARRAY_ONLY.contains(t.get(k + 1).text())) {
      var member = t.get(k + 1).text();
      report(t.get(k + 1), Rule.LIST_AS_ARRAY, call + "() answers an object keyed by id, not an array: ." + member
          + (member.equals("length") ? " is undefined" : " does not exist"),
          "use Object.values(" + what + ")." + member);
    } else if (is(k, "[") && k + 1 < t.size() && t.get(k + 1).kind() == Token.Kind.NUMBER) {
      report(t.get(k), Rule.LIST_AS_ARRAY, call + "() answers an object keyed by id, not an array: ["
          + t.get(k + 1).text() + "] is undefined", "use Object.values(" + what + ")[" + t.get(k + 1).text() + "]");
    }
  }

  /** {@code Homey.<manager>.<listOperation>(} at i: the call's display name. */
  private Optional<String> listCallAt(int i) {
    if (!isGlobal(i, "Homey") || !isDot(i + 1) || !isAnyName(i + 2) || !isDot(i + 3) || !isAnyName(i + 4)
        || !is(i + 5, "(") || match[i + 5] < 0) {
      return Optional.empty();
    }
    var manager = OLDER_MANAGERS.getOrDefault(t.get(i + 2).text(), t.get(i + 2).text());
    var op = t.get(i + 4).text();
    return catalog.isList(manager, op) ? Optional.of("Homey." + manager + "." + op) : Optional.empty();
  }

  /** The parenthesis at {@code open} belongs to a call (or an if/while head), not to a grouping. */
  private boolean callsBefore(int open) {
    if (open == 0) return false;
    var prev = t.get(open - 1);
    return (prev.isIdent() && !KnownNames.KEYWORDS.contains(prev.text())) || prev.is(")") || prev.is("]")
        || prev.is("if") || prev.is("while") || prev.is("for") || prev.is("switch");
  }

  // ---------------------------------------------------------------------------------------------- helpers

  /** The source text of each top-level argument of the call whose {@code (} is at {@code open}. */
  private Optional<List<String>> arguments(int open) {
    if (match[open] < 0) return Optional.empty();
    var args = new ArrayList<String>();
    int start = open + 1;
    for (int k = open + 1; k <= match[open]; k++) {
      if (k == match[open] || is(k, ",")) {
        if (k == start) {
          if (k == match[open] && args.isEmpty()) break;
          return Optional.empty();
        }
        if (is(start, "...")) return Optional.empty();
        args.add(sourceOf(start, k - 1));
        start = k + 1;
      } else if ((is(k, "(") || is(k, "[") || is(k, "{")) && match[k] > 0) {
        k = match[k];
      }
    }
    return Optional.of(args);
  }

  private String sourceOf(int fromToken, int toToken) {
    var sb = new StringBuilder();
    for (int k = fromToken; k <= toToken; k++) {
      if (k > fromToken && t.get(k).start() > t.get(k - 1).end()) sb.append(' ');
      sb.append(t.get(k).text());
    }
    return sb.toString();
  }

  private boolean objectHasKey(int open, String key) {
    for (int k = open + 1; k < match[open] && k < t.size(); k++) {
      if ((is(k, "(") || is(k, "[") || is(k, "{")) && match[k] > 0) {
        k = match[k];
        continue;
      }
      if ((is(k - 1, "{") || is(k - 1, ",")) && is(k, key) && (is(k + 1, ":") || is(k + 1, ",") || is(k + 1, "}"))) {
        return true;
      }
    }
    return false;
  }

  private void report(Token tok, Rule rule, String message, String suggestion) {
    report(tok, rule, message, suggestion, Optional.empty());
  }

  private void report(Token tok, Rule rule, String message, String suggestion, Optional<Edit> fix) {
    out.add(new Diagnostic(file, tok.line(), tok.column(), rule, message, suggestion, fix));
  }

  private boolean is(int i, String text) {
    return i >= 0 && i < t.size() && t.get(i).is(text);
  }

  private boolean isDot(int i) {
    return is(i, ".") || is(i, "?.");
  }

  /** An identifier usable as a variable name. */
  private boolean isName(int i) {
    return i >= 0 && i < t.size() && t.get(i).isIdent() && !KnownNames.KEYWORDS.contains(t.get(i).text());
  }

  /** Any identifier, keywords included (property names may be keywords: app.delete). */
  private boolean isAnyName(int i) {
    return i >= 0 && i < t.size() && t.get(i).isIdent();
  }

  /** The name at i is the global of that name: not a property, not shadowed by the script. */
  private boolean isGlobal(int i, String name) {
    return is(i, name) && isAnyName(i) && !isMemberName(i) && !declared.contains(name);
  }

  private boolean isMemberName(int i) {
    return isDot(i - 1);
  }

  private static int[] matchBrackets(List<Token> tokens) {
    var match = new int[tokens.size()];
    java.util.Arrays.fill(match, -1);
    var stack = new ArrayDeque<Integer>();
    for (int i = 0; i < tokens.size(); i++) {
      var tok = tokens.get(i);
      if (tok.kind() != Token.Kind.PUNCT) continue;
      switch (tok.text()) {
        case "(", "[", "{" -> stack.push(i);
        case ")", "]", "}" -> {
          if (!stack.isEmpty() && closes(tokens.get(stack.peek()).text(), tok.text())) {
            int open = stack.pop();
            match[open] = i;
            match[i] = open;
          }
        }
        default -> { }
      }
    }
    return match;
  }

  private static boolean closes(String open, String close) {
    return switch (open) {
      case "(" -> close.equals(")");
      case "[" -> close.equals("]");
      default -> close.equals("}");
    };
  }
}
