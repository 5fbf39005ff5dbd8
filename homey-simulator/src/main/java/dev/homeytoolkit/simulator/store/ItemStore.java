package dev.homeytoolkit.simulator.store;

import dev.homeytoolkit.simulator.http.HomeyException;
import dev.homeytoolkit.simulator.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The generic in-memory store behind every item operation of one item type (crud column of the catalogue):
 * getAll answers an object keyed by id, update merges, delete removes.
 *
 * <p>Stored items are never changed in place: every write stores a fresh copy. Readers (and the JSON writer of a
 * 5000-device {@code getDevices}) can therefore walk a snapshot without locks while writes go on, and each
 * snapshot's JSON can be kept with it: it cannot go stale. The whole getAll answer is kept too, until the next write.
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

  /** A getAll answer and the {@link #version} it was written at. */
  private record ListJson(long version, byte[] utf8) {}

  private final String itemType;
  private final ConcurrentSkipListMap<String, Entry> items = new ConcurrentSkipListMap<>();
  /** Counts writes; bumped after each change, so a list written at an older version is never answered again. */
  private final AtomicLong version = new AtomicLong();
  private volatile ListJson listJson;
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

  /**
   * Every item keyed by id, as UTF-8 JSON: what getAll answers. Written once per version of the store, so that asking
   * again for an unchanged 5000-device list (11 MB) costs nothing but sending it, as the same call to a Homey that
   * keeps its devices in memory would. Callers must not change the array.
   */
  public byte[] allJsonUtf8() {
    seeded();
    long at = version.get();
    var cached = listJson;
    if (cached != null && cached.version() == at) return cached.utf8();
    var out = new StringBuilder(cached == null ? 256 : cached.utf8().length + 1024);
    out.append('{');
    boolean first = true;
    for (var e : items.entrySet()) {
      if (!first) out.append(',');
      first = false;
      Json.write(out, e.getKey());
      out.append(':').append(e.getValue().json());
    }
    var utf8 = out.append('}').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    listJson = new ListJson(at, utf8);
    return utf8;
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
    version.incrementAndGet();
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
    version.incrementAndGet();
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
    version.incrementAndGet();
    return result.item;
  }

  public Map<String, Object> delete(String id) {
    seeded();
    var removed = id == null ? null : items.remove(id);
    if (removed == null) throw HomeyException.notFound(itemType);
    version.incrementAndGet();
    return removed.item;
  }
}
