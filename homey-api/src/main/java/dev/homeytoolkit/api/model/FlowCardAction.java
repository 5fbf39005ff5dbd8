package dev.homeytoolkit.api.model;

import java.util.List;
import java.util.Map;

/**
 * A FlowCardAction of ManagerFlow, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param ownerId {@code ownerId}: {@code string}
 * @param ownerUri {@code ownerUri}: {@code string}
 * @param ownerName {@code ownerName}: {@code string}
 * @param title {@code title}: {@code string}
 * @param titleFormatted {@code titleFormatted}: {@code string|null}
 * @param hint {@code hint}: {@code string|null}
 * @param args {@code args}: {@code array<any>|null}
 * @param droptoken {@code droptoken}: {@code array<string>|null}
 * @param deprecated {@code deprecated}: {@code boolean|null}
 * @param highlight {@code highlight}: {@code boolean|null}
 * @param duration {@code duration}: {@code boolean}
 * @param durationMin {@code durationMin}: {@code number|null}
 * @param durationMax {@code durationMax}: {@code number|null}
 * @param tokens {@code tokens}: {@code array<any>|null}
 * @param advanced {@code advanced}: {@code boolean}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record FlowCardAction(
    String id,
    String ownerId,
    String ownerUri,
    String ownerName,
    String title,
    String titleFormatted,
    String hint,
    List<Object> args,
    List<String> droptoken,
    Boolean deprecated,
    Boolean highlight,
    Boolean duration,
    Double durationMin,
    Double durationMax,
    List<Object> tokens,
    Boolean advanced,
    Map<String, Object> json) {
}
