import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The bundle gives cli-table3 scripts/shims/string-width.cjs instead of string-width: same widths, always.
const require = createRequire(import.meta.url);
const shim = require('../../scripts/shims/string-width.cjs') as (text: unknown) => number;
const stringWidth = require('string-width') as (text: unknown) => number;

describe('the string-width shim', () => {
  it('measures printable ASCII as one column a character', () => {
    expect(shim('')).toBe(0);
    expect(shim('meetings/reached')).toBe(16);
    expect(shim('| 23.7 % (9/38) |')).toBe(17);
  });

  it('hands everything else to string-width: escapes, control characters, wide, combining, emoji', () => {
    for (const text of ['\u001b[32m23.7 %\u001b[39m', 'a\tb', '\u0007', '\u00e9', 'e\u0301', '\u4f1a\u8b70', '\u{1f600}', '#\ufe0f\u20e3', '\u25b2 2.1 pp', '\u009b31m']) {
      expect([text, shim(text)]).toEqual([text, stringWidth(text)]);
    }
    expect(shim(undefined)).toBe(stringWidth(undefined));
  });

  it('agrees with string-width on any text', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(fc.property(anyText, (text) => shim(text) === stringWidth(text)), { numRuns: 5000 });
  });
});
