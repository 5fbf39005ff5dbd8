package dev.homeytoolkit.api.model;

import java.util.List;
import java.util.Map;

/**
 * A Session of ManagerSessions, as the Homey sends it. Every component may be {@code null} when the Homey leaves the
 * property out; {@link #json()} holds everything it sent.
 *
 * @param id {@code id}: {@code string}
 * @param type {@code type}: {@code string}
 * @param scopes {@code scopes}: {@code array<string>}
 * @param intersectedScopes {@code intersectedScopes}: {@code array<string>}
 * @param json the whole JSON object as received, including properties not listed here
 */
public record Session(
    String id,
    String type,
    List<String> scopes,
    List<String> intersectedScopes,
    Map<String, Object> json) {
}
