package dev.homeytoolkit.simulator.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything the simulated Homey knows: one {@link ItemStore} per item type, per-manager options and states,
 * canned answers for the read-only operations, insights entries and the flows triggered so far.
 * Built by {@link HomeSeed}; changed by the routes.
 */
public final class Home {
  private final long seed;
  private final String homeyId;
  private final Clock clock;
  private final Map<String, ItemStore> stores = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> options = new ConcurrentHashMap<>();
  private final Map<String, Object> answers = new ConcurrentHashMap<>();
  private final List<String> flowTriggers = new CopyOnWriteArrayList<>();
  private final Insights insights;
  private volatile String name;

  Home(long seed, String homeyId, String name, Clock clock) {
    this.seed = seed;
    this.homeyId = homeyId;
    this.name = name;
    this.clock = clock;
    this.insights = new Insights(seed, clock);
  }

  public long seed() {
    return seed;
  }

  public String homeyId() {
    return homeyId;
  }

  public String name() {
    return name;
  }

  public void name(String name) {
    this.name = name;
  }

  public Instant now() {
    return clock.instant();
  }

  /** The store for {@code managerId}'s {@code itemType} ({@code devices}, {@code Device}); created on first use. */
  public ItemStore store(String managerId, String itemType) {
    return stores.computeIfAbsent(managerId + "/" + itemType, k -> new ItemStore(itemType));
  }

  public ItemStore devices() {
    return store("devices", "Device");
  }

  public ItemStore zones() {
    return store("zones", "Zone");
  }

  public ItemStore variables() {
    return store("logic", "Variable");
  }

  public ItemStore flows() {
    return store("flow", "Flow");
  }

  public ItemStore advancedFlows() {
    return store("flow", "AdvancedFlow");
  }

  public ItemStore notifications() {
    return store("notifications", "Notification");
  }

  public ItemStore logs() {
    return store("insights", "Log");
  }

  public ItemStore users() {
    return store("users", "User");
  }

  public ItemStore apps() {
    return store("apps", "App");
  }

  public ItemStore flowTokens() {
    return store("flowtoken", "FlowToken");
  }

  /** HomeyScript's stored scripts (not a Web API manager: they live in the app). */
  public ItemStore scripts() {
    return store("homeyscript", "Script");
  }

  public Insights insights() {
    return insights;
  }

  /** A manager's options ({@code getOptionX}/{@code setOptionX}/{@code unsetOptionX}), name → value. */
  public Map<String, Object> options(String managerId) {
    return options.computeIfAbsent(managerId, k -> java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>()));
  }

  /** The canned answer of a read-only operation ({@code system.getInfo}), or null. */
  public Object answer(String operationId) {
    return answers.get(operationId);
  }

  public void answer(String operationId, Object value) {
    answers.put(operationId, value);
  }

  public void recordFlowTrigger(String id) {
    flowTriggers.add(id);
  }

  public List<String> flowTriggers() {
    return Collections.unmodifiableList(new ArrayList<>(flowTriggers));
  }
}
