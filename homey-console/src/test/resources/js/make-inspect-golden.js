// Regenerates inspect-golden.json from Node: node make-inspect-golden.js > inspect-golden.json
// (run in this folder; Node 18 or 20 give the same answers for these cases).
const fs = require('fs');
const util = require('util');
const cases = eval(fs.readFileSync(__dirname + '/inspect-cases.js', 'utf8'));
const out = {};
for (const [name, kind, make, opts] of cases) {
  out[name] = kind === 'format' ? util.format(...make()) : util.inspect(make(), opts);
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
