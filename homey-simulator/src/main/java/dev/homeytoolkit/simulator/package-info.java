/**
 * A simulated Homey Pro (2023) and Athom cloud on one local port: start one with
 * {@link dev.homeytoolkit.simulator.HomeySimulator#start()}.
 */
package dev.homeytoolkit.simulator;
