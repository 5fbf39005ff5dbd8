package dev.homeytoolkit.console.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.homeytoolkit.console.js.JsHarness.Reply;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** fetch.js against a fake host: what node-fetch 2.7 sends, answers and rejects with. */
class FetchTest {
  private static JsHarness js;

  @BeforeAll static void start() {
    js = new JsHarness();
  }

  @AfterAll static void stop() {
    js.close();
  }

  @BeforeEach void reset() {
    js.requests.clear();
    js.replies.clear();
    js.handler = null;
  }

  private void reply(int status, String headersJson, String body) {
    js.replies.add(Reply.response(status, headersJson, body));
  }

  /** The request's headers as "name: value" lines in the order sent. */
  private List<String> headers(int request) {
    Value pairs = js.request(request).getMember("headers");
    var out = new ArrayList<String>();
    for (long i = 0; i < pairs.getArraySize(); i++) {
      out.add(pairs.getArrayElement(i).getArrayElement(0).asString() + ": "
          + pairs.getArrayElement(i).getArrayElement(1).asString());
    }
    return out;
  }

  @Test void getSendsNodeFetchDefaultsAndReadsTheAnswer() {
    reply(200, "[[\"content-type\",\"application/json\"]]", "{\"a\":[1,2]}");
    Value r = js.run("""
        const res = await fetch('https://Example.com/api?q=1');
        return [res.ok, res.status, res.statusText, res.url, res.redirected, res.headers.get('Content-Type'),
                JSON.stringify(await res.json())].join('|');
        """);
    assertEquals("true|200|OK|https://example.com/api?q=1|false|application/json|{\"a\":[1,2]}", r.asString());
    Value req = js.request(0);
    assertEquals("GET", req.getMember("method").asString());
    assertEquals("https://example.com/api?q=1", req.getMember("url").asString());
    assertTrue(req.getMember("body").isNull());
    assertEquals(0, req.getMember("timeoutMs").asInt());
    assertEquals(List.of("Accept: */*", "User-Agent: node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
        headers(0));
  }

  @Test void stringBodyGetsTextContentTypeAndUtf8Length() {
    reply(201, "[]", "");
    js.run("await fetch('http://h/x', {method: 'post', body: 'h\u00e9'});");
    Value req = js.request(0);
    assertEquals("POST", req.getMember("method").asString());
    assertEquals("h\u00e9", req.getMember("body").asString());
    assertFalse(req.getMember("bodyBase64").asBoolean());
    assertEquals(List.of("Content-Type: text/plain;charset=UTF-8", "Accept: */*", "Content-Length: 3",
        "User-Agent: node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"), headers(0));
  }

  @Test void urlSearchParamsBodyIsAForm() {
    reply(200, "[]", "");
    js.run("await fetch('http://h/x', {method: 'POST', body: new URLSearchParams({user: 'a b', pw: '&'})});");
    assertEquals("user=a+b&pw=%26", js.request(0).getMember("body").asString());
    assertTrue(headers(0).contains("Content-Type: application/x-www-form-urlencoded;charset=UTF-8"));
  }

  @Test void bufferBodyTravelsAsBase64WithoutContentType() {
    reply(200, "[]", "");
    js.run("await fetch('http://h/x', {method: 'PUT', body: Buffer.from([0, 255, 1])});");
    Value req = js.request(0);
    assertTrue(req.getMember("bodyBase64").asBoolean());
    assertEquals("AP8B", req.getMember("body").asString());
    assertTrue(headers(0).contains("Content-Length: 3"));
    assertTrue(headers(0).stream().noneMatch(h -> h.toLowerCase().startsWith("content-type")));
  }

  @Test void headersOptionAcceptsObjectsPairsAndHeadersAndKeepsTheUsersContentType() {
    reply(200, "[]", "");
    reply(200, "[]", "");
    reply(200, "[]", "");
    js.run("""
        await fetch('http://h/1', {method: 'POST', body: 'x', headers: {'content-type': 'application/json', Accept: 'text/html'}});
        await fetch('http://h/2', {headers: [['X-A', '1'], ['x-a', '2']]});
        await fetch('http://h/3', {headers: new fetch.Headers({authorization: 'Bearer t'})});
        """);
    assertEquals(List.of("content-type: application/json", "Accept: text/html", "Content-Length: 1",
        "User-Agent: node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"), headers(0));
    assertTrue(headers(1).containsAll(List.of("X-A: 1", "X-A: 2")));
    assertTrue(headers(2).contains("authorization: Bearer t"));
  }

  @Test void responseHeadersJoinRepeatsAndRawKeepsThem() {
    // names as a server writes them: node-fetch sees them lower-case, as Node hands them over
    reply(200, "[[\"Set-Cookie\",\"a=1; Path=/\"],[\"set-cookie\",\"_csrf=xyz; Path=/\"],[\"X-N\",\"1\"]]", "ok");
    Value r = js.run("""
        const res = await fetch('http://h/');
        const raw = res.headers.raw();
        const seen = [];
        res.headers.forEach((v, k) => seen.push(k + '=' + v));
        return [res.headers.get('Set-Cookie'), raw['set-cookie'].length, raw['set-cookie'][1],
                res.headers['_headers']['set-cookie'][0], res.headers.has('X-N'), [...res.headers.keys()].join(','),
                seen.join(';')].join('|');
        """);
    assertEquals("a=1; Path=/, _csrf=xyz; Path=/|2|_csrf=xyz; Path=/|a=1; Path=/|true|set-cookie,x-n|"
        + "set-cookie=a=1; Path=/, _csrf=xyz; Path=/;x-n=1", r.asString());
  }

  @Test void bodyCanBeReadOnceUnlessCloned() {
    reply(200, "[]", "h\u00e9llo");
    Value r = js.run("""
        const res = await fetch('http://h/');
        const copy = res.clone();
        const text = await res.text();
        let second;
        try { await res.text(); } catch (e) { second = e.name + ': ' + e.message; }
        const buf = await copy.buffer();
        return [text, res.bodyUsed, second, Buffer.isBuffer(buf), buf.length, copy.bodyUsed].join('|');
        """);
    assertEquals("h\u00e9llo|true|TypeError: body used already for: http://h/|true|6|true", r.asString());
  }

  @Test void arrayBufferHasTheBytes() {
    reply(200, "[]", "abc");
    assertEquals("3:97", js.run("""
        const ab = await (await fetch('http://h/')).arrayBuffer();
        return ab.byteLength + ':' + new Uint8Array(ab)[0];
        """).asString());
  }

  @Test void invalidJsonIsAFetchError() {
    reply(200, "[]", "<html>");
    Value e = js.runFailing("await (await fetch('http://h/page')).json();");
    assertEquals("FetchError", e.getMember("name").asString());
    assertEquals("invalid-json", e.getMember("type").asString());
    assertTrue(e.getMember("message").asString().startsWith("invalid json response body at http://h/page reason: "));
    assertTrue(js.eval("e => e instanceof Error && e instanceof fetch.FetchError").execute(e).asBoolean());
  }

  @Test void followsRedirectsLikeNodeFetch() {
    reply(302, "[[\"location\",\"/next?x=1\"]]", "");
    reply(307, "[[\"location\",\"https://other.example/final\"]]", "");
    reply(200, "[]", "done");
    Value r = js.run("""
        const res = await fetch('http://h/start', {method: 'POST', body: 'data', headers: {Authorization: 'Bearer t'}});
        return [res.status, res.url, res.redirected, await res.text()].join('|');
        """);
    assertEquals("200|https://other.example/final|true|done", r.asString());
    // 302 after POST: GET without body; the host keeps the Authorization header (same host)
    assertEquals("http://h/next?x=1", js.request(1).getMember("url").asString());
    assertEquals("GET", js.request(1).getMember("method").asString());
    assertTrue(js.request(1).getMember("body").isNull());
    assertTrue(headers(1).contains("Authorization: Bearer t"));
    // 307 keeps the method; another host does not get the credentials
    assertEquals("GET", js.request(2).getMember("method").asString());
    assertTrue(headers(2).stream().noneMatch(h -> h.toLowerCase().startsWith("authorization")));
  }

  @Test void redirect307KeepsMethodAndBody() {
    reply(307, "[[\"location\",\"b\"]]", "");
    reply(200, "[]", "");
    js.run("await fetch('http://h/dir/a', {method: 'PUT', body: 'x'});");
    assertEquals("http://h/dir/b", js.request(1).getMember("url").asString());
    assertEquals("PUT", js.request(1).getMember("method").asString());
    assertEquals("x", js.request(1).getMember("body").isNull() ? null
        : js.eval("(b, f) => f ? Buffer.from(b, 'base64').toString() : b")
            .execute(js.request(1).getMember("body"), js.request(1).getMember("bodyBase64")).asString());
  }

  @Test void stopsAfterFollowRedirects() {
    js.handler = req -> Reply.response(302, "[[\"location\",\"/again\"]]", "");
    Value e = js.runFailing("await fetch('http://h/', {follow: 2});");
    assertEquals("max-redirect", e.getMember("type").asString());
    assertEquals("maximum redirect reached at: http://h/again", e.getMember("message").asString());
    assertEquals(3, js.requests.size());
  }

  @Test void manualRedirectAnswersTheRedirectWithAnAbsoluteLocation() {
    reply(302, "[[\"location\",\"/cb?code=abc123\"]]", "Found");
    Value r = js.run("""
        const res = await fetch('https://accounts.example/authorise?x=1', {method: 'POST', body: 'a=b', redirect: 'manual'});
        return [res.status, res.redirected, res.headers.get('location'), res.headers['_headers'].location[0].split('=')[1],
                await res.text()].join('|');
        """);
    assertEquals("302|false|https://accounts.example/cb?code=abc123|abc123|Found", r.asString());
    assertEquals(1, js.requests.size());
  }

  @Test void redirectErrorModeRejects() {
    reply(301, "[[\"location\",\"/x\"]]", "");
    Value e = js.runFailing("await fetch('http://h/', {redirect: 'error'});");
    assertEquals("no-redirect", e.getMember("type").asString());
    assertEquals("uri requested responds with a redirect, redirect mode is set to error: http://h/",
        e.getMember("message").asString());
  }

  @Test void timeoutIsPassedOnAndAHostTimeoutBecomesARequestTimeoutError() {
    js.replies.add(Reply.failure("request-timeout", null, "timeout"));
    Value e = js.runFailing("await fetch('http://h/slow', {timeout: 250});");
    assertEquals(250, js.request(0).getMember("timeoutMs").asInt());
    assertEquals("FetchError", e.getMember("name").asString());
    assertEquals("request-timeout", e.getMember("type").asString());
    assertEquals("network timeout at: http://h/slow", e.getMember("message").asString());
  }

  @Test void systemErrorsCarryTheirCode() {
    js.replies.add(Reply.failure("system", "ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:9"));
    Value e = js.runFailing("await fetch('http://127.0.0.1:9/');");
    assertEquals("system", e.getMember("type").asString());
    assertEquals("ECONNREFUSED", e.getMember("code").asString());
    assertEquals("ECONNREFUSED", e.getMember("errno").asString());
    assertEquals("request to http://127.0.0.1:9/ failed, reason: connect ECONNREFUSED 127.0.0.1:9",
        e.getMember("message").asString());
    assertTrue(js.eval("e => __util.inspect(e)").execute(e).asString()
        .startsWith("FetchError: request to http://127.0.0.1:9/ failed"));
  }

  @Test void sizeLimitRejectsWhenTheBodyIsRead() {
    reply(200, "[]", "0123456789");
    Value e = js.runFailing("const res = await fetch('http://h/big', {size: 4}); await res.text();");
    assertEquals("max-size", e.getMember("type").asString());
    assertEquals("content size at http://h/big over limit: 4", e.getMember("message").asString());
  }

  @Test void onlyAbsoluteHttpUrlsAndNoBodyOnGet() {
    Value relative = js.runFailing("await fetch('/api/manager/devices');");
    assertEquals("TypeError: Only absolute URLs are supported", relative.toString());
    Value ftp = js.runFailing("await fetch('ftp://h/file');");
    assertEquals("TypeError: Only HTTP(S) protocols are supported", ftp.toString());
    Value get = js.runFailing("await fetch('http://h/', {body: 'x'});");
    assertEquals("TypeError: Request with GET/HEAD method cannot have body", get.toString());
    assertTrue(js.requests.isEmpty());
  }

  @Test void browserOptionsAreIgnored() {
    reply(200, "[]", "");
    js.run("await fetch('https://h/', {mode: 'cors', credentials: 'include', referrerPolicy: 'no-referrer', cache: 'no-store'});");
    assertEquals(2, headers(0).size());
  }

  @Test void exposesTheClassesOnFetchOnly() {
    assertEquals("function function function function undefined undefined", js.evalString(
        "[typeof fetch.Headers, typeof fetch.Request, typeof fetch.Response, typeof fetch.FetchError, typeof Headers,"
            + " typeof globalThis.__host].join(' ')"));
  }

  @Test void headersAreCaseInsensitiveAndValidated() {
    Value r = js.run("""
        const h = new fetch.Headers({'X-One': '1'});
        h.append('x-one', '2');
        h.set('Content-Type', 'text/plain');
        const before = h.get('x-ONE');
        h.delete('X-ONE');
        let bad;
        try { h.set('bad name', 'x'); } catch (e) { bad = e.message; }
        return [before, h.has('x-one'), JSON.stringify([...h]), bad].join('|');
        """);
    assertEquals("1, 2|false|[[\"content-type\",\"text/plain\"]]|bad name is not a legal HTTP header name", r.asString());
  }

  @Test void responsesCanBeBuiltByScripts() {
    Value r = js.run("""
        const res = new fetch.Response('{"x":1}', {status: 404, headers: {a: 'b'}});
        return [res.status, res.ok, res.statusText, res.headers.get('content-type'), (await res.json()).x].join('|');
        """);
    assertEquals("404|false|Not Found|text/plain;charset=UTF-8|1", r.asString());
  }

  @Test void theSeedGuidesReadsWork() {
    // The seed guide's token script: a form login, a cookie read through raw(), then a manual redirect read through
    // the node-fetch v1 `_headers` map.
    reply(200, "[[\"set-cookie\",\"_csrf=c00kie; Path=/; HttpOnly\"],[\"set-cookie\",\"other=1\"]]",
        "<input type=\"hidden\" name=\"_csrf\" value=\"tok3n\">");
    reply(302, "[[\"location\",\"http://localhost/?code=the-code\"]]", "");
    Value r = js.run("""
        const response3 = await fetch('https://accounts.athom.com/oauth2/authorise?client_id=c', {"headers": {},
          "method": "GET", "mode": "cors", "credentials": "include"})
        let raw = response3.headers.raw()['set-cookie']
        let cookiecsrf = null
        raw.forEach(el => { let dc = el.split('='); if (dc[0] === '_csrf') { cookiecsrf = dc[1] } })
        const response4 = await fetch('https://accounts.athom.com/authorise?client_id=c', {
          "headers": {"content-type": "application/x-www-form-urlencoded", "cookie": '_csrf=' + cookiecsrf},
          "redirect": "manual", "body": "resource=x&_csrf=y&allow=Allow", "method": "POST"});
        return [cookiecsrf, response4.headers['_headers'].location[0].split('=')[1]].join('|');
        """);
    assertEquals("c00kie; Path|the-code", r.asString());
    assertTrue(headers(1).contains("cookie: _csrf=c00kie; Path"));
  }
}
