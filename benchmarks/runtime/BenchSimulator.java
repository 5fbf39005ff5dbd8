import dev.homeytoolkit.simulator.HomeySimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Serves a simulated Homey for the runtime benchmark until killed, and writes how to reach it to a file:
 * {@code <baseUrl> <apiKey> <homeyId>}. Arguments: devices, latency in ms, output file.
 */
public class BenchSimulator {
  public static void main(String[] args) throws Exception {
    int devices = Integer.parseInt(args[0]);
    long latency = Long.parseLong(args[1]);
    var sim = HomeySimulator.builder().devices(devices).latency(Duration.ofMillis(latency)).start();
    Files.writeString(Path.of(args[2] + ".tmp"), sim.baseUrl() + " " + sim.apiKey() + " " + sim.homeyId() + "\n");
    Files.move(Path.of(args[2] + ".tmp"), Path.of(args[2]));
    Thread.currentThread().join();
  }
}
