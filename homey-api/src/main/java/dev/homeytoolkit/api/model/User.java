package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * A User of ManagerUsers, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param name {@code name}: {@code string|null}
 * @param role {@code role}: {@code string}
 * @param properties {@code properties}: {@code object}
 * @param athomId {@code athomId}: {@code string|null}
 * @param enabled {@code enabled}: {@code boolean}
 * @param enabledUntil {@code enabledUntil}: {@code string|null}
 * @param present {@code present}: {@code boolean|null}
 * @param asleep {@code asleep}: {@code boolean|null}
 * @param avatar {@code avatar}: {@code string|null}
 * @param verified {@code verified}: {@code boolean}
 * @param inviteUrl {@code inviteUrl}: {@code string|null}
 * @param localUsername {@code localUsername}: {@code string|null}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record User(
    String id,
    String name,
    String role,
    Map<String, Object> properties,
    String athomId,
    Boolean enabled,
    String enabledUntil,
    Boolean present,
    Boolean asleep,
    String avatar,
    Boolean verified,
    String inviteUrl,
    String localUsername,
    Map<String, Object> json) {
}
