// The HomeyScript globals that are not the Homey API itself: log, console, wait, tag, setTagValue, say, global,
// args, __filename__ & co, and lazily loaded lodash (`_`) and helper D's Node pieces (util for printing, Buffer,
// URLSearchParams, fetch) and Node's http/https (http.js). Runs once per context before homey.js, while the private
// `__host` object is visible.
(function (host) {
  'use strict';
  const G = globalThis;

  // What GraalJS (or a browser) offers but a script on the hub does not have.
  for (const name of ['print', 'printErr', 'load', 'loadWithNewGlobal', 'quit', 'exit', 'read', 'readbuffer',
      'readline', 'Java', 'Polyglot', 'Graal', 'console', 'setTimeout', 'setInterval', 'setImmediate',
      'clearTimeout', 'clearInterval', 'clearImmediate', 'performance', 'URL', 'TextEncoder', 'TextDecoder',
      'AbortController', 'AbortSignal', 'atob', 'btoa', 'require', 'process', 'module', 'exports', 'global',
      'Headers', 'Request', 'Response', 'FormData', 'Blob', 'Packages', 'java', 'javax', 'javafx', 'com', 'org',
      'edu', 'net', 'arguments']) {
    if (Object.prototype.hasOwnProperty.call(G, name)) delete G[name];
  }

  const define = (name, value) =>
    Object.defineProperty(G, name, { value, writable: true, configurable: true, enumerable: false });

  // Node's util.format, from helper D's util.js, loaded on the first print.
  let util;
  const format = (args) => (util || (util = host.util())).format(...args);
  const print = (stream) => function () {
    host.print(stream, format(Array.prototype.slice.call(arguments)) + '\n');
  };

  // On the hub `console` has only these three, and `log` is console.log.
  define('console', Object.freeze({ log: print('out'), info: print('out'), error: print('err') }));
  define('log', print('out'));

  define('wait', function wait(ms) {
    return host.wait(Math.max(0, Number(ms) || 0));
  });

  const checkTagId = (fn, id) => {
    if (typeof id !== 'string' || id === '') {
      throw new TypeError(fn + ': the tag id must be a non-empty string, got ' + (id === '' ? "''" : typeof id));
    }
  };
  const TAG_TYPES = ['string', 'number', 'boolean'];

  define('tag', async function tag(id, value) {
    checkTagId('tag(id, value)', id);
    if (value === null || value === undefined) {
      host.tagDelete(id);
      return;
    }
    const type = typeof value;
    if (!TAG_TYPES.includes(type)) {
      throw new TypeError(`tag('${id}', value): a tag holds a string, number or boolean, not ${type}` +
          (type === 'object' ? ' (store JSON.stringify(value) to keep an object)' : ''));
    }
    host.tagSet(id, type, id, JSON.stringify(value));
  });

  define('setTagValue', async function setTagValue(id, opts, value) {
    host.print('out', "⚠️ setTagValue(id, opts, value) is deprecated, use tag(id, value) instead.\n");
    checkTagId('setTagValue(id, opts, value)', id);
    if (value === null || value === undefined) {
      host.tagDelete(id);
      return;
    }
    const type = opts && typeof opts.type === 'string' ? opts.type : typeof value;
    if (!TAG_TYPES.includes(type)) {
      throw new TypeError(`setTagValue('${id}', {type}, value): type must be 'string', 'number' or 'boolean', not '${type}'`);
    }
    const coerced = type === 'string' ? String(value) : type === 'number' ? Number(value) : Boolean(value);
    host.tagSet(id, type, id, JSON.stringify(coerced));
  });

  define('say', async function say(text) {
    throw new Error('say() is not available: a Homey Pro (2023) has no speech output, and its Web API cannot speak. ' +
        "Send a timeline notification instead: await Homey.flow.runFlowCardAction({ uri: 'homey:manager:notifications', " +
        "id: 'create_notification', args: { text: " + JSON.stringify(String(text)) + ' } })');
  });

  // `global` is HomeyScript's persistent store, NOT globalThis.
  define('global', Object.freeze({
    get(key) {
      const json = host.globalGet(String(key));
      return json == null ? undefined : JSON.parse(json);
    },
    set(key, value) {
      const json = JSON.stringify(value);
      host.globalSet(String(key), json === undefined ? null : json);
    },
    keys() {
      return JSON.parse(host.globalKeys());
    },
  }));

  const run = JSON.parse(host.runInfo());
  define('args', run.args);
  define('__filename__', run.filename);
  define('__script_id__', run.scriptId);
  define('__last_executed__', new Date(run.lastExecuted));
  define('__ms_since_last_executed__', Date.now() - run.lastExecuted);

  // Node's pieces most scripts never touch: loaded on the first read of their global (fetch loads the other two).
  const onDemand = (name, file) => Object.defineProperty(G, name, {
    configurable: true,
    enumerable: false,
    get() {
      define(name, undefined);
      host.load(file); // the file defines the global
      return G[name];
    },
    set(value) {
      define(name, value);
    },
  });
  onDemand('Buffer', 'buffer.js');
  onDemand('URLSearchParams', 'urlsearchparams.js');
  onDemand('fetch', 'fetch.js');
  onDemand('http', 'http.js'); // defines https too
  onDemand('https', 'http.js');

  // lodash is large and many scripts never touch it: evaluate it on the first read of `_`.
  Object.defineProperty(G, '_', {
    configurable: true,
    enumerable: false,
    get() {
      // lodash reads the old `_` (for noConflict) while it loads: make that a plain undefined first.
      define('_', undefined);
      host.lodash().call(G); // assigns globalThis._
      return G._;
    },
    set(value) {
      define('_', value);
    },
  });
})(__host);
