package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * An alarm of ManagerAlarms. The published schema lists no properties for it; these are the ones the Homey sends.
 *
 * @param id the alarm id
 * @param name its name
 * @param time the time of day, {@code 07:30}
 * @param enabled whether it is armed
 * @param repetition the weekdays it repeats on ({@code monday: true}, …)
 * @param nextOccurrence when it next goes off, ISO 8601, if armed
 * @param json the whole JSON object as received
 */
public record Alarm(
    String id,
    String name,
    String time,
    Boolean enabled,
    Map<String, Object> repetition,
    String nextOccurrence,
    Map<String, Object> json) {
}
