package dev.homeytoolkit.simulator;

import java.time.Instant;

/**
 * A script stored in the simulated HomeyScript app: {@code {id, name, code, version: 1|2, lastExecuted}}.
 *
 * @param lastExecuted null when never run
 */
public record StoredScript(String id, String name, String code, int version, Instant lastExecuted) {}
