package dev.homeytoolkit.console.sync;

import java.time.Instant;

/**
 * A script as the HomeyScript app stores it on the hub.
 *
 * @param id the hub's id for it, stable across renames
 * @param name its name, free text (the file name on disk is derived from it, see {@code FileNames})
 * @param code its JavaScript, or null in a listing (the hub lists scripts without their code)
 * @param version which HomeyScript API it was written for: 1 (the older one) or 2; null when the hub does not say
 * @param lastExecuted when it last ran, or null if never
 */
public record HubScript(String id, String name, String code, Integer version, Instant lastExecuted) {
}
