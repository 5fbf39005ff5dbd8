package dev.homeytoolkit.console.port;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The managers ({@code Homey.<jsName>}) and their operations that exist in Web API v3: what a script may call.
 *
 * @param operationsByManager operation names by the manager's JavaScript name
 * @param listOperations {@code manager.operation} of the operations that answer an object keyed by id
 */
public record OperationCatalog(Map<String, SortedSet<String>> operationsByManager, Set<String> listOperations) {

  public OperationCatalog {
    var copy = new TreeMap<String, SortedSet<String>>();
    operationsByManager.forEach((m, ops) -> copy.put(m, Collections.unmodifiableSortedSet(new TreeSet<>(ops))));
    operationsByManager = Collections.unmodifiableSortedMap(copy);
    listOperations = Set.copyOf(listOperations);
  }

  /** The catalogue of homey-api's operation metadata, the same one the runtime calls through. */
  public static OperationCatalog fromHomeyApi() {
    var map = new TreeMap<String, SortedSet<String>>();
    var lists = new TreeSet<String>();
    for (var op : dev.homeytoolkit.api.meta.Operations.all()) {
      map.computeIfAbsent(op.jsName(), k -> new TreeSet<>()).add(op.name());
      if (op.crud().startsWith("getAll")) lists.add(op.jsName() + "." + op.name());
    }
    return new OperationCatalog(map, lists);
  }

  public Set<String> managers() {
    return operationsByManager.keySet();
  }

  public boolean hasManager(String jsName) {
    return operationsByManager.containsKey(jsName);
  }

  public Set<String> operations(String jsName) {
    return operationsByManager.getOrDefault(jsName, Collections.emptySortedSet());
  }

  /** A list operation (getDevices, getZones, …) answers an object keyed by id, not an array. */
  public boolean isList(String jsName, String operation) {
    return listOperations.contains(jsName + "." + operation);
  }
}
