// lights-off-in-zone.js: turns off every light in a zone and in the zones inside it (so "First Floor" covers
// all its rooms), all at once. Lights are devices of class light (or with virtual class light) that can be
// switched (onoff).
//
// Args: <zone name> (required; case does not matter).
// Returns: {zone, turnedOff: [names], alreadyOff: [names]}.

const wanted = String(args[0] || '').trim()
const zones = await Homey.zones.getZones()
const zoneList = Object.values(zones)
if (!wanted) {
  throw new Error('Which zone? Pass its name as the argument, one of: ' + zoneList.map(z => z.name).sort().join(', '))
}
const zone = zoneList.find(z => z.name.toLowerCase() === wanted.toLowerCase())
if (!zone) {
  throw new Error(`There is no zone '${wanted}'. Zones: ` + zoneList.map(z => z.name).sort().join(', '))
}

// The zone and everything below it.
const inside = new Set([zone.id])
let grew = true
while (grew) {
  grew = false
  for (const z of zoneList) {
    if (z.parent && inside.has(z.parent) && !inside.has(z.id)) {
      inside.add(z.id)
      grew = true
    }
  }
}

const devices = Object.values(await Homey.devices.getDevices())
const lights = devices.filter(d => inside.has(d.zone) && (d.class === 'light' || d.virtualClass === 'light') &&
  d.capabilities && d.capabilities.includes('onoff'))
const on = lights.filter(d => d.capabilitiesObj && d.capabilitiesObj.onoff && d.capabilitiesObj.onoff.value !== false)
const alreadyOff = lights.filter(d => !on.includes(d)).map(d => d.name).sort()

await Promise.all(on.map(d => d.setCapabilityValue('onoff', false)))
const turnedOff = on.map(d => d.name).sort()

log(`${zone.name}: turned off ${turnedOff.length} light(s)` + (turnedOff.length ? ': ' + turnedOff.join(', ') : ''))
if (alreadyOff.length) log(`already off: ${alreadyOff.join(', ')}`)
return { zone: zone.name, turnedOff, alreadyOff }
