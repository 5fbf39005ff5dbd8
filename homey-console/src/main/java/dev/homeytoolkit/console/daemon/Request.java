package dev.homeytoolkit.console.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One command sent to the daemon by {@code bin/homey-console}: the client's working directory, its environment and
 * the command's arguments. On the wire, after the header lines, NUL-terminated fields (a shell can write them with
 * {@code printf '%s\0'}, and nothing a command line holds can contain a NUL):
 * {@code cwd, number of variables, NAME=value…, number of arguments, argument…}.
 */
public record Request(Path workingDirectory, Map<String, String> environment, List<String> args) {
  /** More than any command line: a cap so that a confused client cannot make the daemon buffer without end. */
  static final int MAX_BYTES = 4 << 20;

  public Request {
    environment = Map.copyOf(environment);
    args = List.copyOf(args);
  }

  static Request read(InputStream in) throws IOException {
    var reader = new FieldReader(in);
    var cwd = Path.of(reader.field());
    if (!cwd.isAbsolute()) throw new IOException("the working directory must be absolute, got " + cwd);
    int variables = reader.count();
    var env = new LinkedHashMap<String, String>();
    for (int i = 0; i < variables; i++) {
      var entry = reader.field();
      int eq = entry.indexOf('=');
      if (eq > 0) env.put(entry.substring(0, eq), entry.substring(eq + 1));
    }
    int count = reader.count();
    var args = new ArrayList<String>(count);
    for (int i = 0; i < count; i++) args.add(reader.field());
    return new Request(cwd, env, args);
  }

  /** Reads header lines and NUL-terminated fields from the same stream, never past what it needs. */
  static final class FieldReader {
    private final InputStream in;
    private int total;

    FieldReader(InputStream in) {
      this.in = in;
    }

    String line() throws IOException {
      return until('\n');
    }

    String field() throws IOException {
      return until(0);
    }

    int count() throws IOException {
      var text = field();
      try {
        int n = Integer.parseInt(text);
        if (n < 0 || n > 100_000) throw new NumberFormatException();
        return n;
      } catch (NumberFormatException e) {
        throw new IOException("expected a count, got '" + text + "'");
      }
    }

    private String until(int end) throws IOException {
      var bytes = new java.io.ByteArrayOutputStream();
      for (int b; (b = in.read()) != end; ) {
        if (b < 0) throw new IOException("the client closed the connection mid-request");
        if (++total > MAX_BYTES) throw new IOException("request larger than " + MAX_BYTES + " bytes");
        bytes.write(b);
      }
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
