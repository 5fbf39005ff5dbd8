package dev.homeytoolkit.console.runtime;

import java.io.OutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The one place that decides what a script may touch: nothing of the host but the {@code __host} object the runtime
 * hands in. No Java classes, files, sockets, threads, processes, environment or other languages.
 *
 * <p>All contexts share one {@link Engine}, so code parsed once (lodash, the prelude) is reused by every run of a batch.
 */
final class Sandbox {
  private Sandbox() {}

  static Engine newEngine() {
    return Engine.newBuilder("js")
        .option("engine.WarnInterpreterOnly", "false")
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .build();
  }

  static Context newContext(Engine engine) {
    return Context.newBuilder("js")
        .engine(engine)
        .allowHostAccess(HostAccess.EXPLICIT)
        .allowHostClassLookup(name -> false)
        .allowHostClassLoading(false)
        .allowIO(IOAccess.NONE)
        .allowNativeAccess(false)
        .allowCreateThread(false)
        .allowCreateProcess(false)
        .allowEnvironmentAccess(EnvironmentAccess.NONE)
        .allowPolyglotAccess(PolyglotAccess.NONE)
        .allowExperimentalOptions(false)
        .option("js.ecmascript-version", "2024")
        .option("js.console", "false")
        .option("js.print", "false")
        .option("js.load", "false")
        .option("js.intl-402", "true")
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .build();
  }
}
