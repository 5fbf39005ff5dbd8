package dev.homeytoolkit.console.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One HomeyScript to run: its name (as {@code __filename__} shows it, e.g. {@code battery.js}), its code, its id (as
 * {@code __script_id__} shows it; also the key of its last-run time), the {@code args} array it sees, and its time
 * limit ({@code null} = the runtime's default).
 */
public record Script(String name, String code, String id, List<String> args, Duration timeout) {
  public Script {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(id, "id");
    args = List.copyOf(args == null ? List.of() : args);
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
  }

  /** A script with no args and the runtime's default time limit. */
  public static Script of(String name, String code) {
    return new Script(name, code, name, List.of(), null);
  }

  public Script withArgs(List<String> args) {
    return new Script(name, code, id, args, timeout);
  }

  public Script withTimeout(Duration timeout) {
    return new Script(name, code, id, args, timeout);
  }

  /** The name a script sees in {@code __filename__}: always ending in {@code .js}, as on the hub. */
  String fileName() {
    return name.endsWith(".js") ? name : name + ".js";
  }
}
