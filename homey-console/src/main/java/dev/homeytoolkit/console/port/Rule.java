package dev.homeytoolkit.console.port;

/**
 * The checks of {@code homey-console port}, each with a stable id (for {@code --json} and tests) and its severity.
 * The rules derive from what a HomeyScript sees on the Homey (homeyscript-runtime.md) and the Web API v3 catalogue.
 */
public enum Rule {
  SYNTAX("syntax", Severity.ERROR),
  OLDER_SPELLING("older-spelling", Severity.WARNING),
  SAY("say", Severity.ERROR),
  UNKNOWN_MANAGER("unknown-manager", Severity.ERROR),
  UNKNOWN_OPERATION("unknown-operation", Severity.ERROR),
  REALTIME("realtime", Severity.ERROR),
  UNDEFINED_GLOBAL("undefined-global", Severity.ERROR),
  REQUIRE("require", Severity.ERROR),
  CONSOLE_METHOD("console-method", Severity.ERROR),
  TIMER("timer", Severity.ERROR),
  APP_API("app-api", Severity.WARNING),
  FLOW_TAG("flow-tag", Severity.WARNING),
  GLOBAL_STORE("global-store", Severity.WARNING),
  LIST_AS_ARRAY("list-as-array", Severity.ERROR);

  private final String id;
  private final Severity severity;

  Rule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /** The id shown in reports, such as {@code unknown-operation}. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }
}
