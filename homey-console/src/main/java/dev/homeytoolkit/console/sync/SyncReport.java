package dev.homeytoolkit.console.sync;

import java.util.List;

/** Everything a pull or push did (or, with {@code --dry-run}, would do), one action per script. */
public record SyncReport(List<SyncAction> actions, boolean dryRun) {

  public SyncReport {
    actions = List.copyOf(actions);
  }

  /** True when some script was left alone to protect changes: the command then exits with status 1. */
  public boolean refused() {
    return actions.stream().anyMatch(a -> a.kind() == SyncAction.Kind.REFUSED);
  }

  /** Actions of one kind. */
  public List<SyncAction> of(SyncAction.Kind kind) {
    return actions.stream().filter(a -> a.kind() == kind).toList();
  }
}
