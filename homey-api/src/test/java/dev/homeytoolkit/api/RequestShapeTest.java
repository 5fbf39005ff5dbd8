package dev.homeytoolkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.http.QueryString;
import dev.homeytoolkit.api.manager.Managers;
import dev.homeytoolkit.api.meta.In;
import dev.homeytoolkit.api.meta.Operation;
import dev.homeytoolkit.api.meta.Operations;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.meta.Parameter;
import dev.homeytoolkit.api.model.Json;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * Table-driven over every operation of every manager: the request {@link HomeyClient#invoke} sends (method, path,
 * query, body, headers) as the server records it, and the same request made through the Retrofit interface.
 */
class RequestShapeTest {
  @StartStop final MockWebServer server = TestServers.noDelay(new MockWebServer());
  HomeyClient homey;

  @BeforeEach void setUp() {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{}").build();
      }
    });
    homey = HomeyClient.builder().address(server.url("/").toString()).homeyId("homey-1")
        .tokenSource(TokenSource.of("key-1")).build();
  }

  @AfterEach void tearDown() {
    homey.close();
  }

  /** A value of the parameter's type; path values hold colons, as flow card and insights ids do. */
  static Object sample(Parameter p) {
    if (p.in() == In.PATH) return p.type().equals("number") ? 3 : "homey:manager:" + p.name();
    var first = p.type().split("\\|")[0];
    return switch (first) {
      case "string" -> "s-" + p.name();
      case "number" -> 2;
      case "boolean" -> true;
      case "array" -> List.of("a", "b");
      case "object" -> p.in() == In.QUERY ? Map.of("x", 1, "y", List.of("a", "b")) : Map.of("k", "v-" + p.name());
      default -> Map.of("any", p.name());
    };
  }

  static Map<String, Object> sampleArgs(Operation op) {
    var args = new LinkedHashMap<String, Object>();
    for (var p : op.parameters()) args.put(p.name(), sample(p));
    return args;
  }

  @Test void everyOperationSendsItsMethodPathQueryBodyAndHeaders() throws Exception {
    var problems = new ArrayList<String>();
    for (var op : Operations.all()) {
      var args = sampleArgs(op);
      var t0 = System.nanoTime();
      var text = homey.invoke(op, args).get(5, TimeUnit.SECONDS);
      if (System.getenv("SHAPE_TIMING") != null) System.out.println(op + " " + (System.nanoTime() - t0) / 1_000_000);
      assertEquals("{}", text);
      var recorded = server.takeRequest(5, TimeUnit.SECONDS);
      var where = op + ": ";
      if (!recorded.getMethod().equals(op.method())) problems.add(where + "method " + recorded.getMethod());
      var expectedPath = expectedPath(op, args);
      if (!recorded.getUrl().encodedPath().equals(expectedPath)) {
        problems.add(where + "path " + recorded.getUrl().encodedPath() + " expected " + expectedPath);
      }
      var expectedQuery = new TreeMap<String, List<String>>();
      for (var p : op.parameters()) {
        if (p.in() != In.QUERY) continue;
        for (var pair : QueryString.pairs(p.name(), args.get(p.name()))) {
          expectedQuery.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(pair.getValue());
        }
      }
      if (!query(recorded.getUrl()).equals(expectedQuery)) {
        problems.add(where + "query " + query(recorded.getUrl()) + " expected " + expectedQuery);
      }
      var body = recorded.getBody() == null ? "" : recorded.getBody().utf8();
      var expectedBody = expectedBody(op, args);
      if (expectedBody == null) {
        if (!body.isEmpty() && !body.equals("{}")) problems.add(where + "unexpected body " + body);
      } else if (!Json.parse(body).equals(Json.parse(Json.write(expectedBody)))) {
        problems.add(where + "body " + body + " expected " + Json.write(expectedBody));
      }
      var bearer = op.name().equals("ping") || op.name().equals("login") || op.name().equals("loginLocal")
          ? null : "Bearer key-1";
      if (!java.util.Objects.equals(recorded.getHeaders().get("Authorization"), bearer)) {
        problems.add(where + "Authorization " + recorded.getHeaders().get("Authorization"));
      }
      var homeyId = op.name().equals("ping") ? null : "homey-1";
      if (!java.util.Objects.equals(recorded.getHeaders().get("X-Homey-ID"), homeyId)) {
        problems.add(where + "X-Homey-ID " + recorded.getHeaders().get("X-Homey-ID"));
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test void retrofitInterfacesBuildTheSameRequestsAsInvoke() throws Exception {
    var problems = new ArrayList<String>();
    var count = 0;
    for (var type : Managers.ALL) {
      var manager = homey.manager(type);
      for (Method method : type.getMethods()) {
        var op = Operations.of(method);
        var args = sampleArgs(op);
        var call = (Call<?>) method.invoke(manager, retrofitArgs(method, op, args));
        Request viaRetrofit = call.request();
        Request viaInvoke = homey.request(op, args);
        count++;
        if (!viaRetrofit.method().equals(viaInvoke.method())) problems.add(op + " method " + viaRetrofit.method());
        if (!viaRetrofit.url().encodedPath().equals(viaInvoke.url().encodedPath())) {
          problems.add(op + " path " + viaRetrofit.url().encodedPath() + " vs " + viaInvoke.url().encodedPath());
        }
        if (!query(viaRetrofit.url()).equals(indexed(query(viaInvoke.url())))) {
          problems.add(op + " query " + viaRetrofit.url().query() + " vs " + viaInvoke.url().query());
        }
        var a = bodyOf(viaRetrofit);
        var b = bodyOf(viaInvoke);
        var sameBody = (a.isEmpty() || a.equals("{}")) && (b.isEmpty() || b.equals("{}"))
            || (!a.isEmpty() && !b.isEmpty() && Json.parse(a).equals(Json.parse(b)));
        if (!sameBody) problems.add(op + " body " + a + " vs " + b);
      }
    }
    assertEquals(320, count);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test void pathValuesKeepColonsButEscapeSlashes() throws Exception {
    var op = Operations.find("flow", "runFlowCardAction").orElseThrow();
    var request = homey.request(op, Map.of("uri", "homey:manager:logic", "id", "homey:manager:logic:lt"));
    assertEquals("/api/manager/flow/flowcardaction/homey:manager:logic/homey:manager:logic:lt/run",
        request.url().encodedPath());
    var device = homey.request(Operations.find("devices", "getDevice").orElseThrow(), Map.of("id", "a/b c"));
    assertEquals("/api/manager/devices/device/a%2Fb%20c", device.url().encodedPath());
  }

  @Test void numbersInPathsAreWrittenAsJavaScriptWritesThem() {
    var call = homey.matter().deleteNodeFabric("n1", 2.0);
    assertEquals("/api/manager/matter/node/n1/fabric/2", call.request().url().encodedPath());
  }

  @Test void systemInfoIsTheManagerRootWithATrailingSlash() throws Exception {
    var request = homey.request(Operations.find("system", "getInfo").orElseThrow(), Map.of());
    assertEquals("/api/manager/system/", request.url().encodedPath());
    assertEquals("GET", request.method());
    assertNull(request.body());
  }

  static String expectedPath(Operation op, Map<String, Object> args) {
    var path = op.httpPath();
    for (var p : op.parameters()) {
      if (p.in() == In.PATH) path = path.replace(":" + p.name(), Json.number(3).equals(String.valueOf(args.get(p.name())))
          ? "3" : String.valueOf(args.get(p.name())));
    }
    return path;
  }

  static Object expectedBody(Operation op, Map<String, Object> args) {
    var fields = new LinkedHashMap<String, Object>();
    for (var p : op.parameters()) {
      if (p.in() != In.BODY) continue;
      if (p.root()) return args.get(p.name());
      fields.put(p.name(), args.get(p.name()));
    }
    return fields.isEmpty() ? null : fields;
  }

  static Object[] retrofitArgs(Method method, Operation op, Map<String, Object> args) {
    var annotations = method.getParameterAnnotations();
    var out = new Object[annotations.length];
    for (var i = 0; i < annotations.length; i++) {
      Param param = null;
      for (var a : annotations[i]) if (a instanceof Param p) param = p;
      for (var a : annotations[i]) {
        switch (a) {
          case Path p -> out[i] = args.get(p.value());
          case Query q -> out[i] = args.get(q.value());
          case QueryMap q -> out[i] = QueryString.flatten(param.name(), args.get(param.name()));
          case Body b -> out[i] = param != null ? args.get(param.name()) : expectedBody(op, args);
          default -> { }
        }
      }
    }
    return out;
  }

  static Map<String, List<String>> query(HttpUrl url) {
    var out = new TreeMap<String, List<String>>();
    for (var i = 0; i < url.querySize(); i++) {
      out.computeIfAbsent(url.queryParameterName(i), k -> new ArrayList<>()).add(url.queryParameterValue(i));
    }
    return out;
  }

  /** jQuery's {@code a[]=1&a[]=2} as the indexed {@code a[0]=1&a[1]=2} a Retrofit query map must use. */
  static Map<String, List<String>> indexed(Map<String, List<String>> query) {
    var out = new TreeMap<String, List<String>>();
    query.forEach((k, values) -> {
      if (!k.endsWith("[]")) {
        out.put(k, values);
      } else {
        for (var i = 0; i < values.size(); i++) out.put(k.substring(0, k.length() - 2) + "[" + i + "]", List.of(values.get(i)));
      }
    });
    return out;
  }

  static String bodyOf(Request request) throws java.io.IOException {
    if (request.body() == null) return "";
    var buffer = new Buffer();
    request.body().writeTo(buffer);
    return buffer.readUtf8();
  }
}
