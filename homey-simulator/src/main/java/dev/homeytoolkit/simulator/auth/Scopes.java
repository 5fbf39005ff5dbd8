package dev.homeytoolkit.simulator.auth;

import java.util.Collection;

/**
 * The Homey's scope rules (reference C): {@code homey} grants everything, {@code homey.<area>} grants that area
 * including its {@code .readonly}, {@code .control}, {@code .start}… sub-scopes, and a sub-scope grants only itself.
 */
public final class Scopes {
  private Scopes() {}

  /** Whether a token holding {@code granted} may call an operation that needs every scope in {@code required}. */
  public static boolean allows(Collection<String> granted, Collection<String> required) {
    for (var need : required) {
      if (granted.stream().noneMatch(g -> grants(g, need))) return false;
    }
    return true;
  }

  /** Whether one granted scope covers one required scope. */
  public static boolean grants(String granted, String required) {
    return granted.equals("homey") || granted.equals(required) || required.startsWith(granted + ".");
  }
}
