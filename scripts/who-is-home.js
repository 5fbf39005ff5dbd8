// who-is-home.js: who is home, who is away and who is asleep, from the Homey's users (presence as the Homey app
// reports it). Disabled users are left out.
//
// Args: none.
// Returns: {home: [names], away: [names], asleep: [names]}.

const users = Object.values(await Homey.users.getUsers())
  .filter(u => u.enabled !== false)
  .sort((a, b) => a.name.localeCompare(b.name))

const home = users.filter(u => u.present === true).map(u => u.name)
const away = users.filter(u => u.present !== true).map(u => u.name)
const asleep = users.filter(u => u.present === true && u.asleep === true).map(u => u.name)

log(home.length === 0 ? 'Nobody is home' : `Home: ${home.map(n => asleep.includes(n) ? n + ' (asleep)' : n).join(', ')}`)
log(`Away: ${away.length ? away.join(', ') : 'nobody'}`)
return { home, away, asleep }
