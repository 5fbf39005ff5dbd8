package dev.homeytoolkit.simulator.json;

/** Already-serialised JSON that {@link Json#write} copies verbatim (cached item JSON, for fast list answers). */
public record RawJson(String json) {}
