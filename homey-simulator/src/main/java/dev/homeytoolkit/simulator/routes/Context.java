package dev.homeytoolkit.simulator.routes;

import dev.homeytoolkit.simulator.DemoAccount;
import dev.homeytoolkit.simulator.ScriptExecutor;
import dev.homeytoolkit.simulator.auth.Tokens;
import dev.homeytoolkit.simulator.cloud.Delegation;
import dev.homeytoolkit.simulator.store.Home;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What every route needs: the home, the issued tokens, the demo account and the knobs tests turn at run time.
 *
 * @param baseUrl where the simulator listens, known only once the port is bound
 * @param otp the one-time code the account login requires, or null when 2FA is off
 */
public record Context(
    Home home,
    Tokens tokens,
    Delegation delegation,
    DemoAccount account,
    String homeyVersion,
    Duration tokenLifetime,
    Supplier<String> baseUrl,
    AtomicReference<String> otp,
    AtomicReference<ScriptExecutor> scriptExecutor) {

  public String homeyId() {
    return home.homeyId();
  }
}
