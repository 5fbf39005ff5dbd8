// token-refresher.js: gets a fresh Homey bearer token through the Athom cloud (the seed guide's login, done
// properly) and stores it in the Logic string variable `accesstoken`, as the guide's flow does with the
// guide's script. Run it regularly (a Flow every 30 minutes, or `homey-console run`); other scripts and tools
// then read the token from that variable (see list-devices-with-token.js).
//
// Args: none. Configure your Athom account and API project below (these are the simulator's demo values).
// Returns: {variable, created, length}: the variable's id, whether it had to be created, the token's length.
// The token itself is never printed or returned.

// -------- Configure these parameters --------
const email = 'demo@example.com'
const password = 'demo-bcfb73358634'
const client_id = '23cd6a0b8e9a1e72cdd34282'          // from your API project on developer.athom.com
const client_secret = '6b79303156f255f63516cae571a28f5469c8b2fe'
const redirect_url = 'http://localhost'
const cloudid = '2c5148f4b66b63d127cf7b82'            // your Homey's id (developer.athom.com/tools/system)
const variableName = 'accesstoken'
// --------------------------------------------

const form = (fields) => new URLSearchParams(fields)

async function check(response, step) {
  if (response.ok || (response.status >= 300 && response.status < 400)) return response
  let detail = await response.text()
  try {
    const json = JSON.parse(detail)
    detail = json.error_description || json.message || json.error || detail
  } catch (e) { /* not JSON: keep the text */ }
  throw new Error(`${step} failed with HTTP ${response.status}: ${String(detail).slice(0, 200)}`)
}

// 1. Log in to the Athom account: a user token.
log('1/6 logging in to accounts.athom.com as', email)
const login = await check(await fetch('https://accounts.athom.com/login', {
  method: 'POST',
  headers: { accept: 'application/json' },
  body: form({ email, password, otptoken: '' }),
}), 'Login')
const userToken = (await login.json()).token

// 2. Open the consent page: a CSRF value in the form and in a cookie.
log('2/6 opening the consent page')
const query = form({ client_id, redirect_uri: redirect_url, response_type: 'code', user_token: userToken }).toString()
const consent = await check(await fetch('https://accounts.athom.com/oauth2/authorise?' + query), 'Consent page')
const page = await consent.text()
const csrfMatch = /name="_csrf" value="([^"]+)"/.exec(page)
const cookie = (consent.headers.raw()['set-cookie'] || []).map(c => c.split(';')[0]).find(c => c.startsWith('_csrf='))
if (!csrfMatch || !cookie) throw new Error('The consent page had no _csrf form field or cookie: has the login page changed?')

// 3. Allow access to this Homey: the redirect carries an authorization code (not followed).
log('3/6 allowing access to Homey', cloudid)
const allow = await check(await fetch('https://accounts.athom.com/authorise?' + query, {
  method: 'POST',
  redirect: 'manual',
  headers: { cookie },
  body: form({ resource: 'resource.homey.' + cloudid, _csrf: csrfMatch[1], allow: 'Allow' }),
}), 'Consent')
const location = allow.headers.get('location') || ''
const code = new URLSearchParams(location.slice(location.indexOf('?') + 1)).get('code')
if (!code) throw new Error(`No authorization code in the consent answer (HTTP ${allow.status})`)

// 4. Exchange the code for an access token.
log('4/6 exchanging the code for an access token')
const tokenResponse = await check(await fetch('https://api.athom.com/oauth2/token', {
  method: 'POST',
  body: form({ client_id, client_secret, grant_type: 'authorization_code', code }),
}), 'Token exchange')
const oauth = await tokenResponse.json()

// 5. A delegation token (a JWT) for Homeys.
log('5/6 asking for a delegation token')
const delegation = await check(await fetch('https://api.athom.com/delegation/token?audience=homey', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer ' + oauth.access_token },
  body: '{}',
}), 'Delegation')
const jwt = await delegation.json()

// 6. Log in to the Homey with it: the session bearer token.
log('6/6 logging in to the Homey')
const session = await check(await fetch('https://' + cloudid + '.connect.athom.com/api/manager/users/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-homey-id': cloudid },
  body: JSON.stringify({ token: jwt }),
}), 'Homey login')
const bearer = await session.json()
if (typeof bearer !== 'string' || bearer === '') throw new Error('The Homey login did not answer a token')

// Store it in the Logic variable (created on the first run).
const variables = await Homey.logic.getVariables()
let variable = Object.values(variables).find(v => v.name === variableName)
let created = false
if (!variable) {
  variable = await Homey.logic.createVariable({ variable: { name: variableName, type: 'string', value: bearer } })
  created = true
} else {
  await Homey.logic.updateVariable({ id: variable.id, variable: { value: bearer } })
}
log(`Stored a fresh bearer token (${bearer.length} characters) in the Logic variable '${variableName}'` +
  (created ? ' (created it)' : ''))
return { variable: variable.id, created, length: bearer.length }
