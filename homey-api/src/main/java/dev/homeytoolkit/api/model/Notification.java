package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * A Notification of ManagerNotifications, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param ownerUri {@code ownerUri}: {@code string}
 * @param ownerName {@code ownerName}: {@code string}
 * @param dateCreated {@code dateCreated}: {@code string}
 * @param excerpt {@code excerpt}: {@code string}
 * @param meta {@code meta}: {@code object}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record Notification(
    String id,
    String ownerUri,
    String ownerName,
    String dateCreated,
    String excerpt,
    Map<String, Object> meta,
    Map<String, Object> json) {
}
