package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * One entry of {@link Device#capabilitiesObj()}: a capability of a device and its current value.
 *
 * @param id the capability id, {@code onoff}
 * @param type {@code boolean}, {@code number}, {@code string} or {@code enum}
 * @param title the title in the Homey's language
 * @param value the current value: {@code Boolean}, {@code Double}, {@code String} or {@code null}
 * @param lastUpdated when the value last changed, ISO 8601
 * @param getable whether the value can be read
 * @param setable whether the value can be written ({@code setCapabilityValue})
 * @param units the units, {@code °C}
 * @param min the lowest value of a number capability
 * @param max the highest value of a number capability
 * @param step the step of a number capability
 * @param decimals the decimals shown
 * @param json the whole JSON object as received
 */
public record CapabilityState(
    String id,
    String type,
    String title,
    Object value,
    String lastUpdated,
    Boolean getable,
    Boolean setable,
    String units,
    Double min,
    Double max,
    Double step,
    Double decimals,
    Map<String, Object> json) {
}
