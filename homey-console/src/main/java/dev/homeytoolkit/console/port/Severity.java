package dev.homeytoolkit.console.port;

/** How much a finding matters when the script moves from the Homey to this console. */
public enum Severity {
  /** The script stops (syntax error, ReferenceError, TypeError) when it reaches this code. */
  ERROR,
  /** The script runs, but this behaves differently here than on the Homey. */
  WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
