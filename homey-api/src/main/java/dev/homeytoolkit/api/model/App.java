package dev.homeytoolkit.api.model;

import java.util.List;
import java.util.Map;

/**
 * A App of ManagerApps, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param name {@code name}: {@code string}
 * @param iconObj {@code iconObj}: {@code object}
 * @param version {@code version}: {@code string}
 * @param channel {@code channel}: {@code string}
 * @param origin {@code origin}: {@code string}
 * @param author {@code author}: {@code object}
 * @param compatibility {@code compatibility}: {@code string}
 * @param permissions {@code permissions}: {@code array<string>}
 * @param color {@code color}: {@code string}
 * @param images {@code images}: {@code object}
 * @param state {@code state}: {@code string}
 * @param enabled {@code enabled}: {@code boolean}
 * @param autoupdate {@code autoupdate}: {@code boolean}
 * @param settings {@code settings}: {@code boolean|null}
 * @param updateAvailable {@code updateAvailable}: {@code boolean}
 * @param usage {@code usage}: {@code object}
 * @param crashed {@code crashed}: {@code boolean}
 * @param crashedMessage {@code crashedMessage}: {@code string|null}
 * @param crashedCount {@code crashedCount}: {@code number}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record App(
    String id,
    String name,
    Map<String, Object> iconObj,
    String version,
    String channel,
    String origin,
    Map<String, Object> author,
    String compatibility,
    List<String> permissions,
    String color,
    Map<String, Object> images,
    String state,
    Boolean enabled,
    Boolean autoupdate,
    Boolean settings,
    Boolean updateAvailable,
    Map<String, Object> usage,
    Boolean crashed,
    String crashedMessage,
    Double crashedCount,
    Map<String, Object> json) {
}
