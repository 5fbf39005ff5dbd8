// export-flows-and-variables.js: a JSON backup of the Homey's flows (standard and advanced), flow folders and
// Logic variables, to keep in git or diff between days. Prints a summary; the export is the returned value, so
//   bin/homey-console run --json scripts/export-flows-and-variables.js > export.json
// saves it (HomeyScript's {success, returns} around it).
//
// Args: none.
// Returns: {exportedAt, homey, folders, flows, advancedFlows, variables}, each list sorted by name.

const byName = list => Object.values(list || {}).sort((a, b) => String(a.name).localeCompare(String(b.name)))
const optional = promise => promise.catch(err => {
  log('skipped:', err.message)
  return {}
})

const [info, folders, flows, advancedFlows, variables] = await Promise.all([
  Homey.system.getInfo(),
  optional(Homey.flow.getFlowFolders()),
  Homey.flow.getFlows(),
  optional(Homey.flow.getAdvancedFlows()),
  Homey.logic.getVariables(),
])

// Plain JSON copies, without the methods the items carry.
const plain = items => JSON.parse(JSON.stringify(byName(items)))
const backup = {
  exportedAt: new Date().toISOString(),
  homey: { name: info.name, cloudId: info.cloudId, version: info.homeyVersion },
  folders: plain(folders),
  flows: plain(flows),
  advancedFlows: plain(advancedFlows),
  variables: plain(variables),
}

log(`Export of ${backup.homey.name} (${backup.homey.version})`)
log(`  ${backup.flows.length} flows (${backup.flows.filter(f => f.enabled === false).length} disabled, ` +
  `${backup.flows.filter(f => f.broken).length} broken)`)
log(`  ${backup.advancedFlows.length} advanced flows, ${backup.folders.length} folders`)
log(`  ${backup.variables.length} variables: ` + backup.variables.map(v => `${v.name} (${v.type})`).join(', '))
return backup
