package dev.homeytoolkit.simulator;

import java.util.List;

/**
 * Runs HomeyScript code for the simulated HomeyScript app ({@code POST /api/app/com.athom.homeyscript/script/:id/run}).
 * The console attaches its GraalJS runtime here; without one, runs answer
 * {@code {success:false, returns:{message:"no script runtime attached"}}}.
 *
 * <p>Called on the request's (virtual) thread; it may block. An exception counts as a failed run.
 */
@FunctionalInterface
public interface ScriptExecutor {
  /**
   * @param script the stored script (its code may differ from {@code code} when the caller sent code to run)
   * @param code the code to run
   * @param args the {@code args} array the script sees
   */
  ScriptRunResult run(StoredScript script, String code, List<Object> args);
}
