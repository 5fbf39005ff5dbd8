package dev.homeytoolkit.console.sync;

/**
 * A problem the user can fix, with a message that says what went wrong and what to do: a missing API key scope,
 * a script name that is not on the hub, a damaged manifest. The command prints the message without a stack trace.
 */
public final class ScriptSyncException extends RuntimeException {
  public ScriptSyncException(String message) {
    super(message);
  }

  public ScriptSyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
