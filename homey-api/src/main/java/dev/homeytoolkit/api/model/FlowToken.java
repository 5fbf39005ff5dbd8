package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * A FlowToken of ManagerFlowToken, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param ownerId {@code ownerId}: {@code string}
 * @param ownerUri {@code ownerUri}: {@code string}
 * @param ownerName {@code ownerName}: {@code string}
 * @param type {@code type}: {@code string}
 * @param title {@code title}: {@code string}
 * @param example {@code example}: {@code string|null}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record FlowToken(
    String id,
    String ownerId,
    String ownerUri,
    String ownerName,
    String type,
    String title,
    String example,
    Map<String, Object> json) {
}
