// The `Homey` global: a Homey Web API v3 client shaped like homey-api's HomeyAPIV3, built from the operation
// catalogue the host reads from homey-api's Retrofit interfaces (no second list of operations lives here).
// Managers by JS name (Homey.devices, Homey.flow, …), one options object per call, lists keyed by id, items with
// prototype methods, the flow card uri rule, and the older spellings (Homey.flowToken, Homey.zigBee, app.apiGet…).
(function (host) {
  'use strict';
  const G = globalThis;
  const managers = JSON.parse(host.homeyManagers());
  const info = JSON.parse(host.homeyInfo());
  const hidden = (obj, name, value) =>
    Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });

  const parse = (text) => {
    if (text === '' || text === undefined || text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch (e) {
      return text; // an app's web API may answer plain text
    }
  };

  // ---- items ------------------------------------------------------------------------------------------------

  class Item {
    // homey:device:<id>, homey:zone:<id>, …
    get uri() {
      return 'homey:' + this.constructor.uriType + ':' + this.id;
    }
  }

  class Device extends Item {
    // setCapabilityValue('onoff', true[, opts]) or setCapabilityValue({ capabilityId, value, opts, transactionId })
    setCapabilityValue(capabilityId, value, opts) {
      const o = capabilityId !== null && typeof capabilityId === 'object'
        ? capabilityId
        : { capabilityId, value, opts };
      const args = { deviceId: this.id, capabilityId: o.capabilityId, value: o.value };
      if (o.opts !== undefined) args.opts = o.opts;
      if (o.transactionId !== undefined) args.transactionId = o.transactionId;
      return G.Homey.devices.setCapabilityValue(args);
    }
    getZone() {
      return G.Homey.zones.getZone({ id: this.zone });
    }
    getDriver() {
      return G.Homey.drivers.getDriver({ id: this.driverId });
    }
    async getLogs() {
      const logs = await G.Homey.insights.getLogs();
      const uri = this.uri;
      return pick(logs, (log) => log.ownerUri === uri);
    }
    async getFlows() {
      const flows = await G.Homey.flow.getFlows();
      const uri = this.uri;
      return pick(flows, (flow) => cardsOf(flow).some((card) => mentions(card, uri)));
    }
    async getAdvancedFlows() {
      const flows = await G.Homey.flow.getAdvancedFlows();
      const uri = this.uri;
      return pick(flows, (flow) => cardsOf(flow).some((card) => mentions(card, uri)));
    }
  }

  class Zone extends Item {
    getParent() {
      return this.parent ? G.Homey.zones.getZone({ id: this.parent }) : Promise.resolve(null);
    }
  }

  async function isBroken() {
    if (this.broken === true) return true;
    const [triggers, conditions, actions] = await Promise.all([
      G.Homey.flow.getFlowCardTriggers(), G.Homey.flow.getFlowCardConditions(), G.Homey.flow.getFlowCardActions()]);
    const known = { trigger: triggers, condition: conditions, action: actions };
    return cardsOf(this).some((card) => {
      const list = known[card.kind];
      return list !== undefined && card.id && !(card.id in list) && !Object.values(list).some((c) => c.id === card.id);
    });
  }

  class Flow extends Item {}
  hidden(Flow.prototype, 'isBroken', isBroken);
  class AdvancedFlow extends Item {}
  hidden(AdvancedFlow.prototype, 'isBroken', isBroken);

  class App extends Item {
    // app.get({ path }), app.post({ path, body }), …: that app's web API under /api/app/<id><path>
    get(o) { return appCall(this, 'GET', o); }
    post(o) { return appCall(this, 'POST', o); }
    put(o) { return appCall(this, 'PUT', o); }
    delete(o) { return appCall(this, 'DELETE', o); }
    // the older API's spelling: app.apiGet(path), app.apiPost(path, body), …
    apiGet(path) { return appCall(this, 'GET', { path }); }
    apiPost(path, body) { return appCall(this, 'POST', { path, body }); }
    apiPut(path, body) { return appCall(this, 'PUT', { path, body }); }
    apiDelete(path) { return appCall(this, 'DELETE', { path }); }
  }

  function appCall(app, method, o) {
    const options = typeof o === 'string' ? { path: o } : (o || {});
    let path = String(options.path === undefined ? '/' : options.path);
    if (!path.startsWith('/')) path = '/' + path;
    const body = options.body === undefined ? null : JSON.stringify(options.body);
    return host.homeyRaw(method, '/api/app/' + encodeURIComponent(app.id) + path, body).then(parse);
  }

  const classes = { Device, Zone, Flow, AdvancedFlow, App };
  const generic = {};
  function classFor(type) {
    if (classes[type]) return classes[type];
    if (!generic[type]) {
      generic[type] = { [type]: class extends Item {} }[type];
    }
    return generic[type];
  }
  for (const [type, cls] of Object.entries(classes)) cls.uriType = type.toLowerCase();

  function wrapItem(type, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const cls = classFor(type);
    if (cls.uriType === undefined) cls.uriType = type.toLowerCase();
    Object.setPrototypeOf(value, cls.prototype);
    if (type === 'Device' && value.capabilitiesObj && typeof value.capabilitiesObj === 'object') {
      for (const cap of Object.values(value.capabilitiesObj)) {
        if (cap && typeof cap.lastUpdated === 'string') cap.lastUpdated = new Date(cap.lastUpdated);
      }
    }
    return value;
  }

  // The older API answered flow card and flow token lists as arrays, and scripts written for it still do
  // `cards.find(…)`, `tokens.map(…)` or `for (const card of cards)`. These lists stay objects keyed by id (v3), with
  // array methods over their values added as NON-enumerable own properties, so Object.keys, for…in, JSON.stringify and
  // lodash see exactly the v3 object. No `length` on purpose: lodash treats any object with a numeric length as
  // array-like, and `_.find(list, …)` / `_.size(list)` would then walk indexes 0…length-1 and find nothing. No
  // findIndex/indexOf either: an index means nothing on a list keyed by id. One shared set of functions.
  const OLDER_ARRAY_LISTS = new Set(['FlowCardTrigger', 'FlowCardCondition', 'FlowCardAction', 'FlowToken']);
  const olderArrayMethods = (() => {
    const A = Array.prototype;
    const onValues = (method) => function () {
      return method.apply(Object.values(this), arguments);
    };
    return [
      ['forEach', onValues(A.forEach)], ['map', onValues(A.map)], ['filter', onValues(A.filter)],
      ['find', onValues(A.find)], ['some', onValues(A.some)], ['every', onValues(A.every)],
      ['reduce', onValues(A.reduce)], [Symbol.iterator, onValues(A.values)],
    ];
  })();
  function addOlderArrayMethods(list) {
    for (const [name, fn] of olderArrayMethods) {
      // an id that happens to be 'map' or 'find' keeps its item
      if (!Object.prototype.hasOwnProperty.call(list, name)) hidden(list, name, fn);
    }
    return list;
  }

  function wrap(crud, value) {
    if (!crud || value === undefined) return value;
    const colon = crud.indexOf(':');
    const role = crud.slice(0, colon);
    const type = crud.slice(colon + 1);
    if (role === 'getAll') {
      if (Array.isArray(value)) return value.map((v) => wrapItem(type, v));
      if (value && typeof value === 'object') {
        for (const id of Object.keys(value)) wrapItem(type, value[id]);
        if (OLDER_ARRAY_LISTS.has(type)) addOlderArrayMethods(value);
      }
      return value;
    }
    if (role === 'deleteOne') return value;
    return wrapItem(type, value);
  }

  // An object keyed by id of the entries of `list` (an object keyed by id, or an array) that pass `test`.
  function pick(list, test) {
    const result = {};
    for (const item of Object.values(list || {})) if (test(item)) result[item.id] = item;
    return result;
  }

  // The cards of a flow or advanced flow, as {kind, id, uri?}.
  function cardsOf(flow) {
    const cards = [];
    if (flow.trigger) cards.push({ kind: 'trigger', ...flow.trigger });
    for (const c of flow.conditions || []) cards.push({ kind: 'condition', ...c });
    for (const c of flow.actions || []) cards.push({ kind: 'action', ...c });
    if (flow.cards && typeof flow.cards === 'object') {
      for (const c of Object.values(flow.cards)) if (c && c.id) cards.push({ kind: c.type, ...c });
    }
    return cards;
  }

  function mentions(card, uri) {
    return card.ownerUri === uri || card.uri === uri || (typeof card.id === 'string' && card.id.startsWith(uri + ':'));
  }

  // ---- managers ---------------------------------------------------------------------------------------------

  function call(jsName, op, options) {
    if (options === undefined || options === null) options = {};
    if (typeof options !== 'object' || Array.isArray(options)) {
      return Promise.reject(new TypeError(
          `Homey.${jsName}.${op.name}() takes one options object, e.g. Homey.${jsName}.${op.name}({ id: '…' }), ` +
          `not a ${Array.isArray(options) ? 'array' : typeof options}`));
    }
    let args = options;
    // The flow card uri rule: without `uri`, it is the first three colon-separated parts of `id`.
    if (op.path.includes('uri') && op.path.includes('id') && (args.uri === undefined || args.uri === null) &&
        typeof args.id === 'string' && args.id.split(':').length > 3) {
      args = { ...args, uri: args.id.split(':').slice(0, 3).join(':') };
    }
    let timeout = 0;
    if (typeof args.$timeout === 'number') {
      timeout = args.$timeout;
      args = { ...args };
      delete args.$timeout;
    }
    return host.homey(jsName, op.name, JSON.stringify(args), timeout).then((text) => wrap(op.crud, parse(text)));
  }

  function manager(jsName) {
    const m = {};
    for (const op of JSON.parse(host.homeyOperations(jsName))) {
      hidden(m, op.name, { [op.name]: function (options) { return call(jsName, op, options); } }[op.name]);
    }
    return m;
  }

  const Homey = {};
  for (const jsName of managers) {
    // Managers are built on first use: a script touches two or three of some fifty.
    Object.defineProperty(Homey, jsName, {
      configurable: true,
      enumerable: true,
      get() {
        const m = manager(jsName);
        Object.defineProperty(Homey, jsName, { value: m, writable: false, configurable: true, enumerable: true });
        return m;
      },
    });
  }
  // The older API's spellings.
  const alias = (old, now) => {
    if (managers.includes(now)) {
      Object.defineProperty(Homey, old, { get() { return Homey[now]; }, configurable: true, enumerable: false });
    }
  };
  alias('flowToken', 'flowtoken');
  alias('zigBee', 'zigbee');
  alias('zWave', 'zwave');
  hidden(Homey, 'id', info.id);
  hidden(Homey, 'name', info.name);

  Object.defineProperty(G, 'Homey', { value: Homey, writable: true, configurable: true, enumerable: false });
})(__host);
