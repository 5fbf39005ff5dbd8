package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * A Log of ManagerInsights, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param ownerUri {@code ownerUri}: {@code string}
 * @param ownerName {@code ownerName}: {@code string}
 * @param ownerId {@code ownerId}: {@code string}
 * @param type {@code type}: {@code string}
 * @param title {@code title}: {@code string}
 * @param titleTrue {@code titleTrue}: {@code string|null}
 * @param titleFalse {@code titleFalse}: {@code string|null}
 * @param units {@code units}: {@code string|null}
 * @param decimals {@code decimals}: {@code number|null}
 * @param lastValue {@code lastValue}: {@code boolean|null|number|null|null}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record Log(
    String id,
    String ownerUri,
    String ownerName,
    String ownerId,
    String type,
    String title,
    String titleTrue,
    String titleFalse,
    String units,
    Double decimals,
    Object lastValue,
    Map<String, Object> json) {
}
