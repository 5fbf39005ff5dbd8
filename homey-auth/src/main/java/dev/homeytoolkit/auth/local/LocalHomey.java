package dev.homeytoolkit.auth.local;

import java.util.List;

/** A Homey reached with a local API key: where, which one, its name when the key may read it, and the key's scopes. */
public record LocalHomey(String address, String homeyId, String version, String name, List<String> scopes) {
  public LocalHomey {
    scopes = List.copyOf(scopes);
  }
}
