package dev.homeytoolkit.console.cli;

import picocli.CommandLine;

/** Reports the toolkit's version from the jar manifest, and the Java it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override public String[] getVersion() {
    var version = HomeyConsole.class.getPackage().getImplementationVersion();
    return new String[] {
        "homey-console " + (version == null ? "(development build)" : version),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
    };
  }
}
