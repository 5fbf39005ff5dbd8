package dev.homeytoolkit.api.model;

import java.util.List;
import java.util.Map;

/**
 * A Flow of ManagerFlow, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param name {@code name}: {@code string}
 * @param folder {@code folder}: {@code string|null}
 * @param triggerable {@code triggerable}: {@code boolean}
 * @param enabled {@code enabled}: {@code boolean}
 * @param trigger {@code trigger}: {@code object}
 * @param conditions {@code conditions}: {@code array<object>}
 * @param actions {@code actions}: {@code array<object>}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record Flow(
    String id,
    String name,
    String folder,
    Boolean triggerable,
    Boolean enabled,
    Map<String, Object> trigger,
    List<Map<String, Object>> conditions,
    List<Map<String, Object>> actions,
    Map<String, Object> json) {
}
