/**
 * JSON as plain maps and lists, read with Moshi's streaming reader and written by hand for speed.
 *
 * <p>Internal to the simulator: public only so its packages can use each other. Code against
 * {@link dev.homeytoolkit.simulator.HomeySimulator} and {@code dev.homeytoolkit.simulator.faults} instead.
 */
package dev.homeytoolkit.simulator.json;
