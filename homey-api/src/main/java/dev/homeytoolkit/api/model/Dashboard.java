package dev.homeytoolkit.api.model;

import java.util.List;
import java.util.Map;

/**
 * A Dashboard of ManagerDashboards, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param name {@code name}: {@code string}
 * @param columns {@code columns}: {@code array<object>}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record Dashboard(
    String id,
    String name,
    List<Map<String, Object>> columns,
    Map<String, Object> json) {
}
