// zwave-zigbee-health.js: the health of the Z-Wave and Zigbee networks: controller state, and for every device
// on them whether it is available, when it was last seen and (where the Homey tells) its node state, link
// quality and failed messages. Devices that need attention are listed first.
//
// Args: [hours] after which a device that was not seen counts as stale, default 24.
// Returns: {zwave: {state, devices, problems}, zigbee: {state, devices, problems}}; problems are device names.

const staleHours = args[0] ? Number(args[0]) : 24
const now = Date.now()
const safe = promise => promise.catch(err => ({ error: err.message }))
const [devices, zones, zwaveState, zigbeeState] = await Promise.all([
  Homey.devices.getDevices(), Homey.zones.getZones(), safe(Homey.zwave.getState()), safe(Homey.zigbee.getState()),
])
const zoneName = id => (zones[id] && zones[id].name) || '?'

function protocolOf(d) {
  const s = d.settings || {}
  if (s.zw_node_id !== undefined) return 'zwave'
  if (s.zb_ieee_address !== undefined) return 'zigbee'
  return null
}

function nodeOf(d, protocol) {
  const nodes = (protocol === 'zwave' ? zwaveState.nodes : zigbeeState.nodes) || {}
  return Object.values(nodes).find(n => n.deviceId === d.id) || null
}

function check(d, protocol) {
  const node = nodeOf(d, protocol)
  const issues = []
  if (d.available === false) issues.push(d.unavailableMessage || 'unavailable')
  if (node && protocol === 'zwave' && node.state && node.state !== 'alive') issues.push(`node ${node.state}`)
  if (node && protocol === 'zigbee' && node.online === false) issues.push('offline')
  if (node && typeof node.lqi === 'number' && node.lqi < 60) issues.push(`weak link (LQI ${node.lqi})`)
  if (node && typeof node.failedMessages === 'number' && node.failedMessages >= 10) {
    issues.push(`${node.failedMessages} failed messages`)
  }
  const lastSeen = d.lastSeenAt || (node && node.lastSeen) || null
  if (lastSeen && now - new Date(lastSeen).getTime() > staleHours * 3600e3) issues.push(`not seen for ${staleHours} h`)
  if (d.warningMessage) issues.push(d.warningMessage)
  return {
    name: d.name,
    zone: zoneName(d.zone),
    node: protocol === 'zwave' ? Number(d.settings.zw_node_id) : d.settings.zb_ieee_address,
    available: d.available !== false,
    lastSeen,
    lqi: node && typeof node.lqi === 'number' ? node.lqi : null,
    issues,
  }
}

const result = {}
for (const [protocol, state, label] of [['zwave', zwaveState, 'Z-Wave'], ['zigbee', zigbeeState, 'Zigbee']]) {
  const list = Object.values(devices).filter(d => protocolOf(d) === protocol).map(d => check(d, protocol))
    .sort((a, b) => (b.issues.length > 0) - (a.issues.length > 0) || a.name.localeCompare(b.name))
  const controller = state.error ? `unknown (${state.error})` : (state.zw_state || state.state || 'unknown')
  log(`${label}: controller ${controller}, ${list.length} devices, ${list.filter(x => x.issues.length).length} need attention`)
  for (const x of list) {
    log(`  ${x.issues.length ? '!!' : 'ok'} ${x.name} [${x.node}] ${x.zone}` + (x.issues.length ? ': ' + x.issues.join('; ') : ''))
  }
  result[protocol] = { state: controller, devices: list, problems: list.filter(x => x.issues.length).map(x => x.name) }
}
return result
