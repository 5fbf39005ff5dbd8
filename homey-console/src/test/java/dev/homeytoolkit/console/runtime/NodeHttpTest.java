package dev.homeytoolkit.console.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.console.runtime.store.StateStore;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Node's http and https globals, as hub scripts use them, against a mock server and the simulator. */
class NodeHttpTest {
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
    var result = runtime.run(Script.of("node-http.js", code).withTimeout(Duration.ofSeconds(10)));
    assertTrue(result.success(), result.output());
    return result;
  }

  String url(String path) {
    return server.url(path).toString();
  }

  @Test void getWithACallbackReadsStatusHeadersAndBody() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("X-Answer", "42").body("hello wörld").build());
    var result = run("""
        const res = await new Promise((ok, fail) => http.get('%s', ok).on('error', fail));
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => body += chunk);
        await new Promise((ok) => res.on('end', ok));
        return [res.statusCode, res.statusMessage, res.headers['x-answer'], res.httpVersion, body, res.complete];
        """.formatted(url("/hello?x=1")));
    assertEquals("[200,\"OK\",\"42\",\"1.1\",\"hello wörld\",true]", result.returns());
    var request = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("GET", request.getMethod());
    assertEquals("/hello?x=1", request.getTarget());
  }

  @Test void theHubsPromiseWrapperWorksUnchanged() {
    server.enqueue(new MockResponse.Builder().body("{\"token\":\"abc\"}").build());
    var result = run("""
        const body = await new Promise((ok, fail) => https.get('https://api.athom.com/delegation/token', res => {
          let d = ''; res.on('data', c => d += c); res.on('end', () => ok(d)); }).on('error', fail));
        return JSON.parse(body);""");
    assertEquals("{\"token\":\"abc\"}", result.returns());
  }

  @Test void postSendsBodyHeadersAndBasicAuth() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).body("made").build());
    var result = run("""
        const req = http.request({ hostname: '%s', port: %d, path: '/things?kind=lamp', method: 'post',
          auth: 'user:pa ss', headers: { 'Content-Type': 'application/json', 'X-One': '1' } });
        req.setHeader('X-Two', ['a', 'b']);
        req.removeHeader('x-one');
        const seen = [req.getHeader('content-type'), req.hasHeader('X-ONE'), Object.keys(req.getHeaders())];
        req.write('{"name":');
        req.write(Buffer.from('"wörld"'));
        const res = await new Promise((ok, fail) => { req.on('response', ok); req.on('error', fail); req.end('}'); });
        let late;
        try { req.setHeader('X-Late', '1'); } catch (e) { late = e.code; }
        return [res.statusCode, seen, late, req.method];
        """.formatted(server.getHostName(), server.getPort()));
    assertEquals("[201,[\"application/json\",false,[\"content-type\",\"host\",\"authorization\",\"x-two\"]],"
        + "\"ERR_HTTP_HEADERS_SENT\",\"POST\"]", result.returns());
    var request = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("POST", request.getMethod());
    assertEquals("/things?kind=lamp", request.getTarget());
    assertEquals("{\"name\":\"wörld\"}", request.getBody().utf8());
    assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"));
    assertEquals("Basic dXNlcjpwYSBzcw==", request.getHeaders().get("Authorization"));
    assertEquals(java.util.List.of("a", "b"), request.getHeaders().values("X-Two"));
    assertEquals(null, request.getHeaders().get("X-One"));
    assertEquals(server.getHostName() + ":" + server.getPort(), request.getHeaders().get("Host"));
  }

  @Test void headersCannotBeAppendedOnceSentAsInNode() {
    server.enqueue(new MockResponse.Builder().body("").build());
    var result = run("""
        const req = http.request('%s', { method: 'POST', headers: { 'X-One': '1' } });
        req.appendHeader('X-One', '2');
        req.flushHeaders();
        const late = [];
        for (const name of ['X-One', 'X-New']) {
          try { req.appendHeader(name, '3'); } catch (e) { late.push(e.code + ': ' + e.message); }
        }
        await new Promise((ok) => req.end(ok));
        return [late, req.getHeader('x-one')];
        """.formatted(url("/append")));
    assertEquals("[[\"ERR_HTTP_HEADERS_SENT: Cannot append headers after they are sent to the client\","
        + "\"ERR_HTTP_HEADERS_SENT: Cannot append headers after they are sent to the client\"],[\"1\",\"2\"]]",
        result.returns());
  }

  @Test void aHostHeaderTheScriptSetsIsSent() throws Exception {
    server.enqueue(new MockResponse.Builder().build());
    var result = run("""
        const req = http.request('%s');
        const shown = req.getHeader('host');
        req.setHeader('Host', 'example.org');
        await new Promise((ok) => req.end(ok));
        return shown;""".formatted(url("/host")));
    assertEquals("\"" + server.getHostName() + ":" + server.getPort() + "\"", result.returns());
    assertEquals("example.org", server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Host"));
  }

  @Test void repeatedHeadersAreShapedAsNodeShapesThem() {
    server.enqueue(new MockResponse.Builder().addHeader("Set-Cookie", "a=1").addHeader("Set-Cookie", "b=2")
        .addHeader("X-Multi", "1").addHeader("X-Multi", "2").addHeader("Content-Type", "text/plain")
        .addHeader("Content-Type", "text/html").body("").build());
    var result = run("""
        const res = await new Promise((ok) => http.get('%s', ok));
        return [res.headers['set-cookie'], res.headers['x-multi'], res.headers['content-type'],
          res.rawHeaders.filter((v, i) => i %% 2 === 0 && v === 'Set-Cookie').length, res.rawHeaders.slice(0, 4)];
        """.formatted(url("/cookies")));
    // headers: lower-case names, shaped as Node shapes them; rawHeaders: each line as the server sent it
    assertEquals("[[\"a=1\",\"b=2\"],\"1, 2\",\"text/plain\",2,[\"Set-Cookie\",\"a=1\",\"Set-Cookie\",\"b=2\"]]",
        result.returns());
  }

  @Test void chunksAreBuffersUnlessAnEncodingIsSet() {
    server.enqueue(new MockResponse.Builder().body("wörld").build());
    server.enqueue(new MockResponse.Builder().body("wörld").build());
    server.enqueue(new MockResponse.Builder().body("wörld").build());
    var result = run("""
        const read = (res) => new Promise((ok) => { const chunks = []; res.on('data', (c) => chunks.push(c));
          res.on('end', () => ok(chunks)); });
        const raw = await read(await new Promise((ok) => http.get('%1$s', ok)));
        const text = await read((await new Promise((ok) => http.get('%1$s', ok))).setEncoding('hex'));
        const iterated = [];
        for await (const chunk of await new Promise((ok) => http.get('%1$s', ok))) iterated.push(typeof chunk);
        return [Buffer.isBuffer(raw[0]), Buffer.concat(raw).toString(), typeof text[0], text.join(''), iterated];
        """.formatted(url("/text")));
    assertEquals("[true,\"wörld\",\"string\",\"77c3b6726c64\",[\"object\"]]", result.returns());
  }

  @Test void aNotFoundIsStillAResponse() {
    server.enqueue(new MockResponse.Builder().code(404).body("no such thing").build());
    var result = run("""
        const events = [];
        const res = await new Promise((ok, fail) => http.get('%s', ok).on('error', (e) => { events.push('error'); fail(e); }));
        let body = '';
        for await (const chunk of res) body += chunk;
        return [res.statusCode, body, events, http.STATUS_CODES[404]];
        """.formatted(url("/missing")));
    assertEquals("[404,\"no such thing\",[],\"Not Found\"]", result.returns());
  }

  @Test void aRefusedConnectionIsAnErrorEventWithNodesCode() {
    var result = run("""
        const err = await new Promise((ok) => http.get('http://127.0.0.1:9/', () => ok('answered')).on('error', ok));
        return [err instanceof Error, err.code, err.message, err.syscall, err.address, err.port];""");
    assertEquals("[true,\"ECONNREFUSED\",\"connect ECONNREFUSED 127.0.0.1:9\",\"connect\",\"127.0.0.1\",9]",
        result.returns());
  }

  @Test void destroyingARequestThatGetsNoAnswerEndsTheRunWithoutWaitingForIt() {
    server.enqueue(new MockResponse.Builder().body("late").headersDelay(20, TimeUnit.SECONDS).build());
    var result = run("""
        const outcome = await new Promise((ok) => {
          const req = http.get('%s');
          req.setTimeout(200, () => req.destroy(new Error('gave up')));
          req.on('error', (e) => ok(e.message));
        });
        return outcome;""".formatted(url("/never")));
    assertEquals("\"gave up\"", result.returns());
    assertTrue(result.elapsed().compareTo(Duration.ofSeconds(5)) < 0,
        "the run waited for the cancelled request: " + result.elapsed());
  }

  @Test void timeoutIsAnEventThatDoesNotAbortByItself() {
    server.enqueue(new MockResponse.Builder().body("slow").headersDelay(600, TimeUnit.MILLISECONDS).build());
    server.enqueue(new MockResponse.Builder().body("slow").headersDelay(600, TimeUnit.MILLISECONDS).build());
    var result = run("""
        const events = [];
        const aborted = new Promise((ok) => {
          const req = http.get('%1$s', () => events.push('aborted:response'));
          req.setTimeout(100, () => { events.push('aborted:timeout'); req.destroy(); });
          req.on('error', (e) => events.push('aborted:error:' + e.code + ':' + e.message));
          req.on('close', ok);
        });
        const waited = new Promise((ok) => {
          const req = http.get('%1$s', { timeout: 100 }, (res) => { events.push('waited:' + res.statusCode); ok(); });
          req.on('timeout', () => events.push('waited:timeout'));
        });
        await Promise.all([aborted, waited]);
        return events.sort();""".formatted(url("/slow")));
    assertEquals("[\"aborted:error:ECONNRESET:socket hang up\",\"aborted:timeout\",\"waited:200\",\"waited:timeout\"]",
        result.returns());
  }

  @Test void eventsFireAfterTheCallThatCausedThem() {
    server.enqueue(new MockResponse.Builder().body("x").build());
    var result = run("""
        const events = [];
        const req = http.request('%s');
        req.on('finish', () => events.push('finish'));
        const closed = new Promise((ok) => req.on('response', (res) => {
          events.push('response'); res.resume(); res.on('end', () => events.push('end'));
          res.on('close', () => { events.push('res close'); ok(); }); }));
        req.on('close', () => events.push('close'));
        req.end(() => events.push('end callback'));
        const atOnce = events.length;
        await closed;
        return [atOnce, events];""".formatted(url("/order")));
    // as Node 20 orders them
    assertEquals("[0,[\"finish\",\"end callback\",\"response\",\"end\",\"close\",\"res close\"]]",
        result.returns());
  }

  @Test void abortIsQuietBeforeTheRequestStartsAndAHangUpAfter() {
    server.enqueue(new MockResponse.Builder().body("slow").headersDelay(500, TimeUnit.MILLISECONDS).build());
    var result = run("""
        const record = (req, events) => new Promise((ok) => {
          req.on('abort', () => events.push('abort'));
          req.on('error', (e) => events.push('error:' + e.code + ':' + e.message));
          req.on('close', () => { events.push('close'); wait(20).then(ok); });
        });
        const early = [], late = [];
        const first = http.get('%1$s');
        const firstDone = record(first, early);
        first.abort();
        const second = http.get('%1$s', () => late.push('response'));
        second.setTimeout(100, () => { late.push('timeout'); second.abort(); });
        await Promise.all([firstDone, record(second, late)]);
        return [early, late];""".formatted(url("/slow")));
    // as Node 20 orders them
    assertEquals("[[\"close\",\"abort\"],[\"timeout\",\"abort\",\"error:ECONNRESET:socket hang up\",\"close\"]]",
        result.returns());
    assertEquals(1, server.getRequestCount(), "the request aborted at once must not be sent");
  }

  @Test void aResponseNobodyReadsDoesNotHoldTheRun() throws Exception {
    server.enqueue(new MockResponse.Builder().body("ignored").build());
    var result = run("""
        const status = await new Promise((ok) => http.get('%s', (res) => ok(res.statusCode)));
        return status;""".formatted(url("/unread")));
    assertEquals("200", result.returns());
    assertTrue(result.elapsed().toMillis() < 5_000, "the run waited for an unread response: " + result.elapsed());
  }

  @Test void protocolMismatchIsNodesTypeError() {
    var result = run("""
        const errors = [];
        try { http.get('https://example.com/'); } catch (e) { errors.push([e.name, e.code, e.message]); }
        try { https.request({ protocol: 'http:', host: 'example.com' }); } catch (e) { errors.push(e.message); }
        return errors;""");
    assertEquals("[[\"TypeError\",\"ERR_INVALID_PROTOCOL\",\"Protocol \\\"https:\\\" not supported. Expected "
        + "\\\"http:\\\"\"],\"Protocol \\\"http:\\\" not supported. Expected \\\"https:\\\"\"]", result.returns());
  }

  @Test void theModulesHaveNodesShapeAndNoWayToTheHost() {
    var result = run("""
        const shape = [Object.keys(http).sort().join(), Object.keys(https).sort().join(),
          http.METHODS.includes('PATCH'), new http.Agent({ keepAlive: true }).keepAlive,
          https.globalAgent.defaultPort, typeof http.globalAgent];
        const leaks = [typeof __host, '__host' in globalThis, typeof Java, typeof require, typeof process,
          http.request.constructor('return typeof __host')()];
        return [shape, leaks];""");
    assertEquals("[[\"Agent,ClientRequest,IncomingMessage,METHODS,STATUS_CODES,createServer,get,globalAgent,"
        + "maxHeaderSize,request,validateHeaderName,validateHeaderValue\",\"Agent,createServer,get,globalAgent,request\","
        + "true,true,443,\"object\"],[\"undefined\",false,\"undefined\",\"undefined\",\"undefined\",\"undefined\"]]",
        result.returns());
  }

  @Test void anErrorNobodyListensForFailsTheRunAtOnce() {
    var result = runtime.run(Script.of("uncaught.js", """
        http.get('http://127.0.0.1:9/');
        await wait(8000);
        return 'not reached';""").withTimeout(Duration.ofSeconds(10)));
    assertFalse(result.success());
    assertFalse(result.timedOut(), "it waited for its time limit");
    assertTrue(result.error().contains("Error: connect ECONNREFUSED 127.0.0.1:9"), result.error());
    assertTrue(result.elapsed().compareTo(Duration.ofSeconds(8)) < 0, "the run went on after the error");
  }

  @Test void httpsReachesTheSimulatorThroughTheAthomHosts() throws Exception {
    try (var sim = HomeySimulator.start();
        var simRuntime = ScriptRuntime.builder().state(StateStore.at(dir)).footers(false)
            .homey(HomeyClient.builder().address(sim.baseUrl()).homeyId(sim.homeyId())
                .tokenSource(TokenSource.of(sim.apiKey())).build(), sim.homeyName())
            .athomHosts(sim.baseUrl()).build()) {
      var result = simRuntime.run(Script.of("sim.js", """
          const devices = await new Promise((ok, fail) => {
            const req = https.request({ host: '%s.connect.athom.com', path: '/api/manager/devices/device/',
              headers: { Authorization: 'Bearer %s' } }, (res) => {
                let d = ''; res.setEncoding('utf8'); res.on('data', (c) => d += c);
                res.on('end', () => res.statusCode === 200 ? ok(JSON.parse(d)) : fail(new Error(res.statusCode + d)));
              });
            req.on('error', fail);
            req.end();
          });
          const viaHomey = await Homey.devices.getDevices();
          return Object.keys(devices).length > 0 && Object.keys(devices).sort().join() === Object.keys(viaHomey).sort().join();
          """.formatted(sim.homeyId(), sim.apiKey())).withTimeout(Duration.ofSeconds(20)));
      assertTrue(result.success(), result.output());
      assertEquals("true", result.returns());
      assertFalse(result.output().contains(sim.apiKey()), "the key must not be printed");
    }
  }
}
