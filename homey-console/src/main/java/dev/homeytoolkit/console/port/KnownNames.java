package dev.homeytoolkit.console.port;

import java.util.Map;
import java.util.Set;

/** The names a HomeyScript may use without declaring them, and advice for well-known names it may not. */
final class KnownNames {
  private KnownNames() {}

  /** ECMAScript's own globals (GraalJS adds more, such as print, that the Homey does not have). */
  static final Set<String> JS_BUILTINS = Set.of(
      "globalThis", "Object", "Function", "Array", "Number", "parseFloat", "parseInt", "Infinity", "NaN",
      "undefined", "Boolean", "String", "Symbol", "Date", "Promise", "RegExp", "Error", "AggregateError",
      "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl",
      "ArrayBuffer", "SharedArrayBuffer", "Atomics", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array",
      "Uint32Array", "Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray", "BigUint64Array",
      "BigInt64Array", "DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry",
      "Proxy", "Reflect", "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent", "escape",
      "unescape", "eval", "isFinite", "isNaN", "Iterator", "arguments");

  /** What HomeyScript puts in every script's scope (homeyscript-runtime.md, "The globals"). */
  static final Set<String> HOMEYSCRIPT_GLOBALS = Set.of(
      "Homey", "fetch", "_", "log", "console", "say", "tag", "setTagValue", "wait", "args", "global",
      "__filename__", "__script_id__", "__last_executed__", "__ms_since_last_executed__",
      "Buffer", "URLSearchParams", "http", "https");

  /** Reserved words and contextual keywords: never reported as undefined names. */
  static final Set<String> KEYWORDS = Set.of(
      "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
      "export", "extends", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "return",
      "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static",
      "enum", "await", "async", "of", "get", "set", "null", "true", "false", "from", "as", "target", "meta");

  /** Node and browser globals that scripts reach for and that neither the Homey nor this console has. */
  static final Map<String, String> MISSING_WITH_ADVICE = Map.ofEntries(
      Map.entry("process", "there is no process object; read settings with global.get(key) or pass them in args"),
      Map.entry("URL", "there is no URL class; build the address as a string and encode parts with "
          + "encodeURIComponent or URLSearchParams"),
      Map.entry("TextEncoder", "use Buffer.from(text, 'utf8')"),
      Map.entry("TextDecoder", "use buffer.toString('utf8')"),
      Map.entry("AbortController", "pass fetch the node-fetch option {timeout: ms} instead"),
      Map.entry("atob", "use Buffer.from(text, 'base64').toString()"),
      Map.entry("btoa", "use Buffer.from(text).toString('base64')"),
      Map.entry("Headers", "there is no global Headers; use fetch.Headers"),
      Map.entry("Request", "use fetch.Request"),
      Map.entry("Response", "use fetch.Response"),
      Map.entry("module", "scripts are not modules; return a value instead of exporting it"),
      Map.entry("exports", "scripts are not modules; return a value instead of exporting it"),
      Map.entry("__dirname", "scripts have no folder; __filename__ names the script"),
      Map.entry("__filename", "HomeyScript spells it __filename__"),
      Map.entry("window", "scripts do not run in a browser; use globalThis"),
      Map.entry("document", "scripts do not run in a browser"),
      Map.entry("structuredClone", "use JSON.parse(JSON.stringify(value)) or _.cloneDeep(value)"),
      Map.entry("queueMicrotask", "use await Promise.resolve()"),
      Map.entry("performance", "use Date.now()"),
      Map.entry("print", "use log(...) or console.log(...)"));

  /** Node's timers: HomeyScript has none of them. */
  static final Set<String> TIMERS = Set.of(
      "setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate");

  /** The console methods the Homey's sandbox provides; any other one is undefined there. */
  static final Set<String> CONSOLE_METHODS = Set.of("log", "info", "error");

  /** Realtime-event methods of homey-api's managers: the Web API operations list has none of them. */
  static final Set<String> REALTIME_METHODS = Set.of(
      "on", "once", "off", "addListener", "removeListener", "removeAllListeners", "connect", "disconnect",
      "isConnected", "emit");

  /** Methods of arrays that an object keyed by id does not have. */
  static final Set<String> ARRAY_ONLY = Set.of(
      "forEach", "map", "filter", "find", "findIndex", "some", "every", "reduce", "sort", "slice", "includes",
      "indexOf", "push", "length", "flatMap", "join", "at");
}
