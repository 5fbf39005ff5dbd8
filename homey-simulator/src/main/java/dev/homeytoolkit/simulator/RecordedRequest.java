package dev.homeytoolkit.simulator;

import java.time.Instant;

/**
 * A request the simulator saw. Holds no headers or body, so no secret ends up here.
 *
 * @param path the path without query and trailing slash, still percent-encoded
 * @param status the answer's status, or 0 when the connection was dropped on purpose
 */
public record RecordedRequest(String method, String path, int status, Instant at) {}
