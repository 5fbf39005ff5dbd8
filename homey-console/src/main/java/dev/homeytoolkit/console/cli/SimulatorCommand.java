package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.simulator.HomeySimulator;
import dev.homeytoolkit.simulator.SimulatorMain;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code homey-console simulator}: serves a simulated Homey Pro and Athom cloud on one local port until Ctrl-C, and
 * prints how to reach it, including the demo API key and demo account (the one place those are printed).
 */
@Command(
    name = "simulator",
    mixinStandardHelpOptions = true,
    description = "Serve a simulated Homey Pro (Web API v3), the Athom cloud login and HomeyScript's app API on "
        + "one local port, over a seeded demo home. Prints the base URL, Homey id, a full-scope API key and the "
        + "demo cloud account, then serves until Ctrl-C.")
public final class SimulatorCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: a free one).")
  int port;

  @Option(names = "--devices", paramLabel = "N", description = "Number of devices in the home (default: 48).")
  int devices = 48;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the home: the same seed gives the same home, "
      + "ids, API key and account (default: 1).")
  long seed = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() throws InterruptedException {
    HomeySimulator sim;
    try {
      sim = HomeySimulator.builder().port(port).devices(devices).seed(seed).start();
    } catch (IllegalArgumentException | IllegalStateException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sim.close();
      stopped.countDown();
    }, "simulator-shutdown"));
    var out = spec.commandLine().getOut();
    out.print(SimulatorMain.banner(sim));
    out.flush();
    stopped.await();
    return 0;
  }
}
