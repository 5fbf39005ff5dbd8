package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * A AdvancedFlow of ManagerFlow, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param name {@code name}: {@code string}
 * @param folder {@code folder}: {@code string|null}
 * @param triggerable {@code triggerable}: {@code boolean}
 * @param enabled {@code enabled}: {@code boolean}
 * @param cards {@code cards}: {@code object}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record AdvancedFlow(
    String id,
    String name,
    String folder,
    Boolean triggerable,
    Boolean enabled,
    Map<String, Object> cards,
    Map<String, Object> json) {
}
