// unavailable-devices.js: the devices the Homey marks unavailable, with the reason it gives and when each was
// last seen, so you know which ones to wake, repair or re-pair.
//
// Args: none.
// Returns: [{name, zone, reason, lastSeen}] sorted by name (empty when all devices are fine).

const [devices, zones] = await Promise.all([Homey.devices.getDevices(), Homey.zones.getZones()])
const zoneName = id => (zones[id] && zones[id].name) || '?'

const unavailable = Object.values(devices)
  .filter(d => d.available === false)
  .map(d => ({
    name: d.name,
    zone: zoneName(d.zone),
    reason: d.unavailableMessage || 'unavailable',
    lastSeen: d.lastSeenAt || null,
  }))
  .sort((a, b) => a.name.localeCompare(b.name))

if (unavailable.length === 0) {
  log(`All ${Object.keys(devices).length} devices are available`)
} else {
  log(`${unavailable.length} of ${Object.keys(devices).length} devices are unavailable:`)
  for (const d of unavailable) {
    log(`- ${d.name} (${d.zone}): ${d.reason}${d.lastSeen ? ', last seen ' + d.lastSeen : ''}`)
  }
}
return unavailable
