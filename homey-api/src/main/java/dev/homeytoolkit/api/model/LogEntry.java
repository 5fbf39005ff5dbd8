package dev.homeytoolkit.api.model;

import java.util.Map;

/**
 * One point of an insights log: a time and a value.
 *
 * @param t the time, ISO 8601
 * @param v the value: a number, a boolean or {@code null}
 * @param json the whole JSON object as received
 */
public record LogEntry(String t, Object v, Map<String, Object> json) {
}
