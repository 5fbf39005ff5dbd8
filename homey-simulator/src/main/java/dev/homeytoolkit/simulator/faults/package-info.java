/**
 * Fault injection for reliability tests: {@link dev.homeytoolkit.simulator.faults.Fault} (what goes wrong),
 * {@link dev.homeytoolkit.simulator.faults.RoutePattern} (where) and
 * {@link dev.homeytoolkit.simulator.faults.Faults} (the faults in force, via {@code sim.faults()}).
 */
package dev.homeytoolkit.simulator.faults;
