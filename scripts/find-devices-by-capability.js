// find-devices-by-capability.js: every device that has a capability (e.g. measure_temperature, onoff,
// alarm_motion), with its zone and current value.
//
// Args: <capability id> (required).
// Returns: [{name, zone, value, units}] sorted by zone then name.

const capability = String(args[0] || '').trim()
const [devices, zones] = await Promise.all([Homey.devices.getDevices(), Homey.zones.getZones()])
const zoneName = id => (zones[id] && zones[id].name) || '?'
const all = Object.values(devices)
if (!capability) throw new Error('Which capability? Pass its id as the argument, e.g. measure_temperature')

const found = all
  .filter(d => (d.capabilities || []).includes(capability))
  .map(d => {
    const c = (d.capabilitiesObj || {})[capability] || {}
    return { name: d.name, zone: zoneName(d.zone), value: c.value === undefined ? null : c.value, units: c.units || null }
  })
  .sort((a, b) => a.zone.localeCompare(b.zone) || a.name.localeCompare(b.name))

if (found.length === 0) {
  const known = [...new Set(all.flatMap(d => d.capabilities || []))].sort()
  const similar = known.filter(k => k.includes(capability) || capability.includes(k.split('_').pop()))
  log(`No device has '${capability}'.` + (similar.length ? ` Similar: ${similar.join(', ')}` : ` Known: ${known.join(', ')}`))
  return found
}
log(`${found.length} device(s) with ${capability}:`)
for (const f of found) log(`  ${f.zone}: ${f.name} = ${f.value}${f.units ? ' ' + f.units : ''}`)
return found
