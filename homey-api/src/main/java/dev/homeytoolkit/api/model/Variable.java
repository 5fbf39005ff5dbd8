package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * A Variable of ManagerLogic, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param name {@code name}: {@code string}
 * @param type {@code type}: {@code string}
 * @param value {@code value}: {@code string|number|boolean}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record Variable(
    String id,
    String name,
    String type,
    Object value,
    Map<String, Object> json) {
}
