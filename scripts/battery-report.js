// battery-report.js: every battery-powered device with its battery level, lowest first, and which ones are low
// (below the threshold, or with their battery alarm on).
//
// Args: [threshold] in percent, default 20.
// Returns: {threshold, devices: [{name, zone, battery, low}], low: [names of the low ones]}.

const threshold = args[0] !== undefined && args[0] !== '' ? Number(args[0]) : 20
if (Number.isNaN(threshold)) throw new Error(`The threshold must be a number of percent, got '${args[0]}'`)

const [devices, zones] = await Promise.all([Homey.devices.getDevices(), Homey.zones.getZones()])
const zoneName = id => (zones[id] && zones[id].name) || '?'

const report = Object.values(devices)
  .filter(d => d.capabilitiesObj && d.capabilitiesObj.measure_battery)
  .map(d => {
    const battery = d.capabilitiesObj.measure_battery.value
    const alarm = d.capabilitiesObj.alarm_battery ? d.capabilitiesObj.alarm_battery.value === true : false
    return { name: d.name, zone: zoneName(d.zone), battery, low: alarm || (battery !== null && battery < threshold) }
  })
  .sort((a, b) => (a.battery ?? -1) - (b.battery ?? -1) || a.name.localeCompare(b.name))

const width = Math.max(...report.map(r => r.name.length), 6)
log(`Battery report (low: below ${threshold} % or battery alarm on)`)
for (const r of report) {
  const level = r.battery === null ? '  ?' : String(Math.round(r.battery)).padStart(3)
  log(`${r.low ? '!!' : '  '} ${r.name.padEnd(width)} ${level} %  ${r.zone}`)
}
const low = report.filter(r => r.low).map(r => r.name)
log(`${report.length} battery devices, ${low.length} low`)
return { threshold, devices: report, low }
