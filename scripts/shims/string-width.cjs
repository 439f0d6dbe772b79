// Bundled in place of string-width for cli-table3 (scripts/build.mjs). string-width compiles a large emoji
// expression on first use (~1 ms of a start), and cli-table3 measures every cell, and its own "…", with it.
// Text made only of one-column characters is measured here: printable ASCII, Latin-1 and Latin Extended
// letters (U+00A0-U+02FF but © and ®, which string-width reads as emoji) and the dashes, quotes and dots of
// U+2010-U+2027. None of them is a control, combining, wide or emoji character, and no emoji sequence can
// be made of them alone (every one needs U+FE0F, U+20E3, U+200D or a character outside these ranges), so
// string-width, too, gives exactly one column each. Anything else goes to string-width itself;
// test/render/string-width-shim.test.ts checks every character of these ranges against it.
'use strict';
const stringWidth = require('string-width');

const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u02ff\u2010-\u2027]*$/;

module.exports = (text) => (typeof text === 'string' && ONE_COLUMN_EACH.test(text) ? text.length : stringWidth(text));
