package dev.homeytoolkit.console.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Source;

/**
 * The JS files every context evaluates before a script, in this order: Node's util (format, inspect), Buffer,
 * URLSearchParams, node-fetch (helper D's files), then the HomeyScript globals and the Homey object. Sources are built
 * once per process and marked cached, so the shared engine parses each only once for a whole batch.
 */
final class Prelude {
  private Prelude() {}

  /** Helper D's Node-compatible pieces, then ours. */
  private static final List<String> FILES = List.of(
      "js/util.js", "js/buffer.js", "js/urlsearchparams.js", "js/fetch.js", "js/globals.js", "js/homey.js");

  static final String LODASH = "META-INF/resources/webjars/lodash/4.17.21/lodash.min.js";

  /** Loaded lazily: building the sources costs a few milliseconds a batch should pay once. */
  private static final class Holder {
    static final List<Source> SOURCES = load();
    // Wrapped in a function: evaluating it only creates the function, and calling it (from JS, on the first read of
    // `_`) runs lodash. Evaluating lodash itself from inside a host call overflows the stack.
    static final Source LODASH_SOURCE = source(LODASH, "lodash.min.js", "(function () {", "\n})");
    static final Source HELPERS = Source.newBuilder("js", """
        ({
          error(message, props) {
            const e = new Error(message);
            if (props) Object.assign(e, JSON.parse(props));
            return e;
          },
          raise(message) {
            throw new Error(message);
          },
          settle(promise, fulfilled, rejected) {
            Promise.resolve(promise).then(fulfilled, rejected);
          },
          // [compact JSON or null, what the ↩️ footer shows]
          returned(value) {
            try {
              const compact = JSON.stringify(value);
              return [compact === undefined ? null : compact, compact === undefined ? 'undefined' : JSON.stringify(value, null, 2)];
            } catch (e) {
              return [null, String(value) + ' (not JSON: ' + e.message + ')'];
            }
          },
          // [the stack the ⚠️ footer shows, HomeyScript's {message, stack} as JSON]
          failed(error) {
            const isObject = error !== null && (typeof error === 'object' || typeof error === 'function');
            let stack, message;
            try {
              stack = isObject && typeof error.stack === 'string' ? error.stack : String(error);
              message = isObject && 'message' in error ? String(error.message) : String(error);
            } catch (e) {
              stack = message = Object.prototype.toString.call(error);
            }
            return [stack, JSON.stringify({ message, stack })];
          },
        })
        """, "<host-helpers>").cached(true).buildLiteral();
  }

  static List<Source> sources() {
    return Holder.SOURCES;
  }

  static Source lodash() {
    return Holder.LODASH_SOURCE;
  }

  static Source helpers() {
    return Holder.HELPERS;
  }

  private static List<Source> load() {
    var result = new ArrayList<Source>();
    for (String file : FILES) {
      // Helper D's files land separately; a build without one of them still runs (without that global).
      if (Prelude.class.getClassLoader().getResource(file) == null) continue;
      result.add(source(file, file.substring(file.indexOf('/') + 1)));
    }
    return List.copyOf(result);
  }

  private static Source source(String resource, String name) {
    return source(resource, name, "", "");
  }

  private static Source source(String resource, String name, String before, String after) {
    var in = Prelude.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing resource " + resource + " on the class path");
    try (in) {
      String text = before + new String(in.readAllBytes(), StandardCharsets.UTF_8) + after;
      return Source.newBuilder("js", text, name).cached(true).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
