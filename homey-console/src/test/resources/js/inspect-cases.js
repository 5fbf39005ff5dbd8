// Cases for util.format / util.inspect, evaluated both by Node (to make inspect-golden.json, see
// make-inspect-golden.js) and by the GraalJS prelude in UtilGoldenTest. Only cases whose Node output does not depend
// on the engine (no error stacks, no Promise state) belong here.
// Each case: [name, kind ('inspect' | 'format'), make () => value or argument list, inspect options].
(function () {
  class Foo { constructor() { this.a = 1; } }
  class Empty {}
  class Bar extends Foo { constructor() { super(); this.b = 'two'; } }
  const circular = { name: 'root', list: [1, 2] };
  circular.self = circular;
  circular.list.push(circular);
  const twoRefs = { a: {}, b: {} };
  twoRefs.a.back = twoRefs.a;
  twoRefs.b.up = twoRefs;
  const withGetter = {
    get temperature() { return 21.5; },
    set temperature(v) { },
    get name() { return 'kitchen'; },
  };
  const sym = Symbol('tag');
  const nullProto = Object.create(null);
  nullProto.x = 1;
  const sparse = [1, , 3];
  sparse[7] = 8;
  const arrayWithProps = [1, 2];
  arrayWithProps.extra = true;
  const device = {
    id: '3c2f8a4e-1b7d-4c55-9f0e-0a1b2c3d4e5f', name: 'Living room lamp', class: 'light',
    capabilities: ['onoff', 'dim', 'light_hue', 'light_saturation', 'light_temperature', 'measure_power'],
    capabilitiesObj: {
      onoff: { id: 'onoff', value: true, title: 'Turned on', units: null },
      dim: { id: 'dim', value: 0.8, title: 'Dim level', min: 0, max: 1 },
    },
    zone: 'a4e5c0f1-7f1e-4f3f-9d3a-1c2b3a4d5e6f', available: true, ready: true,
  };
  return [
    ['string top', 'inspect', () => 'hello'],
    ['string quotes', 'inspect', () => "it's"],
    ['string both quotes', 'inspect', () => 'it\'s "x"'],
    ['string all quotes', 'inspect', () => 'it\'s "x" `y`'],
    ['string escapes', 'inspect', () => 'a\nb\tc\\d\u0001\u007f'],
    ['string long with newlines', 'inspect', () => 'line one of a long text\nline two of a long text\nline three of a long text that goes on\n'],
    ['nested long string', 'inspect', () => ({ text: 'x'.repeat(100) })],
    ['numbers', 'inspect', () => [0, -0, 1.5, -2, NaN, Infinity, -Infinity, 1e21]],
    ['bigint', 'inspect', () => 123n],
    ['primitives', 'inspect', () => [true, false, null, undefined]],
    ['symbol', 'inspect', () => Symbol('s')],
    ['empty object', 'inspect', () => ({})],
    ['empty array', 'inspect', () => []],
    ['simple object', 'inspect', () => ({ a: 1, b: 'two', c: [1, 2, 3] })],
    ['quoted keys', 'inspect', () => ({ 'a-b': 1, '1x': 2, valid_key: 3, 'sp ace': 4 })],
    ['symbol key', 'inspect', () => ({ [sym]: 1, plain: 2 })],
    ['nested depth cut', 'inspect', () => ({ a: { b: { c: { d: { e: 1 } } } } })],
    ['array depth cut', 'inspect', () => [[[[1, 2]]]]],
    ['depth 0', 'inspect', () => ({ a: { b: 1 }, c: [1] }), { depth: 0 }],
    ['depth null', 'inspect', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { depth: null }],
    ['device', 'inspect', () => device],
    ['device list', 'inspect', () => ({ [device.id]: device })],
    ['long array', 'inspect', () => Array.from({ length: 120 }, (_, i) => i)],
    ['grouped numbers', 'inspect', () => Array.from({ length: 30 }, (_, i) => i * 37)],
    ['grouped strings', 'inspect', () => ['onoff', 'dim', 'light_hue', 'light_saturation', 'measure_power', 'meter_power', 'alarm_motion', 'alarm_contact']],
    ['array of objects', 'inspect', () => [{ id: 1, name: 'a' }, { id: 2, name: 'b' }, { id: 3, name: 'c' }]],
    ['wide object', 'inspect', () => ({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', epsilon: 'eeeeeeeeee' })],
    ['map', 'inspect', () => new Map([['a', 1], ['b', { c: 2 }]])],
    ['empty map', 'inspect', () => new Map()],
    ['set', 'inspect', () => new Set([1, 'two', [3]])],
    ['date', 'inspect', () => new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6))],
    ['date in object', 'inspect', () => ({ lastUpdated: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)) })],
    ['invalid date', 'inspect', () => new Date(NaN)],
    ['regexp', 'inspect', () => /ab+c/gi],
    ['class instance', 'inspect', () => new Foo()],
    ['empty class instance', 'inspect', () => new Empty()],
    ['subclass instance', 'inspect', () => new Bar()],
    ['class', 'inspect', () => Foo],
    ['subclass', 'inspect', () => Bar],
    ['function', 'inspect', () => function named() {}],
    ['arrow', 'inspect', () => [() => 1]],
    ['async function', 'inspect', () => async function go() {}],
    ['function with props', 'inspect', () => Object.assign(function f() {}, { x: 1 })],
    ['circular', 'inspect', () => circular],
    ['two circular refs', 'inspect', () => twoRefs],
    ['getters', 'inspect', () => withGetter],
    ['getters shown', 'inspect', () => withGetter, { getters: true }],
    ['null prototype', 'inspect', () => nullProto],
    ['sparse array', 'inspect', () => sparse],
    ['array with props', 'inspect', () => arrayWithProps],
    ['typed array', 'inspect', () => new Uint8Array([1, 2, 3])],
    ['float array', 'inspect', () => new Float64Array([1.5, 2])],
    ['array buffer', 'inspect', () => new Uint8Array([1, 2, 255]).buffer],
    ['boxed', 'inspect', () => [new Number(3), new String('ab'), new Boolean(false)]],
    ['colors', 'inspect', () => ({ s: 'x', n: 1, b: true, u: undefined, z: null, d: new Date(0), r: /x/, f() {}, y: Symbol('q') }), { colors: true }],
    ['colors array', 'inspect', () => Array.from({ length: 10 }, (_, i) => i), { colors: true }],
    ['compact false', 'inspect', () => ({ a: 1, b: [1, 2] }), { compact: false }],
    ['compact true', 'inspect', () => ({ a: 1, b: { c: { d: 1 } } }), { compact: true }],
    ['breakLength small', 'inspect', () => ({ a: 'aaaa', b: 'bbbb' }), { breakLength: 10 }],
    ['sorted', 'inspect', () => ({ c: 1, a: 2, b: 3 }), { sorted: true }],
    ['maxArrayLength', 'inspect', () => [1, 2, 3, 4, 5], { maxArrayLength: 2 }],
    ['showHidden array', 'inspect', () => [1, 2], { showHidden: true }],
    ['nested arrays mixed', 'inspect', () => ({ zones: [{ id: 'z1', name: 'Home', parent: null }, { id: 'z2', name: 'Kitchen', parent: 'z1' }] })],
    ['object in array depth', 'inspect', () => [{ a: { b: { c: {} } } }]],
    ['format plain', 'format', () => ['hello', 'world', 42]],
    ['format %s', 'format', () => ['%s is %s', 'lamp', 'on']],
    ['format %s number', 'format', () => ['%s', 42]],
    ['format %s object', 'format', () => ['%s', { a: { b: { c: 1 } } }]],
    ['format %s array', 'format', () => ['%s', [1, [2, [3]]]]],
    ['format %s class toString', 'format', () => ['%s', { toString() { return 'custom'; } }]],
    ['format %s null', 'format', () => ['%s %s', null, undefined]],
    ['format %s bigint', 'format', () => ['%s', 5n]],
    ['format %d', 'format', () => ['%d %d %d %d', 42, '42.5', 'x', 7n]],
    ['format %i', 'format', () => ['%i %i', 42.9, '-3.7']],
    ['format %f', 'format', () => ['%f %f', '1.25', 'abc']],
    ['format %j', 'format', () => ['%j', { a: [1, 'x'] }]],
    ['format %j circular', 'format', () => ['%j', circular]],
    ['format %o', 'format', () => ['%o', { a: [1, 2] }]],
    ['format %O', 'format', () => ['%O', { a: { b: { c: { d: 1 } } } }]],
    ['format %c', 'format', () => ['%cstyled', 'color: red']],
    ['format %%', 'format', () => ['100%% done %s', 'now']],
    ['format %% alone', 'format', () => ['100%%']],
    ['format missing args', 'format', () => ['%s and %s', 'one']],
    ['format unknown', 'format', () => ['%x %s', 'a']],
    ['format extra args', 'format', () => ['a', { b: 1 }, [2], 'c', 3, null]],
    ['format non-string first', 'format', () => [{ a: 1 }, 'x', 2]],
    ['format numbers only', 'format', () => [1, 2, -0]],
    ['format trailing percent', 'format', () => ['50%', 1]],
    ['format map', 'format', () => ['devices:', new Map([['x', 1]])]],
  ];
})()
