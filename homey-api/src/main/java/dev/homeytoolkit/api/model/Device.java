package dev.homeytoolkit.api.model;

import java.util.List;
import java.util.Map;

/**
 * A Device of ManagerDevices, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param driverId {@code driverId}: {@code string}
 * @param ownerUri {@code ownerUri}: {@code string}
 * @param name {@code name}: {@code string}
 * @param note {@code note}: {@code string|null}
 * @param zone {@code zone}: {@code string}
 * @param data {@code data}: {@code object}
 * @param icon {@code icon}: {@code string|null}
 * @param iconOverride {@code iconOverride}: {@code string|null}
 * @param iconObj {@code iconObj}: {@code object|null}
 * @param deviceClass {@code class}: {@code string}
 * @param virtualClass {@code virtualClass}: {@code string|null}
 * @param capabilities {@code capabilities}: {@code array<string>}
 * @param capabilitiesObj {@code capabilitiesObj}: {@code object}
 * @param settings {@code settings}: {@code object}
 * @param settingsObj {@code settingsObj}: {@code boolean}
 * @param flags {@code flags}: {@code array<string>}
 * @param energy {@code energy}: {@code object|null}
 * @param energyObj {@code energyObj}: {@code object|null}
 * @param ui {@code ui}: {@code object}
 * @param uiIndicator {@code uiIndicator}: {@code string|null}
 * @param available {@code available}: {@code boolean}
 * @param unavailableMessage {@code unavailableMessage}: {@code string|null}
 * @param warningMessage {@code warningMessage}: {@code string|null}
 * @param ready {@code ready}: {@code boolean}
 * @param repair {@code repair}: {@code boolean|null}
 * @param unpair {@code unpair}: {@code boolean|null}
 * @param images {@code images}: {@code array<object>}
 * @param color {@code color}: {@code string|null}
 * @param lastSeenAt {@code lastSeenAt}: {@code string|null}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record Device(
    String id,
    String driverId,
    String ownerUri,
    String name,
    String note,
    String zone,
    Map<String, Object> data,
    String icon,
    String iconOverride,
    Map<String, Object> iconObj,
    @com.squareup.moshi.Json(name = "class") String deviceClass,
    String virtualClass,
    List<String> capabilities,
    Map<String, CapabilityState> capabilitiesObj,
    Map<String, Object> settings,
    Boolean settingsObj,
    List<String> flags,
    Map<String, Object> energy,
    Map<String, Object> energyObj,
    Map<String, Object> ui,
    String uiIndicator,
    Boolean available,
    String unavailableMessage,
    String warningMessage,
    Boolean ready,
    Boolean repair,
    Boolean unpair,
    List<Map<String, Object>> images,
    String color,
    String lastSeenAt,
    Map<String, Object> json) {

  /** The current value of a capability ({@code onoff}, {@code dim}, …), or {@code null} if unknown. */
  public Object capabilityValue(String capabilityId) {
    var state = capabilitiesObj == null ? null : capabilitiesObj.get(capabilityId);
    return state == null ? null : state.value();
  }
}
