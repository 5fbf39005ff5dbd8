package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * A FlowFolder of ManagerFlow, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param name {@code name}: {@code string}
 * @param parent {@code parent}: {@code string|null}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record FlowFolder(
    String id,
    String name,
    String parent,
    Map<String, Object> json) {
}
