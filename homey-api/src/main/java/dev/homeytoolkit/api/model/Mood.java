package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * A Mood of ManagerMoods, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param name {@code name}: {@code string}
 * @param preset {@code preset}: {@code string|null}
 * @param zone {@code zone}: {@code string}
 * @param devices {@code devices}: {@code object}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record Mood(
    String id,
    String name,
    String preset,
    String zone,
    Map<String, Object> devices,
    Map<String, Object> json) {
}
