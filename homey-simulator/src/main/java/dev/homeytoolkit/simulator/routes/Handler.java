package dev.homeytoolkit.simulator.routes;

/**
 * The behaviour of one operation beyond the generic item store. Returns the JSON value to answer (a
 * {@link dev.homeytoolkit.simulator.http.Reply} to answer exactly that), or throws
 * {@link dev.homeytoolkit.simulator.http.HomeyException}.
 */
@FunctionalInterface
public interface Handler {
  Object handle(Call call);
}
