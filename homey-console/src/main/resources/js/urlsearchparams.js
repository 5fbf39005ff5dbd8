// urlsearchparams.js: the WHATWG URLSearchParams class (as in Node), in plain ECMAScript.
//
// Parsing and serialising follow the application/x-www-form-urlencoded rules of the URL standard: '+' and %20
// mean a space, malformed percent escapes stay as they are, serialising escapes every byte of the UTF-8 encoding
// except ASCII letters, digits and *-._ and writes a space as '+'. fetch.js sends a URLSearchParams body with the
// content type application/x-www-form-urlencoded;charset=UTF-8.
(function () {
  'use strict';

  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  function toUSVString(value) {
    const str = String(value);
    let out = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = str.charCodeAt(i + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
        out += str.slice(last, i) + '\ufffd';
        last = i + 1;
      }
    }
    return last === 0 ? str : out + str.slice(last);
  }

  // UTF-8 both ways through buffer.js (loaded on first use), so there is one encoder and one decoder.
  function utf8Bytes(str) {
    return Buffer.from(str, 'utf8');
  }

  const hex = '0123456789ABCDEF';
  const formSpecials = /[!'()~]/g;
  function serialize(str) {
    // application/x-www-form-urlencoded byte serializer. encodeURIComponent escapes the same bytes except
    // !'()~ (which the form encoder escapes too) and writes a space as %20 instead of '+'.
    try {
      return encodeURIComponent(str).replace(/%20/g, '+')
        .replace(formSpecials, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
    } catch (e) {
      // a lone surrogate (toUSVString normally removed it): the byte-by-byte path below
    }
    let out = '';
    for (const b of utf8Bytes(str)) {
      if (b === 0x20) out += '+';
      else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) ||
        b === 0x2a || b === 0x2d || b === 0x2e || b === 0x5f) out += String.fromCharCode(b);
      else out += '%' + hex[b >> 4] + hex[b & 15];
    }
    return out;
  }

  function decodeUtf8(bytes) {
    // Buffer replaces malformed sequences as the WHATWG decoder does.
    return Buffer.from(bytes).toString('utf8');
  }

  function isHex(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  }

  function percentDecode(str) {
    if (!str.includes('%')) return str.includes('+') ? str.replace(/\+/g, ' ') : str;
    try {
      return decodeURIComponent(str.replace(/\+/g, ' '));
    } catch (e) {
      // malformed escapes or UTF-8: decode byte by byte, keeping bad escapes and replacing bad sequences
    }
    const bytes = utf8Bytes(str.replace(/\+/g, ' '));
    if (!bytes.includes(0x25)) return decodeUtf8(bytes);
    const out = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
        out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
        i += 2;
      } else {
        out.push(b);
      }
    }
    return decodeUtf8(out);
  }

  function parse(input) {
    const list = [];
    for (const sequence of input.split('&')) {
      if (sequence === '') continue;
      const eq = sequence.indexOf('=');
      const name = eq === -1 ? sequence : sequence.slice(0, eq);
      const value = eq === -1 ? '' : sequence.slice(eq + 1);
      list.push([percentDecode(name), percentDecode(value)]);
    }
    return list;
  }

  const LIST = Symbol('query');

  function checkThis(self) {
    if (self == null || !Object.prototype.hasOwnProperty.call(self, LIST)) {
      const err = new TypeError('Value of "this" must be of type URLSearchParams');
      err.code = 'ERR_INVALID_THIS';
      throw err;
    }
  }
  function missingArgs(...names) {
    const err = new TypeError(`The ${names.map((n) => `"${n}"`).join(' and ')} argument${names.length > 1 ? 's' : ''} must be specified`);
    err.code = 'ERR_MISSING_ARGS';
    return err;
  }

  class URLSearchParams {
    /** init: a query string (a leading '?' is dropped), a record of names to values, or an iterable of pairs. */
    constructor(init = undefined) {
      Object.defineProperty(this, LIST, { value: [], writable: true, enumerable: false });
      if (init === undefined || init === null) return;
      if (typeof init === 'object' || typeof init === 'function') {
        const method = init[Symbol.iterator];
        if (method === this[Symbol.iterator] && Object.prototype.hasOwnProperty.call(init, LIST)) {
          this[LIST] = init[LIST].map(([n, v]) => [n, v]);
        } else if (method != null) {
          if (typeof method !== 'function') throw new TypeError('Query pairs must be iterable');
          for (const pair of init) {
            if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
              throw new TypeError('Each query pair must be an iterable [name, value] tuple');
            }
            const items = Array.from(pair);
            if (items.length !== 2) throw new TypeError('Each query pair must be an iterable [name, value] tuple');
            this[LIST].push([toUSVString(items[0]), toUSVString(items[1])]);
          }
        } else {
          for (const key of Reflect.ownKeys(init)) {
            if (typeof key !== 'string') continue;
            const desc = Reflect.getOwnPropertyDescriptor(init, key);
            if (desc !== undefined && desc.enumerable) this[LIST].push([toUSVString(key), toUSVString(init[key])]);
          }
        }
      } else {
        let str = toUSVString(init);
        if (str[0] === '?') str = str.slice(1);
        this[LIST] = parse(str);
      }
    }

    get size() {
      checkThis(this);
      return this[LIST].length;
    }

    append(name, value) {
      checkThis(this);
      if (arguments.length < 2) throw missingArgs('name', 'value');
      this[LIST].push([toUSVString(name), toUSVString(value)]);
    }

    delete(name, value = undefined) {
      checkThis(this);
      if (arguments.length < 1) throw missingArgs('name');
      const n = toUSVString(name);
      if (value !== undefined) {
        const v = toUSVString(value);
        this[LIST] = this[LIST].filter(([k, val]) => !(k === n && val === v));
      } else {
        this[LIST] = this[LIST].filter(([k]) => k !== n);
      }
    }

    get(name) {
      checkThis(this);
      if (arguments.length < 1) throw missingArgs('name');
      const n = toUSVString(name);
      const found = this[LIST].find(([k]) => k === n);
      return found === undefined ? null : found[1];
    }

    getAll(name) {
      checkThis(this);
      if (arguments.length < 1) throw missingArgs('name');
      const n = toUSVString(name);
      return this[LIST].filter(([k]) => k === n).map(([, v]) => v);
    }

    has(name, value = undefined) {
      checkThis(this);
      if (arguments.length < 1) throw missingArgs('name');
      const n = toUSVString(name);
      if (value !== undefined) {
        const v = toUSVString(value);
        return this[LIST].some(([k, val]) => k === n && val === v);
      }
      return this[LIST].some(([k]) => k === n);
    }

    set(name, value) {
      checkThis(this);
      if (arguments.length < 2) throw missingArgs('name', 'value');
      const n = toUSVString(name);
      const v = toUSVString(value);
      const list = this[LIST];
      const first = list.findIndex(([k]) => k === n);
      if (first === -1) {
        list.push([n, v]);
        return;
      }
      list[first] = [n, v];
      this[LIST] = list.filter(([k], i) => i <= first || k !== n);
    }

    sort() {
      checkThis(this);
      // Stable sort by the names' UTF-16 code units (Array.prototype.sort is stable).
      this[LIST] = this[LIST].slice().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    }

    forEach(callback, thisArg = undefined) {
      checkThis(this);
      if (typeof callback !== 'function') {
        const err = new TypeError('The "callback" argument must be of type function');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      for (let i = 0; i < this[LIST].length; i++) {
        const [name, value] = this[LIST][i];
        callback.call(thisArg, value, name, this);
      }
    }

    * entries() {
      checkThis(this);
      for (let i = 0; i < this[LIST].length; i++) yield [this[LIST][i][0], this[LIST][i][1]];
    }

    * keys() {
      checkThis(this);
      for (let i = 0; i < this[LIST].length; i++) yield this[LIST][i][0];
    }

    * values() {
      checkThis(this);
      for (let i = 0; i < this[LIST].length; i++) yield this[LIST][i][1];
    }

    toString() {
      checkThis(this);
      return this[LIST].map(([n, v]) => `${serialize(n)}=${serialize(v)}`).join('&');
    }

    [customInspect](recurseTimes, ctx, inspect) {
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return '[Object]';
      const innerOpts = { ...ctx };
      if (recurseTimes !== null && recurseTimes !== undefined) innerOpts.depth = recurseTimes - 1;
      const show = (v) => (inspect ? inspect(v, innerOpts) : `'${v}'`);
      const output = this[LIST].map(([n, v]) => `${show(n)} => ${show(v)}`);
      const separator = ', ';
      const strip = (s) => s.replace(/\u001b\[\d+m/g, '');
      const length = output.reduce((prev, cur) => prev + strip(cur).length + separator.length, -separator.length);
      const breakLength = (ctx && ctx.breakLength) || 80;
      if (length > breakLength) return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
      if (output.length) return `${this.constructor.name} { ${output.join(separator)} }`;
      return `${this.constructor.name} {}`;
    }
  }

  Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
    value: URLSearchParams.prototype.entries, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
    value: 'URLSearchParams', writable: false, enumerable: false, configurable: true,
  });

  Object.defineProperty(globalThis, 'URLSearchParams', {
    value: URLSearchParams, writable: true, enumerable: false, configurable: true,
  });
})();
