// fetch.js: node-fetch 2.7's fetch (what the HomeyScript app gives scripts), in plain ECMAScript.
//
// Needs Buffer (buffer.js) and URLSearchParams (urlsearchparams.js) loaded first, and the host object `__host`
// present while this file loads (it is captured here; scripts never see it):
//   __host.http({url, method, headers: [[name, value], ...], body: null | string, bodyBase64: boolean, timeoutMs})
//     → Promise of {status, statusText, url, headers: [[name as sent, value], ...], bodyText | bodyBase64}
//     (one of the two: bodyText when the body is valid UTF-8, bodyBase64 otherwise)
//     or a rejection {type: 'system' | 'request-timeout', code, message}.
// The host sends exactly one request and never follows redirects; redirects, default headers, body encoding,
// FetchError types and the Headers/Response surface are done here as node-fetch does them. The node-fetch v1 read
// `response.headers['_headers'].location[0]`, used by older scripts, works too.
(function () {
  'use strict';

  const host = globalThis.__host;
  const BufferCtor = globalThis.Buffer;
  const SearchParams = globalThis.URLSearchParams;

  // ---- FetchError (an Error with name 'FetchError', type, and code/errno for system errors) ----
  function FetchError(message, type, systemError) {
    const self = Reflect.construct(Error, [message], new.target || FetchError);
    self.message = message;
    self.type = type;
    if (systemError) {
      self.code = self.errno = systemError.code;
    }
    return self;
  }
  FetchError.prototype = Object.create(Error.prototype);
  FetchError.prototype.constructor = FetchError;
  FetchError.prototype.name = 'FetchError';

  // ---- URLs (no global URL in the sandbox: a small WHATWG-style parser for http/https) ----
  const schemeRegExp = /^([a-zA-Z][a-zA-Z\d+\-.]*):/;
  const defaultPorts = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21' };

  // Characters a WHATWG URL serialiser percent-encodes in each part (plus all controls, spaces and non-ASCII).
  const pathEscapes = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x21-\x7e]|["<>`{}]/g;
  const queryEscapes = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x21-\x7e]|["<>']/g;
  const fragmentEscapes = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x21-\x7e]|["<>`]/g;

  function percentEncode(str, escapes) {
    escapes.lastIndex = 0;
    if (!escapes.test(str)) return str;
    escapes.lastIndex = 0;
    return str.replace(escapes, (ch) => {
      let out = '';
      for (const b of BufferCtor.from(ch, 'utf8')) out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
      return out;
    });
  }

  function removeDotSegments(path) {
    if (!/\/(\.|%2e)/i.test(path)) return path;
    const input = path.split('/');
    const output = [];
    for (let i = 0; i < input.length; i++) {
      const seg = input[i];
      const last = i === input.length - 1;
      if (seg === '.' || seg.toLowerCase() === '%2e') {
        if (last) output.push('');
      } else if (seg === '..' || /^(\.|%2e){2}$/i.test(seg)) {
        if (output.length > 1) output.pop();
        if (last) output.push('');
      } else {
        output.push(seg);
      }
    }
    let result = output.join('/');
    if (!result.startsWith('/')) result = '/' + result;
    return result;
  }

  /** Parses an absolute URL; returns null for a relative one. Throws TypeError for an invalid http(s) URL. */
  function parseUrl(input) {
    const str = String(input).trim();
    const scheme = schemeRegExp.exec(str);
    if (!scheme) return null;
    const protocol = scheme[1].toLowerCase() + ':';
    let rest = str.slice(scheme[0].length);
    if (protocol !== 'http:' && protocol !== 'https:') {
      const authority = /^\/\/([^/?#]*)/.exec(rest);
      const hostname = authority ? authority[1].replace(/^.*@/, '').replace(/:\d*$/, '').toLowerCase() : '';
      return { protocol, href: protocol + rest, hostname, special: false };
    }
    rest = rest.replace(/\\/g, '/').replace(/^\/+/, '');
    let hash = '';
    const hashAt = rest.indexOf('#');
    if (hashAt !== -1) {
      hash = '#' + percentEncode(rest.slice(hashAt + 1), fragmentEscapes);
      rest = rest.slice(0, hashAt);
    }
    let search = '';
    const queryAt = rest.indexOf('?');
    if (queryAt !== -1) {
      search = '?' + percentEncode(rest.slice(queryAt + 1), queryEscapes);
      rest = rest.slice(0, queryAt);
    }
    const slashAt = rest.indexOf('/');
    let authority = slashAt === -1 ? rest : rest.slice(0, slashAt);
    let pathname = slashAt === -1 ? '/' : rest.slice(slashAt);
    let userinfo = '';
    const at = authority.lastIndexOf('@');
    if (at !== -1) {
      userinfo = authority.slice(0, at) + '@';
      authority = authority.slice(at + 1);
    }
    let hostname = authority;
    let port = '';
    const portMatch = /^(.*?)(?::(\d*))?$/.exec(authority);
    if (authority.startsWith('[')) {
      const close = authority.indexOf(']');
      hostname = authority.slice(0, close + 1);
      port = authority.slice(close + 2);
    } else if (portMatch) {
      hostname = portMatch[1];
      port = portMatch[2] || '';
    }
    if (hostname === '' || /[\s<>^|%]/.test(hostname) || !/^\d*$/.test(port) || (port !== '' && +port > 65535)) {
      throw new TypeError(`Invalid URL: ${str}`);
    }
    hostname = hostname.toLowerCase();
    if (port !== '') port = String(+port);
    if (port === defaultPorts[protocol]) port = '';
    pathname = percentEncode(removeDotSegments(pathname), pathEscapes);
    const hostPart = hostname + (port ? ':' + port : '');
    return {
      protocol, hostname, port, host: hostPart, pathname, search, hash, special: true,
      href: `${protocol}//${userinfo}${hostPart}${pathname}${search}${hash}`,
    };
  }

  /** Resolves a (possibly relative) reference against an absolute base, like new URL(ref, base).toString(). */
  function resolveUrl(ref, base) {
    const absolute = parseUrl(ref);
    if (absolute) return absolute.href;
    const b = parseUrl(base);
    if (!b || !b.special) throw new TypeError(`Invalid URL: ${ref}`);
    const r = String(ref).trim().replace(/\\/g, '/');
    const origin = `${b.protocol}//${b.host}`;
    if (r.startsWith('//')) return parseUrl(b.protocol + r).href;
    if (r === '') return `${origin}${b.pathname}${b.search}`;
    if (r.startsWith('#')) return `${origin}${b.pathname}${b.search}${r}`;
    if (r.startsWith('?')) return parseUrl(`${origin}${b.pathname}${r}`).href;
    if (r.startsWith('/')) return parseUrl(origin + r).href;
    const dir = b.pathname.slice(0, b.pathname.lastIndexOf('/') + 1);
    return parseUrl(origin + dir + r).href;
  }

  // ---- Headers ----
  const MAP = Symbol('map');
  const invalidTokenRegex = /[^\^_`a-zA-Z\-0-9!#$%&'*+.|~]/;
  // eslint-disable-next-line no-control-regex
  const invalidHeaderCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

  function validateName(name) {
    name = `${name}`;
    if (invalidTokenRegex.test(name) || name === '') throw new TypeError(`${name} is not a legal HTTP header name`);
  }
  function validateValue(value) {
    value = `${value}`;
    if (invalidHeaderCharRegex.test(value)) throw new TypeError(`${value} is not a legal HTTP header value`);
  }
  function find(map, name) {
    name = name.toLowerCase();
    for (const key in map) {
      if (key.toLowerCase() === name) return key;
    }
    return undefined;
  }

  class Headers {
    /** init: a Headers, an object of name → value, or an iterable of [name, value] pairs. */
    constructor(init = undefined) {
      Object.defineProperty(this, MAP, { value: Object.create(null), writable: true, enumerable: true });
      if (init instanceof Headers) {
        const rawHeaders = init.raw();
        for (const headerName of Object.keys(rawHeaders)) {
          for (const value of rawHeaders[headerName]) this.append(headerName, value);
        }
        return;
      }
      if (init == null) return;
      if (typeof init !== 'object') throw new TypeError('Provided initializer must be an object');
      const method = init[Symbol.iterator];
      if (method != null) {
        if (typeof method !== 'function') throw new TypeError('Header pairs must be iterable');
        const pairs = [];
        for (const pair of init) {
          if (typeof pair !== 'object' || pair === null || typeof pair[Symbol.iterator] !== 'function') {
            throw new TypeError('Each header pair must be iterable');
          }
          pairs.push(Array.from(pair));
        }
        for (const pair of pairs) {
          if (pair.length !== 2) throw new TypeError('Each header pair must be a name/value tuple');
          this.append(pair[0], pair[1]);
        }
      } else {
        for (const key of Object.keys(init)) this.append(key, init[key]);
      }
    }

    /** All values of the header joined by ", " (several Set-Cookie too), or null. */
    get(name) {
      name = `${name}`;
      validateName(name);
      const key = find(this[MAP], name);
      return key === undefined ? null : this[MAP][key].join(', ');
    }

    forEach(callback, thisArg = undefined) {
      let pairs = getHeaders(this);
      let i = 0;
      while (i < pairs.length) {
        const [name, value] = pairs[i];
        callback.call(thisArg, value, name, this);
        pairs = getHeaders(this);
        i++;
      }
    }

    set(name, value) {
      name = `${name}`;
      value = `${value}`;
      validateName(name);
      validateValue(value);
      const key = find(this[MAP], name);
      this[MAP][key !== undefined ? key : name] = [value];
    }

    append(name, value) {
      name = `${name}`;
      value = `${value}`;
      validateName(name);
      validateValue(value);
      const key = find(this[MAP], name);
      if (key !== undefined) this[MAP][key].push(value);
      else this[MAP][name] = [value];
    }

    has(name) {
      name = `${name}`;
      validateName(name);
      return find(this[MAP], name) !== undefined;
    }

    delete(name) {
      name = `${name}`;
      validateName(name);
      const key = find(this[MAP], name);
      if (key !== undefined) delete this[MAP][key];
    }

    /** The headers as name → array of values (names as received; a response's are lower case). */
    raw() {
      return this[MAP];
    }

    keys() {
      return createHeadersIterator(this, 'key');
    }

    values() {
      return createHeadersIterator(this, 'value');
    }

    [Symbol.iterator]() {
      return createHeadersIterator(this, 'key+value');
    }

    /** node-fetch v1's internal map, still read by older scripts: lower-case name → array of values (a copy). */
    get _headers() {
      const out = {};
      for (const key of Object.keys(this[MAP])) {
        const lower = key.toLowerCase();
        out[lower] = (out[lower] || []).concat(this[MAP][key]);
      }
      return out;
    }
  }
  Headers.prototype.entries = Headers.prototype[Symbol.iterator];
  Object.defineProperty(Headers.prototype, Symbol.toStringTag, {
    value: 'Headers', writable: false, enumerable: false, configurable: true,
  });
  for (const name of ['get', 'forEach', 'set', 'append', 'has', 'delete', 'keys', 'values', 'entries', '_headers']) {
    const desc = Object.getOwnPropertyDescriptor(Headers.prototype, name);
    desc.enumerable = name !== '_headers';
    Object.defineProperty(Headers.prototype, name, desc);
  }

  function getHeaders(headers, kind = 'key+value') {
    const keys = Object.keys(headers[MAP]).sort();
    return keys.map(kind === 'key' ? (k) => k.toLowerCase() :
      kind === 'value' ? (k) => headers[MAP][k].join(', ') :
        (k) => [k.toLowerCase(), headers[MAP][k].join(', ')]);
  }

  function createHeadersIterator(target, kind) {
    let index = 0;
    const iterator = {
      next() {
        const values = getHeaders(target, kind);
        if (index >= values.length) return { value: undefined, done: true };
        return { value: values[index++], done: false };
      },
      [Symbol.iterator]() {
        return this;
      },
    };
    Object.defineProperty(iterator, Symbol.toStringTag, { value: 'HeadersIterator', configurable: true });
    return iterator;
  }

  // Response headers from the host: invalid names or values are dropped instead of throwing.
  function createHeadersLenient(pairs) {
    const headers = new Headers();
    for (const [name, value] of pairs || []) {
      if (invalidTokenRegex.test(name) || name === '' || invalidHeaderCharRegex.test(String(value))) continue;
      const key = find(headers[MAP], name);
      if (key !== undefined) headers[MAP][key].push(String(value));
      else headers[MAP][name] = [String(value)];
    }
    return headers;
  }

  // ---- Body (shared by Request and Response) ----
  const BODY = Symbol('Body internals');

  // A body source: null, {text} (a JS string), {bytes} (a Buffer), or {text, base64} from the host, which sends one
  // of the two: text for a valid UTF-8 body (buffer() encodes it back to the same bytes), base64 for any other.
  function toSource(body) {
    if (body == null) return null;
    if (body instanceof SearchParams) return { text: body.toString() };
    if (typeof body === 'string') return { text: body };
    if (BufferCtor.isBuffer(body)) return { bytes: body };
    if (body instanceof ArrayBuffer) return { bytes: BufferCtor.from(body) };
    if (ArrayBuffer.isView(body)) return { bytes: BufferCtor.from(body.buffer, body.byteOffset, body.byteLength) };
    if (body[BODY] !== undefined) return body[BODY].source;
    return { text: String(body) };
  }
  function sourceBytes(source) {
    if (source === null) return BufferCtor.alloc(0);
    if (source.bytes) return source.bytes;
    if (source.base64 != null) {
      source.bytes = BufferCtor.from(source.base64, 'base64');
      return source.bytes;
    }
    source.bytes = BufferCtor.from(source.text, 'utf8');
    return source.bytes;
  }
  function sourceText(source) {
    if (source === null) return '';
    if (source.text != null) return source.text;
    return sourceBytes(source).toString('utf8');
  }
  function sourceLength(source) {
    if (source === null) return 0;
    if (source.bytes) return source.bytes.length;
    if (source.base64 != null) return BufferCtor.byteLength(source.base64, 'base64');
    return BufferCtor.byteLength(source.text, 'utf8');
  }

  function initBody(target, body, opts) {
    Object.defineProperty(target, BODY, {
      value: { source: toSource(body), disturbed: false, error: null },
      writable: true, enumerable: false,
    });
    target.size = opts.size || 0;
    target.timeout = opts.timeout || 0;
  }

  function consume(target) {
    const internals = target[BODY];
    if (internals.disturbed) {
      return Promise.reject(new TypeError(`body used already for: ${target.url}`));
    }
    internals.disturbed = true;
    if (internals.error) return Promise.reject(internals.error);
    if (target.size && sourceLength(internals.source) > target.size) {
      return Promise.reject(new FetchError(`content size at ${target.url} over limit: ${target.size}`, 'max-size'));
    }
    return Promise.resolve(internals.source);
  }

  const bodyMethods = {
    get body() {
      const source = this[BODY].source;
      return source === null ? null : sourceBytes(source);
    },
    get bodyUsed() {
      return this[BODY].disturbed;
    },
    arrayBuffer() {
      return consume(this).then((source) => {
        const buf = sourceBytes(source);
        return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
      });
    },
    json() {
      return consume(this).then((source) => {
        try {
          return JSON.parse(sourceText(source));
        } catch (err) {
          throw new FetchError(`invalid json response body at ${this.url} reason: ${err.message}`, 'invalid-json');
        }
      });
    },
    text() {
      return consume(this).then(sourceText);
    },
    buffer() {
      return consume(this).then(sourceBytes);
    },
    textConverted() {
      return consume(this).then(sourceText);
    },
  };
  function mixinBody(proto) {
    for (const name of Object.keys(bodyMethods)) {
      const desc = Object.getOwnPropertyDescriptor(bodyMethods, name);
      desc.enumerable = true;
      Object.defineProperty(proto, name, desc);
    }
  }

  function extractContentType(body) {
    if (body === null || body === undefined) return null;
    if (typeof body === 'string') return 'text/plain;charset=UTF-8';
    if (body instanceof SearchParams) return 'application/x-www-form-urlencoded;charset=UTF-8';
    if (BufferCtor.isBuffer(body) || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return null;
    if (body[BODY] !== undefined) return null;
    return 'text/plain;charset=UTF-8';
  }

  // ---- Request ----
  const REQUEST = Symbol('Request internals');

  class Request {
    constructor(input, init = {}) {
      let parsedURL;
      let rawUrl;
      if (!(input instanceof Request)) {
        rawUrl = input && input.href ? String(input.href) : `${input}`;
        input = {};
      } else {
        rawUrl = input.url;
      }
      const parsed = parseUrl(rawUrl);
      parsedURL = parsed || { href: rawUrl, relative: true, protocol: null, hostname: '' };
      let method = init.method || input.method || 'GET';
      method = String(method).toUpperCase();
      const inputHasBody = input instanceof Request && input[BODY].source !== null;
      if ((init.body != null || inputHasBody) && (method === 'GET' || method === 'HEAD')) {
        throw new TypeError('Request with GET/HEAD method cannot have body');
      }
      const inputBody = init.body != null ? init.body : inputHasBody ? input : null;
      initBody(this, inputBody, {
        timeout: init.timeout || input.timeout || 0,
        size: init.size || input.size || 0,
      });
      const headers = new Headers(init.headers || input.headers || {});
      if (inputBody != null && !headers.has('Content-Type')) {
        const contentType = extractContentType(inputBody);
        if (contentType) headers.append('Content-Type', contentType);
      }
      Object.defineProperty(this, REQUEST, {
        value: { method, redirect: init.redirect || input.redirect || 'follow', headers, parsedURL, signal: null },
        enumerable: true,
      });
      this.follow = init.follow !== undefined ? init.follow : input.follow !== undefined ? input.follow : 20;
      this.compress = init.compress !== undefined ? init.compress : input.compress !== undefined ? input.compress : true;
      this.counter = init.counter || input.counter || 0;
      this.agent = init.agent || input.agent;
    }

    get method() {
      return this[REQUEST].method;
    }
    get url() {
      return this[REQUEST].parsedURL.href;
    }
    get headers() {
      return this[REQUEST].headers;
    }
    get redirect() {
      return this[REQUEST].redirect;
    }
    get signal() {
      return this[REQUEST].signal;
    }
    clone() {
      return new Request(this);
    }
  }
  mixinBody(Request.prototype);
  Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

  // ---- Response ----
  const STATUS_CODES = {
    100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted',
    203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content', 206: 'Partial Content',
    300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
    307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
    402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
    408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
    413: 'Payload Too Large', 415: 'Unsupported Media Type', 418: "I'm a Teapot", 422: 'Unprocessable Entity',
    429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
    503: 'Service Unavailable', 504: 'Gateway Timeout',
  };
  const RESPONSE = Symbol('Response internals');

  class Response {
    constructor(body = null, opts = {}) {
      initBody(this, body, opts);
      const status = opts.status || 200;
      const headers = new Headers(opts.headers);
      if (body != null && !headers.has('Content-Type')) {
        const contentType = extractContentType(body);
        if (contentType) headers.append('Content-Type', contentType);
      }
      Object.defineProperty(this, RESPONSE, {
        value: {
          url: opts.url, status, statusText: opts.statusText || STATUS_CODES[status], headers,
          counter: opts.counter,
        },
        enumerable: true,
      });
    }

    get url() {
      return this[RESPONSE].url || '';
    }
    get status() {
      return this[RESPONSE].status;
    }
    /** True for a 2xx status. */
    get ok() {
      return this[RESPONSE].status >= 200 && this[RESPONSE].status < 300;
    }
    get redirected() {
      return this[RESPONSE].counter > 0;
    }
    get statusText() {
      return this[RESPONSE].statusText;
    }
    get headers() {
      return this[RESPONSE].headers;
    }
    clone() {
      if (this.bodyUsed) throw new Error('cannot clone body after it is used');
      const copy = new Response(null, {
        url: this.url, status: this.status, statusText: this.statusText, headers: this.headers,
        counter: this[RESPONSE].counter, size: this.size, timeout: this.timeout,
      });
      copy[BODY].source = this[BODY].source;
      return copy;
    }
  }
  mixinBody(Response.prototype);
  for (const name of ['url', 'status', 'ok', 'redirected', 'statusText', 'headers', 'clone']) {
    const desc = Object.getOwnPropertyDescriptor(Response.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(Response.prototype, name, desc);
  }
  Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

  // ---- fetch ----
  const redirectStatus = new Set([301, 302, 303, 307, 308]);

  function hostRequest(request) {
    const parsed = request[REQUEST].parsedURL;
    if (parsed.relative || !parsed.hostname) throw new TypeError('Only absolute URLs are supported');
    if (!/^https?:$/.test(parsed.protocol)) throw new TypeError('Only HTTP(S) protocols are supported');
    const headers = new Headers(request.headers);
    if (!headers.has('Accept')) headers.set('Accept', '*/*');
    const source = request[BODY].source;
    let contentLength = null;
    if (source === null && /^(POST|PUT)$/i.test(request.method)) contentLength = '0';
    if (source !== null) contentLength = String(sourceLength(source));
    if (contentLength) headers.set('Content-Length', contentLength);
    if (!headers.has('User-Agent')) headers.set('User-Agent', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)');
    const pairs = [];
    const raw = headers.raw();
    for (const name of Object.keys(raw)) {
      for (const value of raw[name]) pairs.push([name, value]);
    }
    let body = null;
    let bodyBase64 = false;
    if (source !== null) {
      if (source.text != null) {
        body = source.text;
      } else {
        body = sourceBytes(source).toString('base64');
        bodyBase64 = true;
      }
    }
    const hashAt = parsed.href.indexOf('#');
    return {
      url: hashAt === -1 ? parsed.href : parsed.href.slice(0, hashAt),
      method: request.method,
      headers: pairs,
      body,
      bodyBase64,
      timeoutMs: request.timeout || 0,
    };
  }

  function isDomainOrSubdomain(destination, original) {
    const orig = parseUrl(original).hostname;
    const dest = parseUrl(destination).hostname;
    return orig === dest || (orig[orig.length - dest.length - 1] === '.' && orig.endsWith(dest));
  }
  function isSameProtocol(destination, original) {
    return parseUrl(original).protocol === parseUrl(destination).protocol;
  }

  function toFetchError(err, request) {
    if (err instanceof FetchError) return err;
    const type = err && err.type;
    if (type === 'request-timeout') return new FetchError(`network timeout at: ${request.url}`, 'request-timeout');
    if (type === 'max-size' || type === 'no-redirect' || type === 'invalid-json') {
      return new FetchError(String(err.message), type);
    }
    const message = err && err.message !== undefined ? String(err.message) : String(err);
    const code = err && err.code != null ? err.code : undefined;
    // The host may already say "request to <url> failed, reason: …"; never say it twice.
    const full = message.startsWith('request to ') ? message : `request to ${request.url} failed, reason: ${message}`;
    return new FetchError(full, 'system', { code });
  }

  /** fetch(url, options) with node-fetch 2.7 semantics; browser-only options are accepted and ignored. */
  function fetch(url, opts) {
    return new Promise((resolve, reject) => {
      const request = new Request(url, opts);
      const req = hostRequest(request);
      if (typeof host !== 'object' && typeof host !== 'function') {
        throw new FetchError(`request to ${request.url} failed, reason: no network in this context`, 'system',
          { code: 'ENOTSUP' });
      }
      Promise.resolve(host.http(req)).then((res) => {
        // node-fetch reads Node's res.headers, whose names are lower-case: so are these (headers.raw(), forEach…)
        const headers = createHeadersLenient((res.headers || []).map(([name, value]) => [String(name).toLowerCase(), value]));
        const status = res.status;
        if (redirectStatus.has(status)) {
          const location = headers.get('Location');
          let locationURL = null;
          try {
            locationURL = location === null ? null : resolveUrl(location, request.url);
          } catch (err) {
            if (request.redirect !== 'manual') {
              reject(new FetchError(`uri requested responds with an invalid redirect URL: ${location}`,
                'invalid-redirect'));
              return;
            }
          }
          switch (request.redirect) {
            case 'error':
              reject(new FetchError(
                `uri requested responds with a redirect, redirect mode is set to error: ${request.url}`,
                'no-redirect'));
              return;
            case 'manual':
              if (locationURL !== null) headers.set('Location', locationURL);
              break;
            case 'follow': {
              if (locationURL === null) break;
              if (request.counter >= request.follow) {
                reject(new FetchError(`maximum redirect reached at: ${request.url}`, 'max-redirect'));
                return;
              }
              const requestOpts = {
                headers: new Headers(request.headers),
                follow: request.follow,
                counter: request.counter + 1,
                agent: request.agent,
                compress: request.compress,
                method: request.method,
                body: request[BODY].source === null ? null : sourceBytes(request[BODY].source),
                timeout: request.timeout,
                size: request.size,
              };
              if (!isDomainOrSubdomain(request.url, locationURL) || !isSameProtocol(request.url, locationURL)) {
                for (const name of ['authorization', 'www-authenticate', 'cookie', 'cookie2']) {
                  requestOpts.headers.delete(name);
                }
              }
              if (status === 303 || ((status === 301 || status === 302) && request.method === 'POST')) {
                requestOpts.method = 'GET';
                requestOpts.body = undefined;
                requestOpts.headers.delete('content-length');
              }
              resolve(fetch(new Request(locationURL, requestOpts)));
              return;
            }
            default:
              break;
          }
        }
        const response = new Response(null, {
          url: request.url,
          status,
          statusText: res.statusText || STATUS_CODES[status] || '',
          headers,
          size: request.size,
          timeout: request.timeout,
          counter: request.counter,
        });
        const noBody = request.method === 'HEAD' || status === 204 || status === 304;
        response[BODY].source = noBody ? null : {
          text: res.bodyText != null ? String(res.bodyText) : null,
          base64: res.bodyBase64 != null ? String(res.bodyBase64) : null,
        };
        if (!noBody && res.bodyText == null && res.bodyBase64 == null) response[BODY].source = null;
        resolve(response);
      }, (err) => reject(toFetchError(err, request)));
    });
  }

  fetch.isRedirect = (code) => redirectStatus.has(code);
  fetch.Promise = Promise;
  fetch.Headers = Headers;
  fetch.Request = Request;
  fetch.Response = Response;
  fetch.FetchError = FetchError;
  fetch.default = fetch;

  Object.defineProperty(globalThis, 'fetch', { value: fetch, writable: true, enumerable: false, configurable: true });
})();
