package dev.homeytoolkit.console.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.graalvm.polyglot.Source;

/**
 * The JS files of a context: evaluated before every script, the HomeyScript globals and the Homey object; evaluated
 * on first use, helper D's Node pieces: util (format, inspect) on the first print, Buffer, URLSearchParams and
 * node-fetch on the first read of their global (many scripts never touch them; a cold start and every script of a
 * batch should not pay for them). Sources are built once per process and marked cached, so the shared engine parses
 * each only once for a whole batch.
 */
final class Prelude {
  private Prelude() {}

  /** Evaluated in every context, in this order. */
  private static final List<String> FILES = List.of("js/globals.js", "js/homey.js");

  /** Evaluated when a script first reads their global (globals.js names them). */
  private static final List<String> ON_DEMAND = List.of("util.js", "buffer.js", "urlsearchparams.js", "fetch.js",
      "http.js");

  static final String LODASH = "META-INF/resources/webjars/lodash/4.17.21/lodash.min.js";

  /** Loaded lazily: building the sources costs a few milliseconds a batch should pay once. */
  private static final class Holder {
    static final List<Source> SOURCES = FILES.stream().map(f -> source(f, f.substring(3))).toList();
    static final java.util.Map<String, Source> LAZY = ON_DEMAND.stream()
        .collect(java.util.stream.Collectors.toUnmodifiableMap(f -> f, f -> source("js/" + f, f)));
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

  /** One of the {@link #ON_DEMAND} files, by name ({@code fetch.js}); null for any other name. */
  static Source onDemand(String name) {
    return Holder.LAZY.get(name);
  }

  static Source lodash() {
    return Holder.LODASH_SOURCE;
  }

  static Source helpers() {
    return Holder.HELPERS;
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
