// Bundled in place of string-width for cli-table3 (scripts/build.mjs). Printable ASCII is one column a
// character, which is what string-width returns for it too: no ANSI escape (ESC, CSI) to strip, no emoji
// (every emoji sequence has a non-ASCII character), nothing wide or combining. Answering that case
// directly spares compiling string-width's large emoji expression (~1 ms of a start); any other text
// goes to string-width itself. test/render/string-width-shim.test.ts holds the two to the same answers.
'use strict';
const stringWidth = require('string-width');

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

module.exports = (text) => (typeof text === 'string' && PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text));
