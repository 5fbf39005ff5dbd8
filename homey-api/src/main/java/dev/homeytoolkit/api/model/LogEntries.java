package dev.homeytoolkit.api.model;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code insights.getLogEntries}: the points of one log at one resolution.
 *
 * @param values the points, oldest first
 * @param start the first time covered, ISO 8601
 * @param end the last time covered, ISO 8601
 * @param step milliseconds between points
 * @param lastValue the log's latest value
 * @param updatesIn milliseconds until the next point
 * @param json the whole JSON object as received
 */
public record LogEntries(
    List<LogEntry> values,
    String start,
    String end,
    Double step,
    Object lastValue,
    Double updatesIn,
    Map<String, Object> json) {
}
