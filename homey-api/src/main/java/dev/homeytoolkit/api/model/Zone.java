package dev.homeytoolkit.api.model;

import java.util.List;
import java.util.Map;

/**
 * A Zone of ManagerZones, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param name {@code name}: {@code string}
 * @param parent {@code parent}: {@code string|null}
 * @param icon {@code icon}: {@code string}
 * @param active {@code active}: {@code boolean}
 * @param activeOrigins {@code activeOrigins}: {@code array<string>}
 * @param activeLastUpdated {@code activeLastUpdated}: {@code string|null}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record Zone(
    String id,
    String name,
    String parent,
    String icon,
    Boolean active,
    List<String> activeOrigins,
    String activeLastUpdated,
    Map<String, Object> json) {
}
