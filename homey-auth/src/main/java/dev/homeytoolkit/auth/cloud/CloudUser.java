package dev.homeytoolkit.auth.cloud;

import java.util.List;

/** The account behind an access token: who it is and which Homeys it can reach. */
public record CloudUser(String email, String name, List<CloudHomey> homeys) {
  public CloudUser {
    homeys = List.copyOf(homeys);
  }
}
