package dev.homeytoolkit.api.model;

import java.util.List;
import java.util.Map;

/**
 * A Driver of ManagerDrivers, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param ownerUri {@code ownerUri}: {@code string}
 * @param ownerName {@code ownerName}: {@code string}
 * @param ownerIconObj {@code ownerIconObj}: {@code object}
 * @param name {@code name}: {@code string}
 * @param color {@code color}: {@code string}
 * @param deviceClass {@code class}: {@code string}
 * @param ready {@code ready}: {@code boolean}
 * @param pair {@code pair}: {@code boolean}
 * @param repair {@code repair}: {@code boolean}
 * @param unpair {@code unpair}: {@code boolean}
 * @param userPath {@code userPath}: {@code string|null}
 * @param deprecated {@code deprecated}: {@code boolean}
 * @param connectivity {@code connectivity}: {@code array<string>}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record Driver(
    String id,
    String ownerUri,
    String ownerName,
    Map<String, Object> ownerIconObj,
    String name,
    String color,
    @com.squareup.moshi.Json(name = "class") String deviceClass,
    Boolean ready,
    Boolean pair,
    Boolean repair,
    Boolean unpair,
    String userPath,
    Boolean deprecated,
    List<String> connectivity,
    Map<String, Object> json) {
}
