#!/usr/bin/env homeyscript
/* A block comment: require('x'); setTimeout(); Homey.nothing.here()
   spanning lines */
const half = 10 / 2 / 1; // division, not a regex
const slashes = '/* not a comment */' + "// nor this" + `/${half}/`;
const re = /[/]require\(/.test(slashes) ? /a\/b/gi : null;
const obj = { say: 1, require: 2, 'setTimeout': 3 };
const nested = `a ${ { k: `b ${ obj.say }` }.k } c ${ `d` }`;
const multi = `line one
line two ${ undefinedInTemplate }`;
const x = obj.require + obj.say, y = half ? obj : re;
log(nested, multi, x, y);
