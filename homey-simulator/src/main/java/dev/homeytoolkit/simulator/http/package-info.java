/**
 * The request and answer model the routes work with, independent of Jetty.
 *
 * <p>Internal to the simulator: public only so its packages can use each other. Code against
 * {@link dev.homeytoolkit.simulator.HomeySimulator} and {@code dev.homeytoolkit.simulator.faults} instead.
 */
package dev.homeytoolkit.simulator.http;
