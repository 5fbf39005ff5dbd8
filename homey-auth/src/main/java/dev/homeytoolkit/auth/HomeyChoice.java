package dev.homeytoolkit.auth;

import dev.homeytoolkit.auth.cloud.CloudHomey;
import java.util.List;
import java.util.function.Function;

/**
 * Which of the account's Homeys to use: the one named (by name or id), else the only one, else whichever
 * {@code ask} picks (an interactive prompt), else an error listing them.
 *
 * @param wanted a Homey name or id, or null
 * @param ask picks one of several, or null when nobody can be asked
 */
public record HomeyChoice(String wanted, Function<List<CloudHomey>, CloudHomey> ask) {
  public static HomeyChoice any() {
    return new HomeyChoice(null, null);
  }

  public static HomeyChoice named(String nameOrId) {
    return new HomeyChoice(nameOrId, null);
  }

  CloudHomey pick(List<CloudHomey> homeys) throws AuthException {
    if (homeys.isEmpty()) {
      throw new AuthException(AuthException.Step.HOMEY_CHOICE, "this Athom account has no Homey: add one in the "
          + "Homey app, or log in with another account");
    }
    if (wanted != null && !wanted.isBlank()) {
      for (var h : homeys) if (wanted.equalsIgnoreCase(h.id())) return h;
      var byName = homeys.stream().filter(h -> wanted.equalsIgnoreCase(h.name())).toList();
      if (byName.size() == 1) return byName.getFirst();
      throw new AuthException(AuthException.Step.HOMEY_CHOICE, (byName.isEmpty() ? "no Homey named '" + wanted
          + "'" : "several Homeys are named '" + wanted + "'") + " in this account: use one of " + list(homeys));
    }
    if (homeys.size() == 1) return homeys.getFirst();
    if (ask != null) {
      var chosen = ask.apply(homeys);
      if (chosen != null) return chosen;
    }
    throw new AuthException(AuthException.Step.HOMEY_CHOICE, "this account has " + homeys.size()
        + " Homeys: pick one with --homey NAME_OR_ID, one of " + list(homeys));
  }

  private static String list(List<CloudHomey> homeys) {
    return String.join(", ", homeys.stream().map(h -> "'" + h.name() + "' (" + h.id() + ")").toList());
  }
}
