// http.js: Node's `http` and `https` modules (Node 18/20 names and shapes) for scripts written on the hub, where they
// are globals. Loaded on the first read of either global; defines both.
//
// Built on the host call fetch.js uses (its header has the contract): `__host.http(req)` sends ONE request, follows no
// redirect and resolves with the whole body. So a request is sent at end(), and its response arrives as one 'data'
// chunk; events always fire asynchronously (microtasks), never inside request()/end(). The hub mapping of the Athom
// hosts (--athom-hosts) applies because it lives in the host. Needs Buffer (buffer.js), loaded here on first use.
// What is not here: servers (createServer), sockets ('socket' event, req.socket), pipe, TLS options (ca, cert,
// rejectUnauthorized: the host always verifies certificates), trailers, and 1xx 'information' events.
(function () {
  'use strict';

  const host = globalThis.__host;
  const BufferCtor = globalThis.Buffer;

  // ---- errors --------------------------------------------------------------------------------------------------

  /** An error as Node's internal/errors makes it: `code` set, and its stack headed `TypeError [CODE]: message`. */
  function codedError(Ctor, code, message) {
    const err = new Ctor(message);
    err.code = code;
    if (typeof err.stack === 'string' && err.stack.startsWith(err.name + ':')) {
      err.stack = `${err.name} [${code}]` + err.stack.slice(err.name.length);
    }
    return err;
  }

  const ERRNO = { ECONNREFUSED: -111, ENOTFOUND: -3008, ETIMEDOUT: -110, ECONNRESET: -104, EPROTO: -71 };

  /** A system error as Node's net/dns layer reports it: message `connect ECONNREFUSED 1.2.3.4:80`, errno, syscall. */
  function systemError(code, syscall, message, props) {
    const err = new Error(message);
    if (ERRNO[code] !== undefined) err.errno = ERRNO[code];
    err.code = code;
    err.syscall = syscall;
    return Object.assign(err, props);
  }

  /** The host's rejection ({type, code, message}, see fetch.js) as the error Node's http would emit. */
  function hostError(failure, target) {
    const code = failure && failure.code != null ? String(failure.code) : 'ECONNRESET';
    let detail = failure && failure.message != null ? String(failure.message) : String(failure);
    detail = detail.replace(/^request to \S* failed, reason: /, '');
    switch (code) {
      case 'ECONNREFUSED': {
        // OkHttp says "Failed to connect to name/1.2.3.4:80"; Node says "connect ECONNREFUSED 1.2.3.4:80".
        const m = /([^\s/]+):(\d+)\s*$/.exec(detail);
        const address = m ? m[1].replace(/^\[|\]$/g, '') : target.hostname;
        const port = m ? Number(m[2]) : target.port;
        return systemError(code, 'connect', `connect ECONNREFUSED ${address}:${port}`, { address, port });
      }
      case 'ENOTFOUND':
        return systemError(code, 'getaddrinfo', `getaddrinfo ENOTFOUND ${target.hostname}`,
          { hostname: target.hostname });
      case 'ETIMEDOUT':
        return /connect/i.test(detail)
          ? systemError(code, 'connect', `connect ETIMEDOUT ${target.hostname}:${target.port}`,
            { address: target.hostname, port: target.port })
          : systemError(code, 'read', 'read ETIMEDOUT');
      case 'ECONNRESET':
        return /unexpected end of stream|closed|reset/i.test(detail) || detail === ''
          ? Object.assign(new Error('socket hang up'), { code })
          : systemError(code, 'read', 'read ECONNRESET', { cause: detail });
      default: {
        const err = new Error(detail);
        err.code = code;
        return err;
      }
    }
  }

  // ---- EventEmitter (the part of Node's `events` that http's objects need) ---------------------------------------

  const EVENTS = Symbol('events');

  function listenersOf(emitter, name) {
    if (!Object.prototype.hasOwnProperty.call(emitter, EVENTS)) {
      Object.defineProperty(emitter, EVENTS, { value: Object.create(null), writable: true, configurable: true });
    }
    return emitter[EVENTS][name] || (emitter[EVENTS][name] = []);
  }

  /** The listeners of `name` without creating a list: emit() runs for every event, listened to or not. */
  function listenersIn(emitter, name) {
    return (Object.prototype.hasOwnProperty.call(emitter, EVENTS) && emitter[EVENTS][name]) || [];
  }

  function checkListener(listener) {
    if (typeof listener !== 'function') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "listener" argument must be of type function. Received ${describe(listener)}`);
    }
  }

  function describe(value) {
    if (value === null || value === undefined) return String(value);
    if (typeof value === 'function') return `function ${value.name || '<anonymous>'}`;
    if (typeof value === 'object') {
      return value.constructor && value.constructor.name ? `an instance of ${value.constructor.name}` : 'an object';
    }
    let shown = typeof value === 'string' ? `'${value}'` : String(value);
    if (shown.length > 28) shown = shown.slice(0, 25) + '...';
    return `type ${typeof value} (${shown})`;
  }

  class EventEmitter {
    on(name, listener) {
      checkListener(listener);
      listenersOf(this, name).push(listener);
      return this;
    }
    addListener(name, listener) {
      return this.on(name, listener);
    }
    prependListener(name, listener) {
      checkListener(listener);
      listenersOf(this, name).unshift(listener);
      return this;
    }
    once(name, listener) {
      checkListener(listener);
      const self = this;
      function wrapper(...args) {
        self.removeListener(name, wrapper);
        return listener.apply(self, args);
      }
      wrapper.listener = listener;
      return this.on(name, wrapper);
    }
    removeListener(name, listener) {
      checkListener(listener);
      const list = listenersIn(this, name);
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          list.splice(i, 1);
          break;
        }
      }
      return this;
    }
    off(name, listener) {
      return this.removeListener(name, listener);
    }
    removeAllListeners(name) {
      if (name === undefined) {
        Object.defineProperty(this, EVENTS, { value: Object.create(null), writable: true, configurable: true });
      } else {
        listenersOf(this, name).length = 0;
      }
      return this;
    }
    /**
     * Calls the listeners of `name` in order; true when there was one. An 'error' with no listener is thrown, as
     * Node does: the caller (a task of this file) lets it escape as an uncaught error.
     */
    emit(name, ...args) {
      const list = listenersIn(this, name);
      if (list.length === 0) {
        if (name === 'error') {
          const err = args[0];
          if (err instanceof Error) throw err;
          throw codedError(Error, 'ERR_UNHANDLED_ERROR', `Unhandled error. (${describe(err)})`);
        }
        return false;
      }
      for (const listener of list.slice()) listener.apply(this, args);
      return true;
    }
    listenerCount(name) {
      return listenersIn(this, name).length;
    }
    listeners(name) {
      return listenersIn(this, name).map((l) => l.listener || l);
    }
    rawListeners(name) {
      return listenersIn(this, name).slice();
    }
    eventNames() {
      const events = this[EVENTS] || {};
      return Object.keys(events).filter((name) => events[name].length > 0);
    }
    setMaxListeners() {
      return this;
    }
    getMaxListeners() {
      return 10;
    }
  }

  /**
   * Runs `task` as a microtask. What it throws (a listener's bug, an 'error' nobody listens to) is an uncaught error,
   * handed to the host: a script run fails with it at once (Node would end the process), the REPL prints it.
   */
  function later(task) {
    Promise.resolve().then(task).catch((err) => host.uncaught(err));
  }

  // ---- headers ---------------------------------------------------------------------------------------------------

  const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  // eslint-disable-next-line no-control-regex
  const invalidHeaderChar = /[^\t\x20-\x7e\x80-\xff]/;

  function validateHeaderName(name) {
    if (typeof name !== 'string' || !name || !tokenRegExp.test(name)) {
      throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `Header name must be a valid HTTP token ["${name}"]`);
    }
  }

  function validateHeaderValue(name, value) {
    if (value === undefined) {
      throw codedError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
    }
    for (const v of Array.isArray(value) ? value : [value]) {
      if (invalidHeaderChar.test(String(v))) {
        throw codedError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
      }
    }
  }

  // Node's IncomingMessage keeps only the first of these when a response repeats them.
  const SINGLE = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
    'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards',
    'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);

  /** Node's res.headers from [[name, value], …]: set-cookie an array, cookie joined by '; ', others by ', '. */
  function incomingHeaders(pairs) {
    const headers = {};
    for (const [rawName, value] of pairs) {
      const name = String(rawName).toLowerCase();
      const v = String(value);
      if (!Object.prototype.hasOwnProperty.call(headers, name)) {
        headers[name] = name === 'set-cookie' ? [v] : v;
      } else if (name === 'set-cookie') {
        headers[name].push(v);
      } else if (!SINGLE.has(name)) {
        headers[name] += (name === 'cookie' ? '; ' : ', ') + v;
      }
    }
    return headers;
  }

  // ---- URLs and options -------------------------------------------------------------------------------------------

  const urlRegExp =
    /^([a-zA-Z][a-zA-Z\d+\-.]*:)\/\/(?:([^@/?#]*)@)?(\[[^\]/?#]*\]|[^:/?#]*)(?::(\d*))?([^?#]*)(\?[^#]*)?(#.*)?$/;

  const encodeRuns = (text) => text.replace(/[^\x21-\x7e]+/g, (run) => encodeURI(run));

  /** Node's urlToHttpOptions(new URL(text)), for an http(s) URL written as text. */
  function urlOptions(text) {
    const m = urlRegExp.exec(String(text).trim());
    if (!m || m[3] === '' || (m[4] && +m[4] > 65535)) {
      const err = codedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
      err.input = String(text);
      throw err;
    }
    const protocol = m[1].toLowerCase();
    const pathname = encodeRuns(m[5] || '/');
    const search = m[6] && m[6] !== '?' ? encodeRuns(m[6]) : '';
    const options = {
      protocol,
      hostname: m[3].toLowerCase().replace(/^\[|\]$/g, ''),
      hash: m[7] || '',
      search,
      pathname,
      path: pathname + search,
      href: String(text).trim(),
    };
    if (m[4]) options.port = Number(m[4]);
    if (m[2]) {
      const at = m[2].indexOf(':');
      const user = at === -1 ? m[2] : m[2].slice(0, at);
      const pass = at === -1 ? '' : m[2].slice(at + 1);
      options.auth = `${decodeURIComponent(user)}:${decodeURIComponent(pass)}`;
    }
    return options;
  }

  // What a request holds that scripts do not see as fields.
  const STATE = Symbol('ClientRequest state');

  // ---- IncomingMessage -------------------------------------------------------------------------------------------

  const IN = Symbol('IncomingMessage state');

  /**
   * The response: status, headers, and a readable stream of one chunk (the host delivers the whole body). Like Node,
   * it only flows once read: a 'data' listener, resume(), read() or `for await`.
   */
  class IncomingMessage extends EventEmitter {
    constructor(answer, req) {
      super();
      const pairs = Array.isArray(answer.headers) ? answer.headers : [];
      this.httpVersion = '1.1';
      this.httpVersionMajor = 1;
      this.httpVersionMinor = 1;
      this.complete = false;
      this.rawHeaders = [];
      for (const [name, value] of pairs) this.rawHeaders.push(String(name), String(value));
      this.headers = incomingHeaders(pairs);
      this.rawTrailers = [];
      this.trailers = {};
      this.aborted = false;
      this.upgrade = false;
      this.url = '';
      this.method = null;
      this.statusCode = Number(answer.status);
      this.statusMessage = answer.statusText != null ? String(answer.statusText) : STATUS_CODES[this.statusCode] || '';
      this.req = req;
      let body = null;
      const noBody = req.method === 'HEAD' || this.statusCode === 204 || this.statusCode === 304;
      if (!noBody && answer.bodyBase64 != null) body = BufferCtor.from(String(answer.bodyBase64), 'base64');
      else if (!noBody && answer.bodyText != null) body = BufferCtor.from(String(answer.bodyText), 'utf8');
      Object.defineProperty(this, IN, {
        value: {
          chunks: body && body.length > 0 ? [body] : [],
          encoding: null,
          flowing: null, // null: nobody asked yet; true: flowing; false: paused
          scheduled: false,
          ended: false,
          destroyed: false,
        },
      });
    }

    get readable() {
      return !this[IN].ended && !this[IN].destroyed;
    }
    get readableEnded() {
      return this[IN].ended;
    }
    get readableFlowing() {
      return this[IN].flowing;
    }
    get readableEncoding() {
      return this[IN].encoding;
    }
    get destroyed() {
      return this[IN].destroyed;
    }

    on(name, listener) {
      super.on(name, listener);
      if (name === 'data' && this[IN].flowing !== false) this.resume();
      if (name === 'readable') later(() => this.emit('readable'));
      return this;
    }

    setEncoding(encoding) {
      const enc = encoding === undefined ? 'utf8' : String(encoding);
      if (!BufferCtor.isEncoding(enc)) throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
      this[IN].encoding = enc;
      return this;
    }

    resume() {
      this[IN].flowing = true;
      flow(this);
      return this;
    }
    pause() {
      this[IN].flowing = false;
      return this;
    }
    isPaused() {
      return this[IN].flowing === false;
    }

    /** The next chunk (a string after setEncoding, else a Buffer), or null; the end follows once all was read. */
    read() {
      const state = this[IN];
      if (state.chunks.length === 0) {
        finish(this);
        return null;
      }
      const chunk = chunkOut(this, state.chunks.shift());
      if (state.chunks.length === 0) finish(this);
      return chunk;
    }

    setTimeout(ms, callback) {
      this.req.setTimeout(ms, callback);
      return this;
    }

    destroy(error) {
      const state = this[IN];
      if (state.destroyed) return this;
      state.destroyed = true;
      state.chunks.length = 0;
      later(() => {
        if (error) this.emit('error', error);
        this.emit('close');
      });
      return this;
    }

    async *[Symbol.asyncIterator]() {
      const state = this[IN];
      state.flowing = false; // the iterator reads; 'data' listeners are not fed twice
      while (state.chunks.length > 0 && !state.destroyed) yield chunkOut(this, state.chunks.shift());
      finish(this);
    }
  }

  function chunkOut(res, chunk) {
    return res[IN].encoding ? chunk.toString(res[IN].encoding) : chunk;
  }

  /** Emits what is buffered as 'data' while flowing, then 'end', and 'close' of the request, then of the response. */
  function flow(res) {
    const state = res[IN];
    if (state.scheduled) return;
    state.scheduled = true;
    later(() => {
      state.scheduled = false;
      while (state.flowing && state.chunks.length > 0 && !state.destroyed) {
        res.emit('data', chunkOut(res, state.chunks.shift()));
      }
      if (state.flowing && state.chunks.length === 0) finish(res);
    });
  }

  function finish(res) {
    const state = res[IN];
    if (state.ended || state.destroyed) return;
    state.ended = true;
    res.complete = true;
    later(() => {
      res.emit('end');
      state.destroyed = true;
      closeRequest(res.req);
      res.emit('close');
    });
  }

  // ---- ClientRequest ---------------------------------------------------------------------------------------------

  const TICK_MS = 50; // how often a pending request with a timeout looks at the clock (host timers cannot be cancelled)

  /** An outgoing request. Headers and body are collected; end() sends it through the host in one go. */
  class ClientRequest extends EventEmitter {
    constructor(options, expectedProtocol, defaultPort, callback) {
      super();
      const protocol = options.protocol || expectedProtocol;
      if (protocol !== expectedProtocol) {
        throw codedError(TypeError, 'ERR_INVALID_PROTOCOL',
          `Protocol "${protocol}" not supported. Expected "${expectedProtocol}"`);
      }
      const port = Number(options.port || options.defaultPort || defaultPort);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw codedError(RangeError, 'ERR_SOCKET_BAD_PORT',
          `options.port should be >= 0 and < 65536. Received ${describe(options.port)}.`);
      }
      const hostname = String(options.hostname || options.host || 'localhost').replace(/^\[|\]$/g, '');
      const path = options.path == null ? '/' : String(options.path);
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0020]/.test(path)) {
        throw codedError(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
      }
      let method = options.method;
      if (method != null && typeof method !== 'string') {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
          `The "options.method" property must be of type string. Received ${describe(method)}`);
      }
      if (method) {
        if (!tokenRegExp.test(method)) {
          throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `Method must be a valid HTTP token ["${method}"]`);
        }
        method = method.toUpperCase();
      } else {
        method = 'GET';
      }
      this.method = method;
      this.path = path;
      this.host = hostname;
      this.protocol = protocol;
      this.agent = options.agent;
      this.aborted = false;
      this.reusedSocket = false;
      this.maxHeadersCount = null;
      this.socket = null;
      Object.defineProperty(this, STATE, {
        value: {
          headers: new Map(), // lower-case name → [name as given, value]
          chunks: [],
          headersSent: false,
          ended: false,
          sent: false, // handed to the host: 'finish' was emitted
          destroyed: false,
          closed: false,
          connecting: false, // Node gives a request its socket a tick after request(); before that abort() is quiet
          response: null,
          timerGeneration: 0,
          target: { hostname, port },
          defaultHost: (hostname.includes(':') ? `[${hostname}]` : hostname) + (port === defaultPort ? '' : ':' + port),
          url: null,
        },
      });
      this[STATE].url = `${protocol}//${this[STATE].defaultHost}${path.startsWith('/') ? '' : '/'}${path}`;
      const headers = options.headers;
      if (Array.isArray(headers)) {
        // Node also takes a flat [name, value, name, value…] list; pairs are accepted too.
        if (headers.length > 0 && Array.isArray(headers[0])) {
          for (const [name, value] of headers) this.appendHeader(name, value);
        } else {
          for (let i = 0; i + 1 < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
        }
      } else if (headers != null) {
        for (const name of Object.keys(headers)) this.setHeader(name, headers[name]);
      }
      // Node shows the Host header on the request; it is only sent as given when a script changed it, so that the
      // host's client (and the Athom host mapping) writes the real one.
      const hostHeader = this[STATE].defaultHost;
      if (options.setHost !== false && !this.hasHeader('host')) this.setHeader('Host', hostHeader);
      if (options.auth && !this.hasHeader('authorization')) {
        this.setHeader('Authorization', 'Basic ' + BufferCtor.from(String(options.auth)).toString('base64'));
      }
      if (typeof callback === 'function') this.once('response', callback);
      if (options.timeout !== undefined) this.setTimeout(options.timeout);
      later(() => {
        this[STATE].connecting = true;
      });
    }

    get headersSent() {
      return this[STATE].headersSent;
    }
    get destroyed() {
      return this[STATE].destroyed;
    }
    get writableEnded() {
      return this[STATE].ended;
    }
    get writableFinished() {
      return this[STATE].sent;
    }
    get finished() {
      return this[STATE].ended;
    }

    setHeader(name, value) {
      if (this[STATE].headersSent) {
        throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
      }
      validateHeaderName(name);
      validateHeaderValue(name, value);
      this[STATE].headers.set(name.toLowerCase(), [name, value]);
      return this;
    }
    appendHeader(name, value) {
      if (this[STATE].headersSent) {
        throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot append headers after they are sent to the client');
      }
      const entry = this[STATE].headers.get(String(name).toLowerCase());
      if (entry === undefined) return this.setHeader(name, value);
      validateHeaderName(name);
      validateHeaderValue(name, value);
      entry[1] = [].concat(entry[1], value);
      return this;
    }
    getHeader(name) {
      const entry = this[STATE].headers.get(String(name).toLowerCase());
      return entry === undefined ? undefined : entry[1];
    }
    getHeaders() {
      const out = Object.create(null);
      for (const [key, [, value]] of this[STATE].headers) out[key] = value;
      return out;
    }
    getHeaderNames() {
      return Array.from(this[STATE].headers.keys());
    }
    getRawHeaderNames() {
      return Array.from(this[STATE].headers.values(), ([name]) => name);
    }
    hasHeader(name) {
      return this[STATE].headers.has(String(name).toLowerCase());
    }
    removeHeader(name) {
      if (this[STATE].headersSent) {
        throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client');
      }
      this[STATE].headers.delete(String(name).toLowerCase());
    }
    flushHeaders() {
      this[STATE].headersSent = true;
    }
    setNoDelay() {}
    setSocketKeepAlive() {}

    /** Buffers a chunk (string in `encoding`, Buffer or Uint8Array); sent with the rest at end(). */
    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') {
        callback = encoding;
        encoding = undefined;
      }
      const state = this[STATE];
      if (state.ended) {
        const err = codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
        later(() => {
          if (typeof callback === 'function') callback(err);
          this.emit('error', err);
        });
        return false;
      }
      if (chunk === null) throw codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
      let bytes;
      if (typeof chunk === 'string') bytes = BufferCtor.from(chunk, encoding || 'utf8');
      else if (chunk instanceof Uint8Array) bytes = BufferCtor.from(chunk);
      else {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "chunk" argument must be of type string or an '
          + `instance of Buffer or Uint8Array. Received ${describe(chunk)}`);
      }
      state.chunks.push(bytes);
      state.headersSent = true;
      if (typeof callback === 'function') later(() => callback());
      return true;
    }

    /** Finishes the request and sends it; `callback` runs on 'finish'. */
    end(chunk, encoding, callback) {
      if (typeof chunk === 'function') {
        callback = chunk;
        chunk = undefined;
      } else if (typeof encoding === 'function') {
        callback = encoding;
        encoding = undefined;
      }
      const state = this[STATE];
      if (state.ended) {
        if (typeof callback === 'function') later(() => callback());
        return this;
      }
      if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
      state.ended = true;
      state.headersSent = true;
      if (typeof callback === 'function') this.once('finish', callback);
      later(() => {
        if (!state.destroyed) send(this); // a request destroyed in the same tick is never sent, as in Node
      });
      return this;
    }

    /**
     * Emits 'timeout' after `ms` without a response (0 turns it off). As in Node this does not abort anything: a
     * listener usually calls req.destroy().
     */
    setTimeout(ms, callback) {
      const msecs = Number(ms);
      if (!Number.isFinite(msecs) || msecs < 0) {
        throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
          `The value of "msecs" is out of range. It must be a non-negative finite number. Received ${ms}`);
      }
      if (typeof callback === 'function') this.once('timeout', callback);
      const state = this[STATE];
      const generation = ++state.timerGeneration;
      if (msecs > 0) watchClock(this, generation, Date.now() + msecs);
      return this;
    }

    /**
     * Ends the request at once: 'error' (`err`, or "socket hang up") unless a response already ended, then 'close'.
     * A request already sent is cancelled in the host, so the run does not wait for its answer.
     */
    destroy(err) {
      const state = this[STATE];
      if (state.destroyed) return this;
      state.destroyed = true;
      state.timerGeneration++;
      if (state.sent && !state.response) host.httpCancel(state.cancelId);
      const res = state.response;
      // abort() before the request had a socket ends quietly, as in Node; everything else is a hang-up.
      const quiet = !err && this.aborted && !state.connecting;
      later(() => {
        if (res) {
          if (!res.complete) {
            res.aborted = true;
            res.emit('aborted');
            res.destroy(err || Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
          }
        } else if (!quiet) {
          this.emit('error', err || Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
        }
        closeRequest(this);
      });
      return this;
    }

    /** Deprecated in Node but common in hub scripts: 'abort', then as destroy(). */
    abort() {
      if (this.aborted) return;
      this.aborted = true;
      if (this[STATE].connecting) later(() => this.emit('abort'));
      this.destroy();
      if (!this[STATE].connecting) later(() => this.emit('abort')); // Node: 'close' first here
    }
  }

  function watchClock(req, generation, due) {
    const state = req[STATE];
    if (state.timerGeneration !== generation || state.destroyed || state.response) return;
    const left = due - Date.now();
    if (left <= 0) {
      later(() => req.emit('timeout'));
      return;
    }
    host.wait(Math.min(left, TICK_MS)).then(() => watchClock(req, generation, due));
  }

  /** 'close' of the request, once: after its response ended, or after it failed or was destroyed. */
  function closeRequest(req) {
    if (req[STATE].closed) return;
    req[STATE].closed = true;
    req.emit('close');
  }

  let lastCancelId = 0;

  /** Hands the request to the host, then emits 'finish'; 'response' or 'error' follow when the host answers. */
  function send(req) {
    const state = req[STATE];
    const headers = [];
    for (const [key, [name, value]] of state.headers) {
      if (key === 'host' && value === state.defaultHost) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.push([name, String(v)]);
    }
    const body = state.chunks.length === 0 ? null : BufferCtor.concat(state.chunks);
    state.cancelId = ++lastCancelId;
    const answer = host.http({
      cancelId: state.cancelId,
      url: state.url,
      method: req.method,
      headers,
      body: body === null ? null : body.toString('base64'),
      bodyBase64: body !== null,
      timeoutMs: 0,
    });
    state.sent = true;
    req.emit('finish');
    Promise.resolve(answer).then((res) => {
      if (state.destroyed) return;
      const message = new IncomingMessage(res, req);
      state.response = message;
      later(() => {
        if (!req.emit('response', message)) message.resume(); // nobody wants it: read and drop it, as Node does
      });
    }, (failure) => {
      if (state.destroyed) return;
      state.destroyed = true;
      const err = hostError(failure, state.target);
      later(() => {
        req.emit('error', err);
        closeRequest(req);
      });
    });
  }

  // ---- the modules -----------------------------------------------------------------------------------------------

  /** request(url | options [, options] [, callback]) as Node parses it. */
  function requestArgs(input, options, callback) {
    let base = null;
    if (typeof input === 'string') {
      base = urlOptions(input);
    } else if (input !== null && typeof input === 'object' && typeof input.href === 'string'
        && ((input.protocol && input.auth === undefined && input.path === undefined)
          || (input.hostname === undefined && input.host === undefined))) {
      base = urlOptions(input.href); // a URL-like object
    } else {
      callback = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      callback = options;
      options = null;
    }
    if (options !== null && options !== undefined && typeof options !== 'object') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "options" argument must be of type object. Received ${describe(options)}`);
    }
    return { options: Object.assign({}, base || {}, options || {}), callback };
  }

  class Agent extends EventEmitter {
    constructor(options) {
      super();
      this.options = Object.assign({ path: null }, options);
      this.keepAlive = Boolean(this.options.keepAlive);
      this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
      this.maxSockets = this.options.maxSockets || Infinity;
      this.maxFreeSockets = this.options.maxFreeSockets || 256;
      this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
      this.scheduling = this.options.scheduling || 'lifo';
      this.defaultPort = 80;
      this.protocol = 'http:';
      this.requests = Object.create(null);
      this.sockets = Object.create(null);
      this.freeSockets = Object.create(null);
      this.totalSocketCount = 0;
    }
    destroy() {}
  }

  class HttpsAgent extends Agent {
    constructor(options) {
      super(options);
      this.defaultPort = 443;
      this.protocol = 'https:';
    }
  }
  Object.defineProperty(HttpsAgent, 'name', { value: 'Agent' });

  const noServer = (name) => function () {
    throw new Error(`${name}.createServer is not available: a script cannot listen for connections`);
  };

  function makeModule(name, protocol, defaultPort, AgentClass, extras) {
    const globalAgent = new AgentClass({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
    function request(input, options, callback) {
      const args = requestArgs(input, options, callback);
      return new ClientRequest(args.options, protocol, defaultPort, args.callback);
    }
    function get(input, options, callback) {
      const req = request(input, options, callback);
      req.end();
      return req;
    }
    return Object.assign({ Agent: AgentClass, globalAgent, request, get, createServer: noServer(name) }, extras);
  }

  const STATUS_CODES = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 200: 'OK', 201: 'Created',
    202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content',
    206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
    301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
    307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
    402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
    407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
    411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
    415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot",
    421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
    425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
    431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
    501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
    505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
    508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
    511: 'Network Authentication Required',
  };

  const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH',
    'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND',
    'PROPPATCH', 'PURGE', 'PUT', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
    'UNLOCK', 'UNSUBSCRIBE'];

  const http = makeModule('http', 'http:', 80, Agent, {
    STATUS_CODES,
    METHODS,
    ClientRequest,
    IncomingMessage,
    maxHeaderSize: 16384,
    validateHeaderName,
    validateHeaderValue,
  });
  const https = makeModule('https', 'https:', 443, HttpsAgent, {});

  const define = (name, value) =>
    Object.defineProperty(globalThis, name, { value, writable: true, enumerable: false, configurable: true });
  define('http', http);
  define('https', https);
})();
