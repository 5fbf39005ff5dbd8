package dev.homeytoolkit.console.sync;

/**
 * What a pull or push did, or would do, to one script.
 *
 * @param kind what happened
 * @param file the file in the scripts folder
 * @param name the script's name on the hub
 * @param detail one line for the user: why, and what to do next where something was refused
 * @param diff a unified diff of the change (hub → local for a push, local → hub for a pull), or empty
 */
public record SyncAction(Kind kind, String file, String name, String detail, String diff) {

  /** The outcomes; {@link #REFUSED} is the one that makes the command fail. */
  public enum Kind {
    /** A new file (pull) or a new script on the hub (push). */
    ADDED("added"),
    /** New code written to the file (pull) or to the hub (push). */
    UPDATED("updated"),
    /** The file follows a rename on the hub. */
    RENAMED("renamed"),
    /** Nothing to do. */
    UNCHANGED("unchanged"),
    /** Left alone to keep someone's changes; {@code --force} overrides. */
    REFUSED("refused"),
    /** The script is gone from the hub; the file stays but is no longer tracked. */
    UNTRACKED("untracked");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** One line: {@code updated   Lights.js  (pushed to the hub)}. */
  public String summary() {
    return "%-9s %s%s".formatted(kind.word(), file, detail.isEmpty() ? "" : "  (" + detail + ")");
  }
}
