// A typical script that ports as it is: no findings.
const devices = await Homey.devices.getDevices();
const zones = await Homey.zones.getZones();
let on = 0;
for (const device of Object.values(devices)) {
  if (device.capabilitiesObj?.onoff?.value === true) on++;
  const zone = zones[device.zone];
  log(`${device.name} in ${zone ? zone.name : '?'}: ${device.class}`);
}
const lights = _.filter(devices, d => d.class === 'light');
await Promise.all(lights.map(async (light, index) => {
  await wait(index * 100);
  await light.setCapabilityValue('onoff', false);
}));
const { name, version: v = '0' } = await Homey.system.getInfo();
function describe(x, ...rest) { return typeof missing === 'undefined' ? x + rest.length : x; }
const re = /\/api\/(devices|zones)\//g; // a regex with slashes and a comment with Homey.nothing.here()
const text = "say('in a string') and require('x') do not count";
const tpl = `nested ${`inner ${name}`} and ${describe(v)}`;
const counter = { count: 0, inc() { this.count++; }, get double() { return this.count * 2; } };
class Tracker { constructor(limit) { this.limit = limit; } check(n) { return n < this.limit; } }
outer: for (let i = 0, j = 10; i < j; i++) { if (i > 3) break outer; }
try { JSON.parse('{'); } catch (e) { console.error(e.message); }
implicitGlobal = 5;
console.info(implicitGlobal, on, re, text, tpl, counter.double, new Tracker(3).check(1), args[0], __filename__);
if (args.length > 0) return args.length;
return Buffer.from(new URLSearchParams({a: 1}).toString()).toString('base64');
