package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * The answer of {@code system.getInfo}: what this Homey is and how it is set up. The Homey sends more than these;
 * see {@link #json()}.
 *
 * @param homeyModelId the model, {@code homey5q}
 * @param homeyModelName the model's name, {@code Homey Pro (Early 2023)}
 * @param homeyPlatform {@code local} (Homey Pro) or {@code cloud}
 * @param homeyVersion the software version, {@code 12.2.0}
 * @param hostname the host name
 * @param cloudId the Homey's id in the Athom cloud
 * @param language the language, {@code en}
 * @param timezone the time zone, {@code Europe/Amsterdam}
 * @param uptime seconds since the last start
 * @param json the whole JSON object as received
 */
public record SystemInfo(
    String homeyModelId,
    String homeyModelName,
    String homeyPlatform,
    String homeyVersion,
    String hostname,
    String cloudId,
    String language,
    String timezone,
    Double uptime,
    Map<String, Object> json) {
}
