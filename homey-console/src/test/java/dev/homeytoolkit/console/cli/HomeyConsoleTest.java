package dev.homeytoolkit.console.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class HomeyConsoleTest {

  @Test void optionsBeforeAnyCommandGoToTheConsole() {
    assertArrayEquals(new String[] {"repl", "--demo"}, HomeyConsole.withDefaultCommand(new String[] {"--demo"}));
    assertArrayEquals(new String[] {"repl", "--profile", "cabin"},
        HomeyConsole.withDefaultCommand(new String[] {"--profile", "cabin"}));
  }

  @Test void commandsAndTheRootsOwnOptionsAreLeftAlone() {
    assertArrayEquals(new String[] {"run", "a.js"}, HomeyConsole.withDefaultCommand(new String[] {"run", "a.js"}));
    assertArrayEquals(new String[] {"--version"}, HomeyConsole.withDefaultCommand(new String[] {"--version"}));
    assertArrayEquals(new String[] {}, HomeyConsole.withDefaultCommand(new String[] {}));
  }

  @Test void helpListsEveryCommand() {
    var out = new StringWriter();
    var commandLine = HomeyConsole.commandLine().setOut(new PrintWriter(out));
    assertEquals(0, commandLine.execute("--help"));
    for (var command : new String[] {"login", "logout", "status", "token", "homeys", "run", "tags", "repl", "port",
        "scripts", "api", "simulator"}) {
      assertEquals(true, out.toString().contains("  " + command), () -> command + " missing from:\n" + out);
    }
  }
}
