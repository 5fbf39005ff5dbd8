package dev.homeytoolkit.api.meta;

import dev.homeytoolkit.api.manager.Managers;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * The Homey Web API's operations, read once at run time from the Retrofit interfaces (their Retrofit annotations
 * plus {@link HomeyManager}, {@link HomeyOperation}, {@link Param} and {@link BodyField}). The interfaces are the
 * one source of truth: there is no second table to keep in step.
 */
public final class Operations {
  private static final Pattern RETROFIT_PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_-]+)}");

  private Operations() {}

  private static final class Holder {
    static final List<Operation> ALL = readAll();
    static final Map<String, List<Operation>> BY_JS_NAME = ALL.stream()
        .collect(Collectors.groupingBy(Operation::jsName, LinkedHashMap::new, Collectors.toUnmodifiableList()));
  }

  /** Every operation of every manager, ordered by manager then operation name. */
  public static List<Operation> all() {
    return Holder.ALL;
  }

  /** The JavaScript names of all managers ({@code devices}, {@code flow}, {@code googleAssistant}, …). */
  public static List<String> managers() {
    return List.copyOf(Holder.BY_JS_NAME.keySet());
  }

  /**
   * The operations of the manager with this JavaScript name ({@code devices}); also accepts the HTTP id
   * ({@code google-assistant}) and the schema name ({@code ManagerDevices}). Empty for an unknown manager.
   */
  public static List<Operation> manager(String jsName) {
    var direct = Holder.BY_JS_NAME.get(jsName);
    if (direct != null) return direct;
    return Holder.ALL.stream()
        .filter(o -> o.managerId().equals(jsName) || o.manager().equals(jsName))
        .toList();
  }

  /** The operation {@code operation} of manager {@code jsName}, as {@link #manager(String)} finds managers. */
  public static Optional<Operation> find(String jsName, String operation) {
    return manager(jsName).stream().filter(o -> o.name().equals(operation)).findFirst();
  }

  /** The operation behind one method of a manager interface. */
  public static Operation of(Method method) {
    var manager = method.getDeclaringClass().getAnnotation(HomeyManager.class);
    if (manager == null) {
      throw new IllegalArgumentException(method.getDeclaringClass().getName() + " is not annotated @HomeyManager");
    }
    return read(manager, method);
  }

  private static List<Operation> readAll() {
    var out = new ArrayList<Operation>();
    for (var type : Managers.ALL) {
      var manager = type.getAnnotation(HomeyManager.class);
      for (var method : type.getMethods()) {
        if (method.isAnnotationPresent(HomeyOperation.class)) out.add(read(manager, method));
      }
    }
    out.sort(Comparator.comparing(Operation::manager).thenComparing(Operation::name));
    return List.copyOf(out);
  }

  private static Operation read(HomeyManager manager, Method method) {
    var op = method.getAnnotation(HomeyOperation.class);
    if (op == null) throw new IllegalArgumentException(method + " is not annotated @HomeyOperation");
    String httpMethod = null;
    String relative = null;
    for (var a : method.getAnnotations()) {
      var m = switch (a) {
        case GET g -> new String[] {"GET", g.value()};
        case PUT p -> new String[] {"PUT", p.value()};
        case POST p -> new String[] {"POST", p.value()};
        case DELETE d -> new String[] {"DELETE", d.value()};
        case PATCH p -> new String[] {"PATCH", p.value()};
        case HEAD h -> new String[] {"HEAD", h.value()};
        case OPTIONS o -> new String[] {"OPTIONS", o.value()};
        default -> null;
      };
      if (m != null) {
        httpMethod = m[0];
        relative = m[1];
      }
    }
    if (httpMethod == null) throw new IllegalArgumentException(method + " has no Retrofit HTTP method annotation");
    var prefix = "api/manager/" + manager.id();
    if (!relative.startsWith(prefix)) {
      throw new IllegalArgumentException(method + ": path " + relative + " is not under " + prefix);
    }
    var path = RETROFIT_PLACEHOLDER.matcher(relative.substring(prefix.length())).replaceAll(":$1");

    var parameters = new ArrayList<Parameter>();
    var annotations = method.getParameterAnnotations();
    for (var i = 0; i < annotations.length; i++) {
      var param = find(annotations[i], Param.class);
      var kind = Arrays.stream(annotations[i])
          .filter(a -> a instanceof Path || a instanceof Query || a instanceof QueryMap || a instanceof Body)
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(method + ": a parameter has no Retrofit annotation"));
      var isFields = kind instanceof Body && param == null;
      if (isFields) continue; // the fields come from @BodyField
      if (param == null) throw new IllegalArgumentException(method + ": parameter " + kind + " lacks @Param");
      var p = switch (kind) {
        case Path a -> new Parameter(a.value(), In.PATH, param.type(), false, param.required());
        case Query a -> new Parameter(a.value(), In.QUERY, param.type(), false, param.required());
        case QueryMap a -> new Parameter(param.name(), In.QUERY, param.type(), false, param.required());
        case Body a -> new Parameter(param.name(), In.BODY, param.type(), true, param.required());
        default -> throw new AssertionError(kind);
      };
      parameters.add(p);
    }
    for (var field : method.getAnnotationsByType(BodyField.class)) {
      parameters.add(new Parameter(field.name(), In.BODY, field.type(), false, field.required()));
    }
    parameters.sort(Comparator.comparing(Parameter::name));
    return new Operation(
        manager.name(),
        manager.id(),
        manager.jsName(),
        method.getName(),
        httpMethod.toUpperCase(Locale.ROOT),
        path,
        parameters,
        List.of(op.scopes()),
        op.crud());
  }

  private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
    for (var a : annotations) if (type.isInstance(a)) return type.cast(a);
    return null;
  }
}
