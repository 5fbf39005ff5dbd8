package dev.homeytoolkit.api.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the model records tolerantly. The JSON object is read whole first and kept, unmodified, in the record's
 * {@code json} component, so nothing the Homey sends is lost; each other component takes the property of the same
 * name (or {@link com.squareup.moshi.Json#name()}), {@code null} when absent. A property of the wrong type fails with
 * a message naming the record and the property ({@code Device.capabilities (at $.abc.capabilities): expected a list
 * but was "x"}) instead of a stack trace from deep inside Moshi.
 */
final class ItemAdapterFactory implements JsonAdapter.Factory {
  private static final String RAW = "json";

  @Override public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class<?> c) || !c.isRecord()) return null;
    if (!c.getPackageName().equals(ItemAdapterFactory.class.getPackageName())) return null;
    return new ItemAdapter<>(c, moshi).nullSafe();
  }

  private static final class ItemAdapter<T> extends JsonAdapter<T> {
    private final Class<T> type;
    private final RecordComponent[] components;
    private final String[] names;
    private final Moshi moshi;
    private final JsonAdapter<?>[] adapters;
    private final Constructor<T> constructor;

    ItemAdapter(Class<T> type, Moshi moshi) {
      this.type = type;
      this.moshi = moshi;
      this.components = type.getRecordComponents();
      this.names = new String[components.length];
      this.adapters = new JsonAdapter<?>[components.length];
      var types = new Class<?>[components.length];
      for (var i = 0; i < components.length; i++) {
        var c = components[i];
        var renamed = c.getAnnotation(com.squareup.moshi.Json.class);
        names[i] = renamed != null ? renamed.name() : c.getName();
        types[i] = c.getType();
      }
      try {
        constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no canonical constructor", e);
      }
    }

    private JsonAdapter<?> adapter(int i) {
      if (adapters[i] == null) adapters[i] = moshi.adapter(components[i].getGenericType());
      return adapters[i];
    }

    @Override public T fromJson(JsonReader reader) throws IOException {
      var path = reader.getPath();
      var token = reader.peek();
      var raw = reader.readJsonValue();
      if (!(raw instanceof Map<?, ?> map)) {
        throw new JsonDataException(type.getSimpleName() + " (at " + path + "): expected a JSON object but was "
            + describe(raw, token));
      }
      var args = new Object[components.length];
      for (var i = 0; i < components.length; i++) {
        if (names[i].equals(RAW) && components[i].getType() == Map.class) {
          args[i] = Collections.unmodifiableMap(map);
          continue;
        }
        var value = map.get(names[i]);
        if (value == null) continue;
        try {
          args[i] = adapter(i).fromJsonValue(value);
        } catch (JsonDataException | IllegalArgumentException e) {
          throw new JsonDataException(type.getSimpleName() + "." + names[i] + " (at " + path + "." + names[i]
              + "): expected " + expected(components[i].getType()) + " but was " + describe(value, null), e);
        }
      }
      try {
        return constructor.newInstance(args);
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        throw new JsonDataException(type.getSimpleName() + " (at " + path + "): " + e.getCause().getMessage(), e);
      }
    }

    @Override public void toJson(JsonWriter writer, T value) throws IOException {
      var out = new LinkedHashMap<String, Object>();
      try {
        for (var i = 0; i < components.length; i++) {
          var v = components[i].getAccessor().invoke(value);
          if (names[i].equals(RAW) && v instanceof Map<?, ?> raw) {
            raw.forEach((k, x) -> out.putIfAbsent(String.valueOf(k), x));
          } else if (v != null) {
            out.put(names[i], v);
          }
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
      Json.write(writer, out);
    }

    @Override public String toString() {
      return "ItemAdapter(" + type.getSimpleName() + ")";
    }
  }

  static String expected(Class<?> t) {
    if (t == String.class) return "a string";
    if (t == Boolean.class) return "a boolean";
    if (Number.class.isAssignableFrom(t)) return "a number";
    if (Map.class.isAssignableFrom(t) || t.isRecord()) return "an object";
    if (Iterable.class.isAssignableFrom(t)) return "a list";
    return Types.getRawType(t).getSimpleName();
  }

  static String describe(Object value, JsonReader.Token token) {
    return switch (value) {
      case null -> token == null ? "null" : token.toString().toLowerCase();
      case String s -> "\"" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "\"";
      case Map<?, ?> m -> "an object";
      case Iterable<?> l -> "a list";
      default -> String.valueOf(value);
    };
  }
}
