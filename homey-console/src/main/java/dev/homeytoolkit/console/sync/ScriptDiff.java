package dev.homeytoolkit.console.sync;

/**
 * How one script differs between the hub and the scripts folder.
 *
 * @param file the file (existing or the one a pull would write)
 * @param name the script's name
 * @param state which side has it and whether they agree
 * @param diff a unified diff, hub → local; empty when the two agree
 */
public record ScriptDiff(String file, String name, State state, String diff) {

  public enum State { SAME, DIFFERENT, ONLY_HERE, ONLY_ON_HUB }
}
