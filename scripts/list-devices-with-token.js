// list-devices-with-token.js: lists the Homey's devices through the Web API with the bearer token that
// token-refresher.js stored in the Logic variable `accesstoken` (the seed guide's second script, ported):
// the way an outside tool would use that token.
//
// Args: none. `cloudid` below may stay empty: the script then asks the Homey for its id.
// Returns: the device names, sorted.

// -------- Configure these parameters --------
let cloudid = '2c5148f4b66b63d127cf7b82'
const variableName = 'accesstoken'
// --------------------------------------------

const variables = await Homey.logic.getVariables()
const variable = Object.values(variables).find(v => v.name === variableName)
if (!variable) throw new Error(`There is no Logic variable '${variableName}': run token-refresher.js first`)
if (!variable.value) throw new Error(`The Logic variable '${variableName}' is empty: run token-refresher.js first`)
if (!cloudid) cloudid = (await Homey.system.getInfo()).cloudId

const endpoint = 'https://' + cloudid + '.connect.athom.com/api/manager/devices/device/'
log('GET ' + endpoint)
const response = await fetch(endpoint, {
  headers: { accept: 'application/json', authorization: 'Bearer ' + variable.value },
})
log('Response status ' + response.status + ' ' + response.statusText)
if (!response.ok) {
  throw new Error(`The Homey refused the token (HTTP ${response.status}): run token-refresher.js to get a new one`)
}
const devices = Object.values(await response.json())
const names = devices.map(d => d.name).sort((a, b) => a.localeCompare(b))
const width = Math.max(...names.map(n => n.length), 4)
log(`${'Name'.padEnd(width)}  Class`)
for (const d of devices.sort((a, b) => a.name.localeCompare(b.name))) log(`${d.name.padEnd(width)}  ${d.class}`)
log(`${names.length} devices`)
return names
