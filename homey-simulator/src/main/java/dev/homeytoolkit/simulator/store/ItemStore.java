package dev.homeytoolkit.simulator.store;

import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.json.Json;
import dev.homeytoolkit.simulator.json.RawJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * The generic in-memory store behind every item operation of one item type (crud column of the catalogue):
 * getAll answers an object keyed by id, update merges, delete removes.
 *
 * <p>Stored items are never changed in place: every write stores a fresh copy. Readers (and the JSON writer of a
 * 5000-device {@code getDevices}) can therefore walk a snapshot without locks while writes go on, and each
 * snapshot's JSON can be kept with it: it cannot go stale.
 */
public final class ItemStore {
  /** A stored snapshot and, once written, its JSON. */
  private static final class Entry {
    final Map<String, Object> item;
    volatile String json;

    Entry(Map<String, Object> item) {
      this.item = item;
    }

    String json() {
      var j = json;
      if (j == null) json = j = Json.write(item);
      return j;
    }
  }

  private final String itemType;
  private final ConcurrentSkipListMap<String, Entry> items = new ConcurrentSkipListMap<>();
  /** Fills the store on first use (derived items of a big home: flow cards, insights logs); then null. */
  private volatile java.util.function.Consumer<ItemStore> seeder;

  public ItemStore(String itemType) {
    this.itemType = itemType;
  }

  /**
   * Lets {@code seeder} fill this store (with {@link #put}) the first time anyone reads or writes it, so that a
   * 5000-device home starts fast and pays for its 40 000 flow cards only when they are asked for.
   */
  public void seedLazily(java.util.function.Consumer<ItemStore> seeder) {
    this.seeder = seeder;
  }

  private void seeded() {
    if (seeder == null) return;
    synchronized (this) {
      var s = seeder;
      if (s != null) {
        s.accept(this);
        seeder = null;
      }
    }
  }

  /** The item type in the Homey's words, {@code Device}, {@code Zone}, … */
  public String itemType() {
    return itemType;
  }

  /** Every item, keyed by id (a snapshot; do not change the maps). */
  public Map<String, Object> all() {
    seeded();
    var out = new LinkedHashMap<String, Object>();
    for (var e : items.entrySet()) out.put(e.getKey(), e.getValue().item);
    return out;
  }

  /** Every item keyed by id, as pre-serialised JSON: what getAll answers, fast for thousands of items. */
  public Map<String, Object> allJson() {
    seeded();
    var out = new LinkedHashMap<String, Object>();
    for (var e : items.entrySet()) out.put(e.getKey(), new RawJson(e.getValue().json()));
    return out;
  }

  public int size() {
    seeded();
    return items.size();
  }

  /** The item, or null (do not change the map). */
  public Map<String, Object> find(String id) {
    seeded();
    if (id == null) return null;
    var e = items.get(id);
    return e == null ? null : e.item;
  }

  /** The item, or 404 {@code <type>_not_found}. */
  public Map<String, Object> get(String id) {
    var item = find(id);
    if (item == null) throw HomeyException.notFound(itemType);
    return item;
  }

  /** Stores {@code item} as given (seeding); it must not be changed afterwards. */
  public void put(Map<String, Object> item) {
    items.put((String) item.get("id"), new Entry(item));
  }

  /** Creates an item from a client's body; a missing id is generated. */
  public Map<String, Object> create(Map<String, Object> body) {
    seeded();
    var item = Json.object(Json.copy(body), itemType);
    var id = item.get("id") instanceof String s && !s.isBlank() ? s : UUID.randomUUID().toString();
    var ordered = new LinkedHashMap<String, Object>();
    ordered.put("id", id);
    ordered.putAll(item);
    ordered.put("id", id);
    if (items.putIfAbsent(id, new Entry(ordered)) != null) {
      throw new HomeyException(409, itemType.toLowerCase() + "_exists", itemType + " " + id + " already exists");
    }
    return ordered;
  }

  /** Shallow merge of {@code patch} into the item (its id cannot change). */
  public Map<String, Object> merge(String id, Map<String, Object> patch) {
    return update(id, item -> {
      for (var e : patch.entrySet()) {
        if (!e.getKey().equals("id")) item.put(e.getKey(), Json.copy(e.getValue()));
      }
      return item;
    });
  }

  /** Replaces the item by {@code change} applied to a deep copy of it; 404 when it does not exist. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> update(String id, UnaryOperator<Map<String, Object>> change) {
    seeded();
    var result = id == null ? null : items.computeIfPresent(id,
        (k, old) -> new Entry(change.apply((Map<String, Object>) Json.copy(old.item))));
    if (result == null) throw HomeyException.notFound(itemType);
    return result.item;
  }

  public Map<String, Object> delete(String id) {
    seeded();
    var removed = id == null ? null : items.remove(id);
    if (removed == null) throw HomeyException.notFound(itemType);
    return removed.item;
  }
}
