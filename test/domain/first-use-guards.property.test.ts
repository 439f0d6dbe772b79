import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateText } from '../../src/domain/date-words.js';
import { isSummaryLabel, normaliseHeader, SUMMARY_LABELS } from '../../src/domain/fields.js';
import { groupThousands } from '../../src/render/format.js';
import { terminal } from '../../src/render/safe.js';
import { startsWithSep } from '../../src/io/dialect.js';

// A few regular expressions are run only when their text can match (each costs a start a fraction of a
// millisecond to compile): the answers must be those of the expressions run on every text.

const textOf = (chars: readonly string[], maxLength = 16) => fc.array(fc.constantFrom(...chars), { maxLength }).map((c) => c.join(''));

describe('expressions skipped where they cannot match', () => {
  it('ordinal suffixes: dropped after a digit, whatever else the label holds', () => {
    fc.assert(fc.property(textOf(['1', '2', '0', 's', 't', 'n', 'd', 'r', 'h', ' ', '.', ',']), (tail) => {
      const label = `2${tail}`; // a digit first: no weekday to take off
      expect(dateText(label)).toBe(label.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1'));
    }), { numRuns: 3000 });
  });

  it('thousands separators: only from four digits on', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -99_999, max: 99_999 }), fc.double({ noNaN: true }), fc.constantFrom(0, -0, 999, 1000, -1000, 1e21, Infinity)), (n) => {
      const [whole = '', fraction] = String(Math.abs(n)).split('.');
      expect(groupThousands(n)).toBe((n < 0 ? '-' : '') + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`));
    }), { numRuns: 3000 });
  });

  it('CI workflow commands: neutralised wherever "::" or "##[" starts a word', () => {
    fc.assert(fc.property(textOf([':', '#', '[', ' ', 'a', '\\', 'e']), (text) => {
      expect(terminal(text)).toBe(text.replace(/(^|\s)(::|##\[)/g, '$1\\$2'));
    }), { numRuns: 3000 });
  });

  it("Excel's sep= line: every text the sep expressions match starts so", () => {
    fc.assert(fc.property(textOf(['s', 'S', 'e', 'E', 'p', 'P', '=', '"', ';', '\u017f', '\u0130', ' ']), (text) => {
      if (/^"?sep=/i.test(text)) expect(startsWithSep(text)).toBe(true);
    }), { numRuns: 5000 });
    expect(['sep=;', 'SEP=,', '"Sep=\t', 'sep'].map(startsWithSep)).toEqual([true, true, true, false]);
  });

  it('summary labels: ASCII text split into words as the Unicode expression splits it', () => {
    // The rule as written before the ASCII path, with the Unicode expression on every label.
    const unicodeWords = (v: string) => v.trim().split(/[^\p{L}]+/u);
    const reference = (value: string) => {
      const words = unicodeWords(value).filter((w) => w !== '');
      const last = new Set(['total', 'totaal', 'totals', 'gesamt', 'summe', 'ergebnis', 'somme', 'totale', 'subtotal']);
      if (words.length > 1 && last.has(normaliseHeader(words.at(-1) ?? ''))) return true;
      if (!new Set(SUMMARY_LABELS.map((s) => s[0])).has(value.trimStart()[0]?.toLowerCase())) return false;
      const first = unicodeWords(value)[0] ?? '';
      return (SUMMARY_LABELS as readonly string[]).some((s) => s === normaliseHeader(first) || s === normaliseHeader(value));
    };
    const pieces = ['Total', 'total', 'Summe', 'Anna', ' ', '-', ':', '2026', 'W05', 'Totaal', 'all', 'Ergebnis', '\u00e4', 'sum'];
    fc.assert(fc.property(textOf(pieces, 5), (value) => {
      expect(isSummaryLabel(value)).toBe(reference(value));
    }), { numRuns: 3000 });
  });
});
