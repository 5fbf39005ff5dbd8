package dev.homeytoolkit.console.port;

/**
 * A mechanical rewrite of one stretch of a script: characters {@code [start, end)} become {@code replacement}.
 * Only rewrites that cannot change what the script means get one (older spellings); {@code port --fix} applies them.
 */
public record Edit(int start, int end, String replacement) {
  public Edit {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad edit range " + start + ".." + end);
  }
}
