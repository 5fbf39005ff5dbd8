/**
 * The seeded home: generic item stores, insights, and the seed that builds them from resources/home.
 *
 * <p>Internal to the simulator: public only so its packages can use each other. Code against
 * {@link dev.homeytoolkit.simulator.HomeySimulator} and {@code dev.homeytoolkit.simulator.faults} instead.
 */
package dev.homeytoolkit.simulator.store;
