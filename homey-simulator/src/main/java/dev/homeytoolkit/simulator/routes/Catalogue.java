package dev.homeytoolkit.simulator.routes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The operation catalogue: every public Web API v3 operation, read once from the TSV resource that also lives in
 * {@code shared/reference}. The route table is built from it, so adding a row adds a route.
 */
public final class Catalogue {
  public static final String RESOURCE = "/homey-v3-operations.tsv";
  private static volatile List<Operation> operations;

  private Catalogue() {}

  /** All operations in catalogue order. */
  public static List<Operation> operations() {
    var ops = operations;
    if (ops == null) {
      synchronized (Catalogue.class) {
        if (operations == null) operations = load();
        ops = operations;
      }
    }
    return ops;
  }

  private static List<Operation> load() {
    try (var in = Catalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("Operation catalogue " + RESOURCE + " missing from the jar");
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      var out = new ArrayList<Operation>();
      boolean header = true;
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        if (header) {
          header = false;
          continue;
        }
        out.add(parse(line));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Operation parse(String line) {
    var f = Arrays.copyOf(line.split("\t", -1), 9);
    for (int i = 0; i < f.length; i++) if (f[i] == null) f[i] = "";
    var params = new ArrayList<Operation.Parameter>();
    for (var spec : f[6].split(",")) {
      if (spec.isBlank()) continue;
      var required = spec.endsWith("!");
      var parts = (required ? spec.substring(0, spec.length() - 1) : spec).split(":");
      params.add(new Operation.Parameter(parts[0], parts[1], parts.length > 2 ? parts[2] : "None",
          parts.length > 3 && parts[3].equals("root"), required));
    }
    var scopes = f[7].isBlank() ? List.<String>of() : List.of(f[7].split(","));
    Operation.Crud crud = null;
    if (!f[8].isBlank()) {
      var c = f[8].split(":");
      crud = new Operation.Crud(c[0], c[1]);
    }
    return new Operation(f[0], f[1], f[2], f[3], f[4].toUpperCase(Locale.ROOT), f[5], List.copyOf(params),
        scopes, crud);
  }
}
