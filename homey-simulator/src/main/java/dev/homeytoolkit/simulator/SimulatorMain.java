package dev.homeytoolkit.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java dev.homeytoolkit.simulator.SimulatorMain [--port N] [--devices N] [--seed N]}: serves a simulator
 * until Ctrl-C. The console's {@code homey-console simulator} does the same with nicer help.
 */
public final class SimulatorMain {
  private SimulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    var builder = HomeySimulator.builder();
    for (int i = 0; i < args.length; i++) {
      var arg = args[i];
      if (i + 1 >= args.length) usage("Missing value after " + arg);
      var value = args[++i];
      try {
        switch (arg) {
          case "--port" -> builder.port(Integer.parseInt(value));
          case "--devices" -> builder.devices(Integer.parseInt(value));
          case "--seed" -> builder.seed(Long.parseLong(value));
          default -> usage("Unknown option " + arg);
        }
      } catch (NumberFormatException e) {
        usage(arg + " needs a number, got \"" + value + "\"");
      } catch (IllegalArgumentException e) {
        usage(e.getMessage());
      }
    }
    var sim = builder.start();
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sim.close();
      stopped.countDown();
    }));
    printBanner(sim, System.out);
    stopped.await();
  }

  /**
   * Prints how to reach {@code sim}, including the demo API key and the demo account's secrets: this banner is
   * the one place they are shown, on purpose.
   */
  public static void printBanner(HomeySimulator sim, PrintStream out) {
    out.print(banner(sim));
    out.flush();
  }

  /** The banner text of {@link #printBanner}. */
  public static String banner(HomeySimulator sim) {
    var account = sim.account();
    var nl = System.lineSeparator();
    return "Simulated Homey \"" + sim.homeyName() + "\" is serving." + nl
        + nl
        + "  Base URL       " + sim.baseUrl() + nl
        + "  Homey id       " + sim.homeyId() + nl
        + "  API key        " + sim.apiKey() + "   (scope: homey)" + nl
        + nl
        + "  Demo cloud account (the accounts.athom.com and api.athom.com paths are served on the base URL):" + nl
        + "  Email          " + account.email() + nl
        + "  Password       " + account.password() + nl
        + "  Client id      " + account.clientId() + nl
        + "  Client secret  " + account.clientSecret() + nl
        + nl
        + "  Try: curl -H 'Authorization: Bearer " + sim.apiKey() + "' " + sim.baseUrl()
        + "/api/manager/devices/device" + nl
        + "Press Ctrl-C to stop." + nl;
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("Usage: simulator [--port N] [--devices N] [--seed N]");
    System.exit(2);
  }
}
