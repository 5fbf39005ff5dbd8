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

  /** One line: {@code updated   Lights.js  (sent to the hub)}. */
  public String summary() {
    return line(kind.word(), 9);
  }

  /**
   * One line for a dry run: {@code would update Lights.js}. Only {@link Kind#ADDED} and {@link Kind#UPDATED} are
   * things a dry run holds back; other kinds read as in {@link #summary()}.
   */
  public String dryRunSummary() {
    return switch (kind) {
      case ADDED -> line("would add", 12);
      case UPDATED -> line("would update", 12);
      default -> summary();
    };
  }

  private String line(String word, int width) {
    return ("%-" + width + "s %s%s").formatted(word, file, detail.isEmpty() ? "" : "  (" + detail + ")");
  }
}
