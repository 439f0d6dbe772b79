import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The bundle gives cli-table3 scripts/shims/string-width.cjs instead of string-width: same widths, always.
const require = createRequire(import.meta.url);
const shim = require('../../scripts/shims/string-width.cjs') as (text: unknown) => number;
const stringWidth = require('string-width') as (text: unknown) => number;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
/** The characters the shim measures itself, and their neighbours on both sides of each range. */
const MEASURED = [...range(0x20, 0x7e), ...range(0xa0, 0x2ff), ...range(0x2010, 0x2027)];
const AROUND = [...range(0, 0x1f), ...range(0x7f, 0x9f), ...range(0x300, 0x36f), ...range(0x2000, 0x200f), ...range(0x2028, 0x2050), '\ufe0f', '\u20e3'];

describe('the string-width shim', () => {
  it('measures one-column text itself, as string-width does', () => {
    expect(shim('')).toBe(0);
    expect(shim('meetings/reached')).toBe(16);
    expect(shim('\u2026')).toBe(1); // cli-table3's "…"
    expect(shim('Gespr\u00e4che \u2013 na\u00efve')).toBe(17); // 9 + 1 + 1 + 1 + 5
  });

  it('agrees with string-width on every character of its ranges and around them', () => {
    for (const ch of [...MEASURED, ...AROUND]) expect([ch.codePointAt(0), shim(ch)]).toEqual([ch.codePointAt(0), stringWidth(ch)]);
  });

  it('hands everything else to string-width: escapes, control characters, wide, combining, emoji', () => {
    for (const text of ['\u001b[32m23.7 %\u001b[39m', 'a\tb', '\u0007', 'e\u0301', '\u4f1a\u8b70', '\u{1f600}', '#\ufe0f\u20e3', '\u00a9', '\u00ae\ufe0f', '\u25b2 2.1 pp', '\u009b31m']) {
      expect([text, shim(text)]).toEqual([text, stringWidth(text)]);
    }
    expect(shim(undefined)).toBe(stringWidth(undefined));
  });

  it('agrees with string-width on any text, and on any mix of its characters with the rest', () => {
    const mixed = fc.array(fc.constantFrom(...MEASURED, ...AROUND, '\u00a9', '\u00ae', '\u{1f600}', '\u200d', '\u4f1a'), { maxLength: 12 }).map((p) => p.join(''));
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), mixed);
    fc.assert(fc.property(anyText, (text) => shim(text) === stringWidth(text)), { numRuns: 5000 });
  });
});
