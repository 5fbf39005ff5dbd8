package dev.homeytoolkit.console.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.runtime.store.StateStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host side of fetch: one request per call, no redirects followed, repeated headers kept, failures typed. */
class HttpBridgeTest {
  @TempDir Path dir;
  MockWebServer server;
  ScriptRuntime runtime;

  @BeforeEach void start() throws Exception {
    server = new MockWebServer();
    server.start();
    runtime = ScriptRuntime.builder().state(StateStore.at(dir)).footers(false)
        .athomHosts(server.url("/").toString()).build();
  }

  @AfterEach void stop() throws Exception {
    runtime.close();
    server.close();
  }

  ScriptResult run(String code) {
    var result = runtime.run(Script.of("http.js", code));
    assertTrue(result.success(), result.output());
    return result;
  }

  @Test void binaryAndTextBodiesArriveByteForByte() throws Exception {
    var binary = new okio.Buffer().write(new byte[] {(byte) 0xff, 0x00, (byte) 0xc3, 0x28, 0x41});
    server.enqueue(new MockResponse.Builder().body(binary).build());
    server.enqueue(new MockResponse.Builder().body("wörld ✅").build());
    var result = run("""
        const bin = await fetch('%1$s');
        const text = await fetch('%1$s');
        const bytes = await text.clone().buffer();
        return [(await bin.buffer()).toString('hex'), await text.text(), bytes.toString('hex')];
        """.formatted(server.url("/bytes")));
    assertEquals("[\"ff00c32841\",\"wörld ✅\",\"77c3b6726c6420e29c85\"]", result.returns());
  }

  @Test void sendsMethodHeadersAndBodyAndReadsTheAnswer() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Set-Cookie", "a=1")
        .addHeader("Set-Cookie", "b=2").body("{\"ok\":true}").build());
    var result = run("""
        const res = await fetch('%s', { method: 'POST', headers: { 'content-type': 'application/json', 'x-one': '1' },
                                       body: JSON.stringify({ hello: 'wörld' }) });
        return { status: res.status, cookies: res.headers.raw()['set-cookie'], body: await res.json() };
        """.formatted(server.url("/things")));
    assertEquals("{\"status\":201,\"cookies\":[\"a=1\",\"b=2\"],\"body\":{\"ok\":true}}", result.returns());
    var request = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("POST", request.getMethod());
    assertEquals("/things", request.getUrl().encodedPath());
    assertEquals("1", request.getHeaders().get("x-one"));
    assertEquals("{\"hello\":\"wörld\"}", request.getBody().utf8());
  }

  @Test void redirectsAreLeftToFetch() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/elsewhere?code=abc").build());
    var result = run("""
        const res = await fetch('%s', { redirect: 'manual' });
        return [res.status, res.headers.get('location'), res.headers['_headers'].location[0]];
        """.formatted(server.url("/start")));
    assertTrue(result.returns().startsWith("[302,\"http://"), result.returns());
    assertTrue(result.returns().contains("/elsewhere?code=abc"), result.returns());
    assertEquals(1, server.getRequestCount());
  }

  @Test void theAthomHostsAreMappedKeepingPathAndQuery() throws Exception {
    server.enqueue(new MockResponse.Builder().body("\"jwt\"").build());
    var result = run("""
        const res = await fetch('https://api.athom.com/delegation/token?audience=homey', { method: 'POST', body: 'x' });
        return [res.url, await res.json()];""");
    assertEquals("[\"https://api.athom.com/delegation/token?audience=homey\",\"jwt\"]", result.returns());
    assertEquals("/delegation/token?audience=homey", server.takeRequest(1, TimeUnit.SECONDS).getTarget());
  }

  @Test void failuresAreTyped() throws Exception {
    server.enqueue(new MockResponse.Builder().body("late").headersDelay(2, TimeUnit.SECONDS).build());
    var result = run("""
        const errors = [];
        try { await fetch('%s', { timeout: 200 }); } catch (e) { errors.push([e.name, e.type]); }
        try { await fetch('http://127.0.0.1:9/'); } catch (e) { errors.push([e.name, e.type, e.code]); }
        return errors;""".formatted(server.url("/slow")));
    assertEquals("[[\"FetchError\",\"request-timeout\"],[\"FetchError\",\"system\",\"ECONNREFUSED\"]]",
        result.returns());
  }
}
