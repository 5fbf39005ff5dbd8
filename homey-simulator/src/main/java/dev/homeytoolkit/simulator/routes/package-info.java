/**
 * The Homey Web API v3: the operation catalogue, the router built from it and the operations' behaviour.
 *
 * <p>Internal to the simulator: public only so its packages can use each other. Code against
 * {@link dev.homeytoolkit.simulator.HomeySimulator} and {@code dev.homeytoolkit.simulator.faults} instead.
 */
package dev.homeytoolkit.simulator.routes;
