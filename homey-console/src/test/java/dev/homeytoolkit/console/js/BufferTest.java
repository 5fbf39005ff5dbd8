package dev.homeytoolkit.console.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** buffer.js: the expected values are what Node 20 prints for the same expressions. */
class BufferTest {
  private static JsHarness js;

  @BeforeAll static void start() {
    js = new JsHarness();
  }

  @AfterAll static void stop() {
    js.close();
  }

  private String s(String expression) {
    return js.evalString("String(" + expression + ")");
  }

  @Test void utf8EncodesSurrogatePairsAsOneCharacterAndLoneSurrogatesAsReplacement() {
    assertEquals("61c3a9f09f9880", s("Buffer.from('a\u00e9\\ud83d\\ude00').toString('hex')"));
    assertEquals("efbfbd78", s("Buffer.from('\\ud800x').toString('hex')"));
    assertEquals("a\u00e9\uD83D\uDE00", s("Buffer.from('a\u00e9\\ud83d\\ude00').toString()"));
    assertEquals("7", s("Buffer.byteLength('a\u00e9\\ud83d\\ude00')"));
  }

  @Test void malformedUtf8DecodesToReplacementCharacters() {
    assertEquals("\uFFFD\uFFFDA", s("Buffer.from([0xff, 0xfe, 0x41]).toString()"));
    assertEquals("\uFFFD", s("Buffer.from([0xe2, 0x82]).toString('utf8')"));
  }

  @Test void encodings() {
    assertEquals("hello world", s("Buffer.from('aGVsbG8gd29ybGQ', 'base64').toString()"));
    assertEquals("aGVsbG8=", s("Buffer.from('hello').toString('base64')"));
    assertEquals("aGVsbG8", s("Buffer.from('hello').toString('base64url')"));
    assertEquals("-_8", s("Buffer.from([0xfb, 0xff]).toString('base64url')"));
    assertEquals("fbff", s("Buffer.from('-_8', 'base64url').toString('hex')"));
    assertEquals("12", s("Buffer.from('12zz34', 'hex').toString('hex')")); // stops at the first bad pair
    assertEquals("68e96c6c6f", s("Buffer.from('h\u00e9llo', 'latin1').toString('hex')"));
    assertEquals("h\u00e9llo", s("Buffer.from('68e96c6c6f', 'hex').toString('binary')"));
    assertEquals("61006200", s("Buffer.from('ab', 'ucs2').toString('hex')"));
    assertEquals("ab", s("Buffer.from('61006200', 'hex').toString('utf16le')"));
    assertEquals("i", s("Buffer.from([0xe9]).toString('ascii')"));
    assertEquals("ell", s("Buffer.from('hello').toString('utf-8', 1, 4)"));
    assertEquals("TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope",
        s("(() => { try { Buffer.from('x', 'nope'); } catch (e) { return [e.name, e.code, e.message].join(' '); } })()"));
  }

  @Test void bufferIsAUint8ArraySubclassAndMethodsKeepTheType() {
    assertEquals("true true true true", s("[Buffer.from('x') instanceof Uint8Array, Buffer.isBuffer(Buffer.from('x').subarray(0)),"
        + " Buffer.from('ab').map(x => x + 1) instanceof Buffer, Buffer.isBuffer(Buffer.alloc(2).slice(1))].join(' ')"));
    assertEquals("false", s("Buffer.isBuffer(new Uint8Array(2))"));
    assertEquals("jello", s("(() => { const b = Buffer.from('hello'); b.slice(0, 1)[0] = 0x6a; return b.toString(); })()"));
    assertEquals("hi", s("Buffer('hi').toString()")); // the old call without new still works
  }

  @Test void staticHelpers() {
    assertEquals("ababa", s("Buffer.alloc(5, 'ab').toString()"));
    assertEquals("0,0,0", s("Array.from(Buffer.alloc(3))"));
    assertEquals("3", s("Buffer.allocUnsafe(3).length"));
    assertEquals("ab", s("Buffer.concat([Buffer.from('a'), Buffer.from('bc')], 2).toString()"));
    assertEquals("abc", s("Buffer.concat([Buffer.from('a'), Buffer.from('bc')]).toString()"));
    assertEquals("2", s("Buffer.byteLength('aGk=', 'base64')"));
    assertEquals("-1 1 0", s("[Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), "
        + "Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('ab'))].join(' ')"));
    assertEquals("true false", s("[Buffer.from('ab').equals(Buffer.from('ab')), Buffer.from('ab').equals(Buffer.from('ac'))].join(' ')"));
    assertEquals("true false", s("[Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope')].join(' ')"));
    assertEquals("{\"type\":\"Buffer\",\"data\":[97,98]}", s("JSON.stringify(Buffer.from('ab'))"));
    assertEquals("ab", s("Buffer.from(JSON.parse(JSON.stringify(Buffer.from('ab')))).toString()"));
    assertEquals("bc", s("Buffer.from(new Uint8Array([97, 98, 99]).buffer, 1).toString()"));
    assertEquals("1,2,255", s("Array.from(Buffer.from([1, 2, 511]))"));
  }

  @Test void writeNeverSplitsACharacter() {
    assertEquals("4 61e282ac", s("(() => { const w = Buffer.alloc(4); return w.write('a\u20acb') + ' ' + w.toString('hex'); })()"));
    assertEquals("3 00616263", s("(() => { const w = Buffer.alloc(4); return w.write('abcdef', 1) + ' ' + w.toString('hex'); })()"));
    assertEquals("2 6869", s("(() => { const w = Buffer.alloc(2); return w.write('6869', 'hex') + ' ' + w.toString('hex'); })()"));
  }

  @Test void readsAndWritesIntegers() {
    assertEquals("4 deadbeef 48813 44478", s("(() => { const x = Buffer.alloc(4); return [x.writeUInt32BE(0xdeadbeef, 0), "
        + "x.toString('hex'), x.readUInt16LE(1), x.readUInt16BE(1)].join(' '); })()"));
    assertEquals("-2 254 65534", s("(() => { const x = Buffer.alloc(4); x.writeInt16LE(-2, 0); return [x.readInt8(0), "
        + "x.readUInt8(0), x.readUint16LE(0)].join(' '); })()"));
    assertEquals("RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1",
        s("(() => { try { Buffer.alloc(4).readUInt32LE(1); } catch (e) { return [e.name, e.code, e.message].join(' '); } })()"));
    assertTrue(s("(() => { try { Buffer.alloc(1).writeUInt8(300); } catch (e) { return e.message; } })()")
        .contains("out of range"));
  }

  @Test void searchesForStringsBytesAndBuffers() {
    assertEquals("4 7 7 true false 1 2", s("(() => { const b = Buffer.from('hello world'); return [b.indexOf('o'), "
        + "b.indexOf('o', 5), b.lastIndexOf('o'), b.includes('ell'), b.includes('xyz'), b.indexOf(0x65), "
        + "b.indexOf(Buffer.from('ll'))].join(' '); })()"));
  }

  @Test void inspectsLikeNode() {
    assertEquals("<Buffer 68 69>", js.inspect("Buffer.from('hi')"));
    assertEquals("<Buffer >", js.inspect("Buffer.alloc(0)"));
    assertEquals("{ b: <Buffer 68 c3 a9> }", js.inspect("{b: Buffer.from('h\u00e9')}"));
    assertTrue(js.inspect("Buffer.alloc(60)").endsWith("00 ... 10 more bytes>"));
  }
}
