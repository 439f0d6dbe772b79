import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldForHeader, normaliseHeader } from '../../src/domain/fields.js';

/** The general rule, written out once here: accents off, lower case, only letters and digits. */
const byTheRule = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

describe('normaliseHeader', () => {
  it('the ASCII fast path agrees with the general rule', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => {
      expect(normaliseHeader(s)).toBe(byTheRule(s));
    }));
  });
  it('any text agrees with the general rule', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(normaliseHeader(s)).toBe(byTheRule(s));
    }));
  });
  it('matches headers as people write them', () => {
    expect(fieldForHeader('  Decision Makers_Reached ')).toBe('reached');
    expect(fieldForHeader('Verkäufer')).toBe('rep');
    expect(fieldForHeader('GESPRÄCHE')).toBe('reached');
  });
});
