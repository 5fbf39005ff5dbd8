// device-insights-csv.js: a device's Insights (every logged capability, e.g. temperature and humidity) as CSV,
// one row per time stamp and one column per log, ready for a spreadsheet.
//
// Args: <device name> (required; case does not matter), [resolution] (default last24Hours; also lastHour,
//       last6Hours, last7Days, last14Days, last31Days, ...).
// Returns: the CSV text (also printed).

const wanted = String(args[0] || '').trim()
const resolution = args[1] || 'last24Hours'
const devices = Object.values(await Homey.devices.getDevices())
if (!wanted) throw new Error('Which device? Pass its name as the first argument')
const device = devices.find(d => d.name.toLowerCase() === wanted.toLowerCase())
if (!device) {
  const close = devices.filter(d => d.name.toLowerCase().includes(wanted.toLowerCase())).map(d => d.name)
  throw new Error(`There is no device '${wanted}'` + (close.length ? `. Did you mean: ${close.join(', ')}?` : ''))
}

const deviceUri = 'homey:device:' + device.id
const logs = Object.values(await Homey.insights.getLogs())
  .filter(l => l.uri === deviceUri || l.ownerUri === deviceUri)
  .sort((a, b) => String(a.title).localeCompare(String(b.title)))
if (logs.length === 0) throw new Error(`${device.name} has no Insights logs`)

const series = await Promise.all(logs.map(l => Homey.insights.getLogEntries({ uri: l.uri, id: l.id, resolution })))

// One row per time stamp, one column per log.
const rows = new Map()
series.forEach((entries, column) => {
  for (const point of entries.values || []) {
    const time = new Date(point.t).toISOString()
    if (!rows.has(time)) rows.set(time, new Array(logs.length).fill(''))
    rows.get(time)[column] = point.v === null || point.v === undefined ? '' : String(point.v)
  }
})
const quote = s => /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s
const header = ['time', ...logs.map(l => l.title + (l.units ? ` (${l.units})` : ''))].map(quote).join(',')
const lines = [...rows.keys()].sort().map(t => [t, ...rows.get(t)].map(quote).join(','))
const csv = [header, ...lines].join('\n') + '\n'

log(csv)
log(`${device.name}: ${logs.length} logs, ${lines.length} rows (${resolution})`)
return csv
