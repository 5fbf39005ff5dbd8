// buffer.js: Node's Buffer (the parts HomeyScripts use), in plain ECMAScript.
//
// Buffer is a Uint8Array subclass built the way Node builds it (a FastBuffer class whose prototype is
// Buffer.prototype), so `Buffer.from(...) instanceof Uint8Array`, `buf.map(...)` and `buf.subarray()` give Buffers,
// and `buf.slice()` is a view sharing memory, as in Node. Encodings: utf8/utf-8, hex, base64, base64url,
// latin1/binary, ascii, ucs2/ucs-2/utf16le/utf-16le. UTF-8 is encoded from code points (surrogate pairs become one
// 4-byte sequence, lone surrogates become U+FFFD) and decoded with WHATWG replacement of malformed sequences.
(function () {
  'use strict';

  class FastBuffer extends Uint8Array {
    // eslint-disable-next-line no-useless-constructor
    constructor(bufferOrLength, byteOffset, length) {
      super(bufferOrLength, byteOffset, length);
    }
  }

  function errorWithCode(Type, code, message) {
    const err = new Type(message);
    err.code = code;
    return err;
  }
  const invalidArgType = (name, expected, actual) => errorWithCode(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be ${expected}. Received ${describe(actual)}`);
  function describe(value) {
    if (value == null) return String(value);
    if (typeof value === 'function') return `function ${value.name}`;
    if (typeof value === 'object') {
      if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
      return 'an instance of Object';
    }
    let shown = String(value);
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    if (typeof value === 'string') shown = `'${shown}'`;
    return `type ${typeof value} (${shown})`;
  }
  function outOfRange(name, range, received) {
    return errorWithCode(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
  }

  /**
   * Buffer(arg, encodingOrOffset, length): callable with or without `new` (deprecated in Node, still used by old
   * scripts). Also what Uint8Array methods call through Symbol.species, so it must accept (length) and
   * (arrayBuffer, byteOffset, length).
   */
  function Buffer(arg, encodingOrOffset, length) {
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') {
        throw invalidArgType('string', 'of type string', arg);
      }
      return Buffer.alloc(arg);
    }
    return Buffer.from(arg, encodingOrOffset, length);
  }
  Buffer.prototype = FastBuffer.prototype;
  Object.defineProperty(FastBuffer.prototype, 'constructor', {
    value: Buffer, writable: true, enumerable: false, configurable: true,
  });
  Object.setPrototypeOf(Buffer, Uint8Array);
  Buffer.poolSize = 8192;

  // ---- encodings ----
  function normalizeEncoding(enc) {
    if (enc == null || enc === '') return 'utf8';
    switch (String(enc).toLowerCase()) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'hex': return 'hex';
      case 'base64': return 'base64';
      case 'base64url': return 'base64url';
      case 'latin1': case 'binary': return 'latin1';
      case 'ascii': return 'ascii';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
      default: return undefined;
    }
  }
  function getEncoding(enc) {
    const normalized = normalizeEncoding(enc);
    if (normalized === undefined) {
      throw errorWithCode(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
    }
    return normalized;
  }

  function utf8Encode(str) {
    const out = [];
    for (let i = 0; i < str.length; i++) {
      let cp = str.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const next = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
        if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
          i++;
        } else {
          cp = 0xfffd;
        }
      }
      if (cp < 0x80) {
        out.push(cp);
      } else if (cp < 0x800) {
        out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
      } else if (cp < 0x10000) {
        out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      } else {
        out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      }
    }
    return out;
  }

  function utf8ByteLength(str) {
    let n = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length &&
        str.charCodeAt(i + 1) >= 0xdc00 && str.charCodeAt(i + 1) <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }

  function unitsToString(units, out) {
    return out + String.fromCharCode.apply(null, units);
  }

  function utf8Decode(bytes, start, end) {
    let out = '';
    let units = [];
    let i = start;
    while (i < end) {
      const b = bytes[i];
      if (b < 0x80) {
        units.push(b);
        i++;
      } else {
        let need;
        let cp;
        let lower = 0x80;
        let upper = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
          need = 1;
          cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          need = 2;
          cp = b & 0x0f;
          if (b === 0xe0) lower = 0xa0;
          if (b === 0xed) upper = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
          need = 3;
          cp = b & 0x07;
          if (b === 0xf0) lower = 0x90;
          if (b === 0xf4) upper = 0x8f;
        } else {
          units.push(0xfffd);
          i++;
          continue;
        }
        let j = i + 1;
        let ok = true;
        for (let k = 0; k < need; k++) {
          if (j >= end) {
            ok = false;
            break;
          }
          const c = bytes[j];
          if (c < lower || c > upper) {
            ok = false;
            break;
          }
          lower = 0x80;
          upper = 0xbf;
          cp = (cp << 6) | (c & 0x3f);
          j++;
        }
        if (!ok) {
          units.push(0xfffd);
        } else if (cp > 0xffff) {
          cp -= 0x10000;
          units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
        } else {
          units.push(cp);
        }
        i = j;
      }
      if (units.length >= 8192) {
        out = unitsToString(units, out);
        units = [];
      }
    }
    return unitsToString(units, out);
  }

  function latin1Decode(bytes, start, end, mask) {
    let out = '';
    for (let i = start; i < end; i += 8192) {
      const chunk = bytes.subarray(i, Math.min(end, i + 8192));
      out += String.fromCharCode.apply(null, mask === 0xff ? chunk : Array.from(chunk, (b) => b & mask));
    }
    return out;
  }

  const hexChars = '0123456789abcdef';
  function hexDecode(bytes, start, end) {
    let out = '';
    for (let i = start; i < end; i++) out += hexChars[bytes[i] >> 4] + hexChars[bytes[i] & 15];
    return out;
  }
  function hexEncode(str) {
    const out = [];
    for (let i = 0; i + 1 < str.length; i += 2) {
      const byte = parseInt(str.substr(i, 2), 16);
      if (!/^[0-9a-fA-F]{2}$/.test(str.substr(i, 2))) break; // Node stops at the first invalid pair
      out.push(byte);
    }
    return out;
  }

  const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const b64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const b64Lookup = new Int16Array(256).fill(-1);
  for (let i = 0; i < 64; i++) {
    b64Lookup[b64.charCodeAt(i)] = i;
    b64Lookup[b64url.charCodeAt(i)] = i;
  }
  function base64Decode(str) {
    // Lenient like Node: both alphabets, whitespace and other characters skipped, stops at '='.
    const out = [];
    let acc = 0;
    let bits = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c === 61) break; // '='
      const v = c < 256 ? b64Lookup[c] : -1;
      if (v < 0) continue;
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out.push((acc >> bits) & 0xff);
      }
    }
    return out;
  }
  function base64Encode(bytes, start, end, url) {
    const table = url ? b64url : b64;
    let out = '';
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + table[n & 63];
    }
    const rest = end - i;
    if (rest === 1) {
      const n = bytes[i] << 16;
      out += table[n >> 18] + table[(n >> 12) & 63] + (url ? '' : '==');
    } else if (rest === 2) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
      out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + (url ? '' : '=');
    }
    return out;
  }
  function base64ByteLength(str) {
    let len = str.length;
    while (len > 0 && str.charCodeAt(len - 1) === 61) len--;
    return (len * 3) >>> 2;
  }

  function encodeString(str, encoding) {
    switch (encoding) {
      case 'utf8': return utf8Encode(str);
      case 'hex': return hexEncode(str);
      case 'base64': case 'base64url': return base64Decode(str);
      case 'latin1': case 'ascii': {
        const out = new Array(str.length);
        for (let i = 0; i < str.length; i++) out[i] = str.charCodeAt(i) & 0xff;
        return out;
      }
      case 'utf16le': {
        const out = new Array(str.length * 2);
        for (let i = 0; i < str.length; i++) {
          const c = str.charCodeAt(i);
          out[2 * i] = c & 0xff;
          out[2 * i + 1] = c >> 8;
        }
        return out;
      }
      default: throw errorWithCode(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
    }
  }

  function decodeBytes(bytes, encoding, start, end) {
    switch (encoding) {
      case 'utf8': return utf8Decode(bytes, start, end);
      case 'hex': return hexDecode(bytes, start, end);
      case 'base64': return base64Encode(bytes, start, end, false);
      case 'base64url': return base64Encode(bytes, start, end, true);
      case 'latin1': return latin1Decode(bytes, start, end, 0xff);
      case 'ascii': return latin1Decode(bytes, start, end, 0x7f);
      case 'utf16le': {
        let out = '';
        const units = [];
        for (let i = start; i + 1 < end; i += 2) {
          units.push(bytes[i] | (bytes[i + 1] << 8));
          if (units.length >= 8192) {
            out += String.fromCharCode.apply(null, units);
            units.length = 0;
          }
        }
        return out + String.fromCharCode.apply(null, units);
      }
      default: throw errorWithCode(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
    }
  }

  function isUint8Array(v) {
    return ArrayBuffer.isView(v) && !(v instanceof DataView) &&
      Object.prototype.toString.call(v) === '[object Uint8Array]';
  }
  const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);

  function fromArrayLike(arrayLike) {
    const length = arrayLike.length >>> 0;
    const buf = new FastBuffer(length);
    for (let i = 0; i < length; i++) buf[i] = arrayLike[i] & 255;
    return buf;
  }

  // ---- static methods ----
  const asciiOnly = /^[\x00-\x7f]*$/;
  Buffer.from = function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') {
      const encoding = getEncoding(encodingOrOffset);
      if (encoding === 'utf8' && asciiOnly.test(value)) {
        const buf = new FastBuffer(value.length);
        for (let i = 0; i < value.length; i++) buf[i] = value.charCodeAt(i);
        return buf;
      }
      return fromArrayLike(encodeString(value, encoding));
    }
    if (typeof value === 'object' && value !== null) {
      if (isAnyArrayBuffer(value)) {
        const byteOffset = encodingOrOffset === undefined ? 0 : +encodingOrOffset || 0;
        const maxLength = value.byteLength - byteOffset;
        if (maxLength < 0) throw errorWithCode(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
        let len = maxLength;
        if (length !== undefined) {
          len = +length || 0;
          if (len > maxLength) throw errorWithCode(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
        }
        return new FastBuffer(value, byteOffset, len);
      }
      if (ArrayBuffer.isView(value)) {
        if (isUint8Array(value)) {
          const copy = new FastBuffer(value.length);
          copy.set(value);
          return copy;
        }
        return fromArrayLike(value);
      }
      const valueOf = value.valueOf && value.valueOf();
      if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
        return Buffer.from(valueOf, encodingOrOffset, length);
      }
      if (value.length !== undefined || isAnyArrayBuffer(value.buffer)) {
        if (typeof value.length !== 'number') return new FastBuffer(0);
        return fromArrayLike(value);
      }
      if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
      if (typeof value[Symbol.toPrimitive] === 'function') {
        const primitive = value[Symbol.toPrimitive]('string');
        if (typeof primitive === 'string') return Buffer.from(primitive, encodingOrOffset);
      }
    }
    throw invalidArgType('first argument',
      'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
  };
  Buffer.of = function of(...items) {
    return fromArrayLike(items);
  };

  function checkSize(size) {
    if (typeof size !== 'number') throw invalidArgType('size', 'of type number', size);
    if (!(size >= 0 && size <= 4294967296)) throw outOfRange('size', '>= 0 && <= 4294967296', size);
  }
  Buffer.alloc = function alloc(size, fill, encoding) {
    checkSize(size);
    const buf = new FastBuffer(size);
    if (fill !== undefined && fill !== 0 && size > 0) buf.fill(fill, 0, buf.length, encoding);
    return buf;
  };
  Buffer.allocUnsafe = function allocUnsafe(size) {
    checkSize(size);
    return new FastBuffer(size);
  };
  Buffer.allocUnsafeSlow = Buffer.allocUnsafe;

  Buffer.isBuffer = function isBuffer(b) {
    return b instanceof Buffer;
  };
  Buffer.isEncoding = function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
  };
  Buffer.byteLength = function byteLength(string, encoding) {
    if (typeof string !== 'string') {
      if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
      throw invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
    }
    const enc = normalizeEncoding(encoding) || 'utf8';
    switch (enc) {
      case 'utf8': return utf8ByteLength(string);
      case 'latin1': case 'ascii': return string.length;
      case 'utf16le': return string.length * 2;
      case 'hex': return string.length >>> 1;
      default: return base64ByteLength(string);
    }
  };
  Buffer.compare = function compare(a, b) {
    if (!(a instanceof Uint8Array)) throw invalidArgType('buf1', 'an instance of Buffer or Uint8Array', a);
    if (!(b instanceof Uint8Array)) throw invalidArgType('buf2', 'an instance of Buffer or Uint8Array', b);
    if (a === b) return 0;
    const len = Math.min(a.length, b.length);
    for (let i = 0; i < len; i++) {
      if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  };
  Buffer.concat = function concat(list, totalLength) {
    if (!Array.isArray(list)) throw invalidArgType('list', 'an instance of Array', list);
    if (list.length === 0) return new FastBuffer(0);
    if (totalLength === undefined) {
      totalLength = 0;
      for (let i = 0; i < list.length; i++) {
        if (!(list[i] instanceof Uint8Array)) {
          throw invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', list[i]);
        }
        totalLength += list[i].length;
      }
    }
    const buffer = Buffer.alloc(totalLength);
    let pos = 0;
    for (let i = 0; i < list.length && pos < totalLength; i++) {
      const buf = list[i];
      if (!(buf instanceof Uint8Array)) throw invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', buf);
      const take = Math.min(buf.length, totalLength - pos);
      buffer.set(take === buf.length ? buf : buf.subarray(0, take), pos);
      pos += take;
    }
    return buffer;
  };

  // ---- instance methods ----
  const proto = Buffer.prototype;
  function defineMethods(target, methods) {
    for (const name of Reflect.ownKeys(methods)) {
      Object.defineProperty(target, name, { value: methods[name], writable: true, enumerable: false, configurable: true });
    }
  }

  function clampRange(len, start, end) {
    start = start === undefined ? 0 : Math.trunc(+start) || 0;
    end = end === undefined ? len : Math.trunc(+end) || 0;
    if (start < 0) start = Math.max(len + start, 0);
    if (end < 0) end = Math.max(len + end, 0);
    return [Math.min(start, len), Math.min(end, len)];
  }

  function checkOffset(buf, offset, byteLength) {
    if (offset === undefined) offset = 0;
    if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
    if (!Number.isInteger(offset) || offset < 0 || offset > buf.length - byteLength) {
      if (buf.length - byteLength < 0) {
        throw errorWithCode(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
      }
      if (!Number.isInteger(offset)) throw outOfRange('offset', 'an integer', offset);
      throw outOfRange('offset', `>= 0 and <= ${buf.length - byteLength}`, offset);
    }
    return offset;
  }
  function view(buf) {
    return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  function checkInt(value, min, max, byteLength) {
    if (typeof value !== 'number') throw invalidArgType('value', 'of type number', value);
    if (value > max || value < min) {
      const n = typeof min === 'bigint' ? 'n' : '';
      let range;
      if (byteLength > 4) range = `>= ${min}${n} and <= ${max}${n}`;
      else if (min === 0) range = `>= 0 and <= ${max}`;
      else range = `>= -(2 ** ${byteLength * 8 - 1}) and < 2 ** ${byteLength * 8 - 1}`;
      throw outOfRange('value', range, value);
    }
  }

  const accessors = {};
  const intTypes = [
    ['UInt8', 1, 'Uint8', 0, 0xff], ['Int8', 1, 'Int8', -0x80, 0x7f],
    ['UInt16', 2, 'Uint16', 0, 0xffff], ['Int16', 2, 'Int16', -0x8000, 0x7fff],
    ['UInt32', 4, 'Uint32', 0, 0xffffffff], ['Int32', 4, 'Int32', -0x80000000, 0x7fffffff],
  ];
  for (const [name, size, dv, min, max] of intTypes) {
    const endings = size === 1 ? [''] : ['LE', 'BE'];
    for (const ending of endings) {
      const little = ending === 'LE';
      const read = function (offset) {
        offset = checkOffset(this, offset, size);
        return view(this)[`get${dv}`](offset, little);
      };
      const write = function (value, offset) {
        offset = checkOffset(this, offset, size);
        checkInt(value, min, max, size);
        view(this)[`set${dv}`](offset, value, little);
        return offset + size;
      };
      accessors[`read${name}${ending}`] = read;
      accessors[`write${name}${ending}`] = write;
      if (name.startsWith('UInt')) {
        accessors[`readUint${name.slice(4)}${ending}`] = read;
        accessors[`writeUint${name.slice(4)}${ending}`] = write;
      }
    }
  }
  for (const [name, size, dv] of [['Float', 4, 'Float32'], ['Double', 8, 'Float64']]) {
    for (const ending of ['LE', 'BE']) {
      const little = ending === 'LE';
      accessors[`read${name}${ending}`] = function (offset) {
        offset = checkOffset(this, offset, size);
        return view(this)[`get${dv}`](offset, little);
      };
      accessors[`write${name}${ending}`] = function (value, offset) {
        offset = checkOffset(this, offset, size);
        view(this)[`set${dv}`](offset, +value, little);
        return offset + size;
      };
    }
  }
  for (const [name, dv] of [['BigUInt64', 'BigUint64'], ['BigInt64', 'BigInt64']]) {
    for (const ending of ['LE', 'BE']) {
      const little = ending === 'LE';
      const read = function (offset) {
        offset = checkOffset(this, offset, 8);
        return view(this)[`get${dv}`](offset, little);
      };
      const write = function (value, offset) {
        offset = checkOffset(this, offset, 8);
        if (typeof value !== 'bigint') throw invalidArgType('value', 'of type bigint', value);
        view(this)[`set${dv}`](offset, value, little);
        return offset + 8;
      };
      accessors[`read${name}${ending}`] = read;
      accessors[`write${name}${ending}`] = write;
      if (name === 'BigUInt64') {
        accessors[`readBigUint64${ending}`] = read;
        accessors[`writeBigUint64${ending}`] = write;
      }
    }
  }
  defineMethods(proto, accessors);

  function toBytes(value, encoding) {
    if (typeof value === 'string') return encodeString(value, getEncoding(encoding));
    if (typeof value === 'number') return [value & 255];
    if (value instanceof Uint8Array) return value;
    if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    throw invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array', value);
  }

  function indexOfBytes(haystack, needle, from, last) {
    const n = needle.length;
    const max = haystack.length - n;
    if (!last) {
      for (let i = Math.max(from, 0); i <= max; i++) {
        let j = 0;
        while (j < n && haystack[i + j] === needle[j]) j++;
        if (j === n) return i;
      }
    } else {
      for (let i = Math.min(from, max); i >= 0; i--) {
        let j = 0;
        while (j < n && haystack[i + j] === needle[j]) j++;
        if (j === n) return i;
      }
    }
    return -1;
  }

  function bidirectionalIndexOf(buf, value, byteOffset, encoding, last) {
    if (typeof byteOffset === 'string') {
      encoding = byteOffset;
      byteOffset = undefined;
    }
    let from = byteOffset === undefined ? (last ? buf.length : 0) : +byteOffset;
    if (Number.isNaN(from)) from = last ? buf.length : 0;
    if (from < 0) from = buf.length + from;
    const needle = toBytes(value, encoding);
    if (needle.length === 0) {
      if (last) return Math.min(Math.max(from, 0), buf.length);
      return from <= buf.length ? Math.max(from, 0) : buf.length;
    }
    return indexOfBytes(buf, needle, from, last);
  }

  defineMethods(proto, {
    toString(encoding, start, end) {
      if (arguments.length === 0) return utf8Decode(this, 0, this.length);
      const len = this.length;
      start = start === undefined || start <= 0 ? 0 : Math.trunc(start) || 0;
      if (start >= len) return '';
      end = end === undefined || end > len ? len : Math.trunc(end) || 0;
      if (end <= start) return '';
      return decodeBytes(this, getEncoding(encoding), start, end);
    },
    toLocaleString(encoding, start, end) {
      return this.toString(encoding, start, end);
    },
    toJSON() {
      return { type: 'Buffer', data: Array.from(this) };
    },
    equals(other) {
      if (!(other instanceof Uint8Array)) throw invalidArgType('otherBuffer', 'an instance of Buffer or Uint8Array', other);
      return Buffer.compare(this, other) === 0;
    },
    compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
      if (!(target instanceof Uint8Array)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
      const t = target.subarray(targetStart || 0, targetEnd === undefined ? target.length : targetEnd);
      const s = this.subarray(sourceStart || 0, sourceEnd === undefined ? this.length : sourceEnd);
      return Buffer.compare(s, t);
    },
    slice(start, end) {
      const [s, e] = clampRange(this.length, start, end);
      return new FastBuffer(this.buffer, this.byteOffset + s, Math.max(e - s, 0));
    },
    subarray(start, end) {
      const [s, e] = clampRange(this.length, start, end);
      return new FastBuffer(this.buffer, this.byteOffset + s, Math.max(e - s, 0));
    },
    write(string, offset, length, encoding) {
      if (typeof string !== 'string') throw invalidArgType('argument', 'of type string', string);
      if (offset === undefined) {
        offset = 0;
        length = this.length;
      } else if (length === undefined && typeof offset === 'string') {
        encoding = offset;
        offset = 0;
        length = this.length;
      } else {
        offset = checkWriteOffset(this, offset);
        if (length === undefined) {
          length = this.length - offset;
        } else if (typeof length === 'string') {
          encoding = length;
          length = this.length - offset;
        } else {
          length = Math.min(length >>> 0, this.length - offset);
        }
      }
      const enc = getEncoding(encoding);
      const remaining = Math.min(length, this.length - offset);
      let bytes = encodeString(string, enc);
      if (bytes.length > remaining) {
        if (enc === 'utf8') {
          // Never write part of a character.
          let cut = remaining;
          while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--;
          bytes = bytes.slice(0, cut);
        } else if (enc === 'utf16le') {
          bytes = bytes.slice(0, remaining - (remaining % 2));
        } else {
          bytes = bytes.slice(0, remaining);
        }
      }
      for (let i = 0; i < bytes.length; i++) this[offset + i] = bytes[i];
      return bytes.length;
    },
    fill(value, offset, end, encoding) {
      if (typeof offset === 'string') {
        encoding = offset;
        offset = 0;
        end = this.length;
      } else if (typeof end === 'string') {
        encoding = end;
        end = this.length;
      }
      offset = offset === undefined ? 0 : offset;
      end = end === undefined ? this.length : end;
      if (offset < 0 || end > this.length) throw outOfRange('offset', `>= 0 and <= ${this.length}`, offset);
      if (typeof value === 'number' || typeof value === 'boolean') {
        Uint8Array.prototype.fill.call(this, Number(value) & 255, offset, end);
        return this;
      }
      const bytes = toBytes(value, encoding);
      if (bytes.length === 0) {
        if (typeof value === 'string' && value.length > 0) {
          throw errorWithCode(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'value' is invalid. Received '${value}'`);
        }
        Uint8Array.prototype.fill.call(this, 0, offset, end);
        return this;
      }
      for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
      return this;
    },
    copy(target, targetStart, sourceStart, sourceEnd) {
      if (!(target instanceof Uint8Array)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
      targetStart = targetStart === undefined ? 0 : Math.max(Math.trunc(targetStart) || 0, 0);
      sourceStart = sourceStart === undefined ? 0 : Math.max(Math.trunc(sourceStart) || 0, 0);
      sourceEnd = sourceEnd === undefined ? this.length : Math.min(Math.trunc(sourceEnd) || 0, this.length);
      if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
      const count = Math.min(sourceEnd - sourceStart, target.length - targetStart);
      target.set(this.subarray(sourceStart, sourceStart + count), targetStart);
      return count;
    },
    indexOf(value, byteOffset, encoding) {
      return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
    },
    lastIndexOf(value, byteOffset, encoding) {
      return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
    },
    includes(value, byteOffset, encoding) {
      return this.indexOf(value, byteOffset, encoding) !== -1;
    },
    swap16() {
      if (this.length % 2 !== 0) throw errorWithCode(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of 16-bits');
      for (let i = 0; i < this.length; i += 2) [this[i], this[i + 1]] = [this[i + 1], this[i]];
      return this;
    },
    [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
      const max = 50;
      const actualMax = Math.min(max, this.length);
      const remaining = this.length - max;
      let str = hexDecode(this, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
      if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
      return `<${this.constructor.name} ${str}>`;
    },
  });
  Object.defineProperty(proto, 'parent', {
    get() {
      return this instanceof Buffer ? this.buffer : undefined;
    },
    enumerable: false,
    configurable: true,
  });
  Object.defineProperty(proto, 'offset', {
    get() {
      return this instanceof Buffer ? this.byteOffset : undefined;
    },
    enumerable: false,
    configurable: true,
  });

  function checkWriteOffset(buf, offset) {
    if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
    if (!Number.isInteger(offset) || offset < 0 || offset > buf.length) {
      throw outOfRange('offset', `>= 0 && <= ${buf.length}`, offset);
    }
    return offset;
  }

  Object.defineProperty(globalThis, 'Buffer', {
    value: Buffer, writable: true, enumerable: false, configurable: true,
  });
})();
