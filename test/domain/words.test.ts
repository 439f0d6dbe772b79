import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { words } from '../../src/domain/words.js';

describe('words', () => {
  test.each([
    ['SUM of Dials', ['sum', 'of', 'dials']],
    ['meetingsBooked', ['meetings', 'booked']],
    ['DMReached', ['dm', 'reached']],
    ['hs_call_disposition', ['hs', 'call', 'disposition']],
    ['Rückrufe (kurzfristig)', ['ruckrufe', 'kurzfristig']],
    ['# of DMs', ['#', 'of', 'dms']],
    ['Décideurs joints', ['decideurs', 'joints']],
    ['Straße', ['strasse']],
    ['Short-term callbacks', ['short', 'term', 'callbacks']],
    ['  ', []],
    ['calls2Meetings', ['calls2', 'meetings']],
    ['CBsShortTerm', ['cbs', 'short', 'term']], // a plural acronym stays whole
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  // ASCII text takes a path of its own (no Unicode expressions to build): it must split exactly as the
  // Unicode rules do. The reference below is those rules, written out independently.
  test('ASCII text splits as the Unicode rules split it', () => {
    const unicodeWords = (text: string) =>
      [...text.replace(/(\p{Ll}|\d)(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll}{2,})/gu, '$1 $2').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().matchAll(/[\p{L}\p{N}]+|[#%]/gu)].map((m) => m[0]);
    const headerish = fc.array(fc.constantFrom('a', 'b', 'Z', 'Q', 'x', '1', '9', ' ', '_', '-', '#', '%', '(', 'DM', 'Rs', 'ABCdef', 'aB', '\t', '\u007f', '\u0000'), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 30 }), headerish), (text) => {
      expect(words(text)).toEqual(unicodeWords(text));
    }), { numRuns: 3000 });
  });
});
