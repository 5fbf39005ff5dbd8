package dev.homeytoolkit.console.sync;

import dev.homeytoolkit.api.model.Json;
import dev.homeytoolkit.console.runtime.Script;
import dev.homeytoolkit.console.runtime.ScriptRuntime;
import dev.homeytoolkit.simulator.ScriptExecutor;
import dev.homeytoolkit.simulator.ScriptRunResult;
import dev.homeytoolkit.simulator.StoredScript;
import java.util.List;

/**
 * Lets the simulated Homey run HomeyScripts with this console's runtime, so {@code scripts run --remote} works in
 * demo mode and in tests as it does on a real hub: the script sees the hub's name and id in {@code __filename__} and
 * {@code __script_id__}, and the answer is the runtime's {@code {success, returns}}.
 *
 * <pre>{@code
 * simulator.scriptExecutor(new RuntimeExecutor(ScriptRuntime.builder().homey(clientOfTheSimulator).build()));
 * }</pre>
 */
public final class RuntimeExecutor implements ScriptExecutor {
  private final ScriptRuntime runtime;

  public RuntimeExecutor(ScriptRuntime runtime) {
    this.runtime = runtime;
  }

  @Override public ScriptRunResult run(StoredScript script, String code, List<Object> args) {
    var texts = args.stream().map(a -> a instanceof String s ? s : Json.write(a)).toList();
    var result = runtime.run(new Script(script.name(), code == null ? "" : code, script.id(), texts, null));
    return new ScriptRunResult(result.success(), result.returns() == null ? null : Json.parse(result.returns()));
  }
}
