package dev.homeytoolkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.meta.Operations;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's pipeline against a scripted server: auth, refresh, retries, errors, timeouts, raw calls. */
class HomeyClientTest {
  @StartStop final MockWebServer server = TestServers.noDelay(new MockWebServer());
  HomeyClient homey;

  HomeyClient client(TokenSource tokens, int retries) {
    homey = HomeyClient.builder().address(server.url("/").toString()).homeyId("homey-1").tokenSource(tokens)
        .maxRetries(retries).build();
    return homey;
  }

  @AfterEach void tearDown() {
    if (homey != null) homey.close();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  static HomeyApiException failure(java.util.concurrent.CompletableFuture<?> future) {
    var e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    return assertInstanceOf(HomeyApiException.class, e.getCause());
  }

  @Test void homeyIdIsLearnedFromPingAndSentWithTheBearer() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest r) {
        if (r.getUrl().encodedPath().equals("/api/manager/system/ping")) {
          return new MockResponse.Builder().addHeader("X-Homey-ID", "abc123").body("true").build();
        }
        return json(200, "{\"z1\":{\"id\":\"z1\",\"name\":\"Home\"}}");
      }
    });
    homey = HomeyClient.builder().address(server.url("/").toString()).tokenSource(TokenSource.of("key-1")).build();
    var zones = homey.execute(homey.zones().getZones());
    assertEquals("Home", zones.get("z1").name());
    var ping = server.takeRequest();
    assertEquals("/api/manager/system/ping", ping.getUrl().encodedPath());
    assertNull(ping.getHeaders().get("Authorization"));
    var call = server.takeRequest();
    assertEquals("Bearer key-1", call.getHeaders().get("Authorization"));
    assertEquals("abc123", call.getHeaders().get("X-Homey-ID"));
    assertEquals("abc123", homey.homeyId());
    assertEquals(2, server.getRequestCount(), "the ping is made once");
  }

  @Test void a401RefreshesTheTokenOnceAndRepeatsTheCallEvenAPost() throws Exception {
    var refreshes = new AtomicInteger();
    var tokens = new TokenSource() {
      volatile String current = "old";
      @Override public String token() {
        return current;
      }
      @Override public String refresh(String stale) {
        refreshes.incrementAndGet();
        assertEquals("old", stale);
        current = "new";
        return current;
      }
    };
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest r) {
        return "Bearer new".equals(r.getHeaders().get("Authorization"))
            ? json(200, "{\"ok\":true}") : json(401, "{\"error\":\"invalid_token\",\"error_description\":\"expired\"}");
      }
    });
    client(tokens, 3);
    var op = Operations.find("flow", "triggerFlow").orElseThrow();
    assertEquals("{\"ok\":true}", homey.invoke(op, Map.of("id", "f1")).get(5, TimeUnit.SECONDS));
    assertEquals(1, refreshes.get());
    assertEquals(2, server.getRequestCount());
  }

  @Test void aRefusedApiKeyIsReportedWithTheFixAndWithoutTheKey() {
    server.enqueue(json(401, "{\"error\":\"invalid_token\",\"error_description\":\"Invalid Token\"}"));
    client(TokenSource.of("secret-key-123"), 3);
    var e = failure(homey.callAsync("GET", "/manager/devices/device", null));
    assertEquals(401, e.statusCode());
    assertTrue(e.getMessage().contains("refused the API key"), e.getMessage());
    assertFalse(e.getMessage().contains("secret-key-123"));
    assertEquals(1, server.getRequestCount());
  }

  @Test void idempotentCallsSurviveTransientFailuresWithinTheBound() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(502, "{}"));
    server.enqueue(json(200, "\"Homey\""));
    client(TokenSource.of("k"), 3);
    assertEquals("\"Homey\"", homey.call("GET", "/manager/system/name", null));
    assertEquals(4, server.getRequestCount());
  }

  @Test void retriesAreBounded() {
    for (var i = 0; i < 6; i++) server.enqueue(json(503, "{\"error\":\"busy\",\"error_description\":\"Busy\"}"));
    client(TokenSource.of("k"), 2);
    var e = failure(homey.callAsync("PUT", "/manager/zones/zone/z1", "{\"name\":\"x\"}"));
    assertEquals(503, e.statusCode());
    assertEquals(3, server.getRequestCount(), "one try and two repeats");
  }

  @Test void aPostIsNeverRepeated() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    client(TokenSource.of("k"), 3);
    assertEquals(503, failure(homey.callAsync("POST", "/manager/flow/flow/f1/trigger", null)).statusCode());
    var dropped = failure(homey.callAsync("POST", "/manager/flow/flow/f1/trigger", null));
    assertEquals(0, dropped.statusCode());
    assertTrue(dropped.getMessage().contains("POST is not repeated"), dropped.getMessage());
    assertEquals(2, server.getRequestCount());
  }

  @Test void tooManyRequestsHonoursRetryAfterUpToTheCeiling() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());
    server.enqueue(json(200, "[]"));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
    client(TokenSource.of("k"), 3);
    assertEquals("[]", homey.call("GET", "/manager/apps/app", null));
    var e = failure(homey.callAsync("GET", "/manager/apps/app", null));
    assertEquals(429, e.statusCode(), "an hour is longer than the client holds a call");
    assertEquals(3, server.getRequestCount());
  }

  @Test void errorsCarryTheHomeysCodeAndDescription() {
    server.enqueue(json(404, "{\"error\":\"zone_not_found\",\"error_description\":\"Zone Not Found\",\"statusCode\":404}"));
    client(TokenSource.of("k"), 0);
    var e = assertThrows(HomeyApiException.class, () -> homey.execute(homey.zones().getZone("nope")));
    assertEquals(404, e.statusCode());
    assertEquals("zone_not_found", e.error());
    assertEquals("Zone Not Found", e.errorDescription());
    assertEquals("GET", e.method());
    assertEquals("/api/manager/zones/zone/nope", e.path());
    assertEquals("GET /api/manager/zones/zone/nope: 404 zone_not_found: Zone Not Found", e.getMessage());
  }

  @Test void anHtmlPageGivesAReadableError() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Content-Type", "text/html")
        .body("<!DOCTYPE html><html><head><title>Down for maintenance</title></head><body><h1>Sorry</h1></body></html>")
        .build());
    client(TokenSource.of("k"), 0);
    var e = failure(homey.callAsync("GET", "/manager/devices/device", null));
    assertEquals(503, e.statusCode());
    assertTrue(e.getMessage().contains("HTML page") && e.getMessage().contains("Down for maintenance"), e.getMessage());
  }

  @Test void anAnswerOfTheWrongShapeNamesTheField() {
    server.enqueue(json(200, "{\"d1\":{\"id\":\"d1\",\"capabilities\":\"onoff\"}}"));
    client(TokenSource.of("k"), 0);
    var e = assertThrows(HomeyApiException.class, () -> homey.execute(homey.devices().getDevices()));
    assertTrue(e.getMessage().contains("Device.capabilities"), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
  }

  @Test void timeoutsAreOverriddenPerCall() {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest r) {
        return new MockResponse.Builder().headersDelay(1500, TimeUnit.MILLISECONDS).body("{}").build();
      }
    });
    client(TokenSource.of("k"), 0);
    var start = System.nanoTime();
    var e = failure(homey.callAsync("GET", "/manager/system/", null, Duration.ofMillis(200)));
    assertEquals("timeout", e.error());
    assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(1200), "gave up long before the answer came");
  }

  @Test void aLongerPerCallTimeoutLiftsTheClientsLimit() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest r) {
        return new MockResponse.Builder().headersDelay(1200, TimeUnit.MILLISECONDS).body("{\"done\":true}").build();
      }
    });
    homey = HomeyClient.builder().address(server.url("/").toString()).homeyId("homey-1")
        .tokenSource(TokenSource.of("k")).timeout(Duration.ofMillis(400)).maxRetries(0).build();
    assertEquals("timeout", assertThrows(HomeyApiException.class,
        () -> homey.call("POST", "/app/com.athom.homeyscript/script/s1/run", "{}")).error());
    assertEquals("{\"done\":true}",
        homey.call("POST", "/app/com.athom.homeyscript/script/s1/run", "{}", Duration.ofSeconds(10)));
  }

  @Test void rawCallsTakePathsUnderApiAndRefuseUrls() throws Exception {
    server.enqueue(json(200, "{\"a\":1}"));
    server.enqueue(json(200, ""));
    client(TokenSource.of("k"), 0);
    assertEquals("{\"a\":1}", homey.call("get", "/manager/logic/variable", null));
    assertEquals("", homey.call("PUT", "/api/manager/logic/variable/v1", "{\"variable\":{\"value\":2}}"));
    assertEquals("/api/manager/logic/variable", server.takeRequest().getUrl().encodedPath());
    var put = server.takeRequest();
    assertEquals("PUT", put.getMethod());
    assertEquals("/api/manager/logic/variable/v1", put.getUrl().encodedPath());
    assertEquals("{\"variable\":{\"value\":2}}", put.getBody().utf8());
    assertThrows(IllegalArgumentException.class, () -> homey.call("GET", "http://evil/x", null));
  }

  @Test void invokeChecksArgumentsLikeTheHomeyBeforeSending() {
    client(TokenSource.of("k"), 0);
    var getDevice = Operations.find("devices", "getDevice").orElseThrow();
    var missing = failure(homey.invoke(getDevice, Map.of()));
    assertEquals(400, missing.statusCode());
    assertEquals("Missing Parameter: id", missing.errorDescription());
    var wrong = failure(homey.invoke(getDevice, Map.of("id", 5)));
    assertEquals("Invalid Parameter Type: id. Got: number. Expected: string", wrong.errorDescription());
    var setValue = Operations.find("devices", "setCapabilityValue").orElseThrow();
    var badValue = failure(homey.invoke(setValue, Map.of("deviceId", "d", "capabilityId", "c", "value", List.of())));
    assertTrue(badValue.errorDescription().startsWith("Invalid Parameter Type: value"));
    assertEquals(0, server.getRequestCount());
  }

  @Test void invokeWritesBodiesAndQueriesLikeTheJavaScriptClient() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest r) {
        return json(200, "null");
      }
    });
    client(TokenSource.of("k"), 0);
    var setValue = Operations.find("devices", "setCapabilityValue").orElseThrow();
    homey.invoke(setValue, Map.of("deviceId", "d1", "capabilityId", "dim", "value", 0.5, "opts",
        Map.of("duration", 1000.0))).get(5, TimeUnit.SECONDS);
    var put = server.takeRequest();
    assertEquals("/api/manager/devices/device/d1/capability/dim", put.getUrl().encodedPath());
    assertEquals(Map.of("value", 0.5, "opts", Map.of("duration", 1000.0)),
        dev.homeytoolkit.api.model.Json.parse(put.getBody().utf8()));
    assertTrue(put.getBody().utf8().contains("\"duration\":1000"), "whole numbers as JavaScript writes them");

    var update = Operations.find("logic", "updateVariable").orElseThrow();
    homey.invoke(update, Map.of("id", "v1", "variable", Map.of("value", true))).get(5, TimeUnit.SECONDS);
    assertEquals("{\"value\":true}", server.takeRequest().getBody().utf8(), "a root parameter is the whole body");

    var autocomplete = Operations.find("flow", "getFlowCardAutocomplete").orElseThrow();
    homey.invoke(autocomplete, Map.of("type", "flowcardaction", "uri", "homey:app:x", "id", "homey:app:x:y",
        "name", "n", "query", "q", "args", Map.of("list", List.of(1, 2), "o", Map.of("x", "y")))).get(5, TimeUnit.SECONDS);
    var get = server.takeRequest();
    assertEquals("/api/manager/flow/flowcardaction/homey:app:x/homey:app:x:y/autocomplete", get.getUrl().encodedPath());
    assertEquals(List.of("1", "2"), get.getUrl().queryParameterValues("args[list][]"));
    assertEquals("y", get.getUrl().queryParameter("args[o][x]"));
    assertEquals("q", get.getUrl().queryParameter("query"));
  }

  @Test void retrofitCallsRunAsynchronouslyAndFailWithTheSameException() throws Exception {
    server.enqueue(json(200, "{\"v1\":{\"id\":\"v1\",\"name\":\"n\",\"type\":\"number\",\"value\":3}}"));
    server.enqueue(json(404, "{\"error\":\"variable_not_found\",\"error_description\":\"Variable Not Found\"}"));
    client(TokenSource.of("k"), 0);
    var variables = homey.future(homey.logic().getVariables()).get(5, TimeUnit.SECONDS);
    assertEquals(3.0, variables.get("v1").value());
    var e = failure(homey.future(homey.logic().getVariable("nope")));
    assertEquals("variable_not_found", e.error());
    assertEquals("/api/manager/logic/variable/nope", e.path());
  }

  @Test void retrofitCallsTakeAPerCallTimeout() {
    server.enqueue(new MockResponse.Builder().headersDelay(1500, TimeUnit.MILLISECONDS).body("{}").build());
    client(TokenSource.of("k"), 0);
    var e = assertThrows(HomeyApiException.class,
        () -> homey.execute(homey.system().getInfo(), Duration.ofMillis(200)));
    assertEquals("timeout", e.error());
  }

  @Test void invokeByNamesExplainsUnknownNames() throws Exception {
    server.enqueue(json(200, "{\"id\":\"z1\"}"));
    client(TokenSource.of("k"), 0);
    assertEquals("{\"id\":\"z1\"}", homey.invoke("zones", "getZone", Map.of("id", "z1")).get(5, TimeUnit.SECONDS));
    var e = assertThrows(ExecutionException.class, () -> homey.invoke("zones", "getZoen", Map.of()).get());
    assertTrue(e.getCause().getMessage().contains("no operation \"getZoen\" in zones"), e.getCause().getMessage());
    assertTrue(e.getCause().getMessage().contains("getZone"), e.getCause().getMessage());
    var m = assertThrows(ExecutionException.class, () -> homey.invoke("zone", "getZone", Map.of()).get());
    assertTrue(m.getCause().getMessage().contains("no manager \"zone\""), m.getCause().getMessage());
  }

  @Test void badBuilderSettingsAreExplained() {
    var e = assertThrows(IllegalStateException.class, () -> HomeyClient.builder().build());
    assertTrue(e.getMessage().contains("address"));
    assertThrows(IllegalArgumentException.class, () -> HomeyClient.builder().maxRequestsInFlight(0));
    var bad = assertThrows(IllegalArgumentException.class, () -> HomeyClient.builder().address("http://"));
    assertTrue(bad.getMessage().contains("http://192.168.1.20"));
  }

  @Test void blockingCallsThrowTheHomeyApiExceptionItself() {
    server.enqueue(json(403, "{\"error\":\"missing_scopes\",\"error_description\":\"Missing Scopes\"}"));
    client(TokenSource.of("k"), 0);
    var e = assertThrows(IOException.class, () -> homey.call("DELETE", "/manager/zones/zone/z", null));
    assertEquals(403, assertInstanceOf(HomeyApiException.class, e).statusCode());
  }
}
