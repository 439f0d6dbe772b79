import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDecimalMark, expectedNumber, parseHours, parseNumber } from '../../src/io/numbers.js';

const value = (r: ReturnType<typeof parseNumber>) => (r.ok ? r.value : 'invalid');

describe('numbers as spreadsheets write them', () => {
  it.each([
    ['106', ',', 106], ['1.234', ',', 1234], ['1.234.567', ',', 1234567], ['12,5', ',', 12.5], ['1.234,5', ',', 1234.5],
    ['106', '.', 106], ['1,234', '.', 1234], ['12.5', '.', 12.5], ['1,234.5', '.', 1234.5],
    ['1 234', ',', 1234], ['1\u00A0234', '.', 1234], ['-38', '.', -38], ['0', ',', 0],
    // A grouping mark must group thousands; anything else is not a number in this file.
    ['1.23', ',', 'invalid'], ['12,5', '.', 'invalid'], ['1,2,3', '.', 'invalid'], ['1.234,5', '.', 'invalid'],
    ['lots', '.', 'invalid'], ['', '.', 'invalid'], ['1e3', '.', 'invalid'], ['0x10', '.', 'invalid'],
  ] as const)('%j with decimal mark %j → %j', (raw, mark, expected) => {
    expect(value(parseNumber(raw, mark))).toBe(expected);
  });

  it('"1.234" is a thousand in a decimal-comma file and a fraction in a decimal-point file', () => {
    expect(value(parseNumber('1.234', ','))).toBe(1234);
    expect(value(parseNumber('1.234', '.'))).toBe(1.234);
  });

  it("Swiss apostrophe thousands (1'234, 1’234) are read when they group by three", () => {
    expect(["1'234", '1\u2019234', "1'234'567", "1'234.5"].map((raw) => value(parseNumber(raw, '.')))).toEqual([1234, 1234, 1234567, 1234.5]);
    expect(["12'34", "1'2", "'123"].map((raw) => value(parseNumber(raw, '.')))).toEqual(['invalid', 'invalid', 'invalid']);
    expect(detectDecimalMark(["1'234.5"], ';')).toBe('.');
    expect(detectDecimalMark(['106', '7,5 h'], ',')).toBe(',');
  });

  it('hours may be h:mm', () => {
    expect(value(parseHours('7:30', ','))).toBe(7.5);
    expect(value(parseHours('10:15:00', '.'))).toBe(10.25);
    expect(value(parseHours('7:75', '.'))).toBe('invalid');
    // French 7h30, and an hours unit after the number.
    expect(['7h30', '7 h 30', '7,5 h', '8u', '6 Std.', '7.5 hrs'].map((raw) => value(parseHours(raw, raw.includes('.') && !raw.includes('Std') ? '.' : ',')))).toEqual([7.5, 7.5, 7.5, 8, 6, 7.5]);
    expect(['h', '7h75', '7 min'].map((raw) => value(parseHours(raw, ',')))).toEqual(['invalid', 'invalid', 'invalid']);
  });

  it('the decimal mark comes from the cells when they show it, else from the delimiter', () => {
    expect(detectDecimalMark(['106', '12,5'], ',')).toBe(',');
    expect(detectDecimalMark(['106', '12.5'], ';')).toBe('.');
    expect(detectDecimalMark(['1.234', '98'], ';')).toBe(',');
    expect(detectDecimalMark(['1,234', '98'], ',')).toBe('.');
    // "1.234" could be either: the delimiter decides.
    expect(detectDecimalMark(['1.234'], '\t')).toBe('.');
    expect(detectDecimalMark(['1.234,5'], '\t')).toBe(',');
    // Contradicting cells: the delimiter decides too.
    expect(detectDecimalMark(['12,5', '12.5'], ';')).toBe(',');
  });

  it('says what was expected', () => {
    expect(expectedNumber('count', ',')).toBe('expected a whole number such as 98 or 1.234 (this file groups thousands with ".")');
    expect(expectedNumber('hours', ',')).toBe('expected hours such as 7,5 or 7:30 (this file\'s decimal mark is ",")');
  });
});

describe('numbers round trip through the locales spreadsheets write', () => {
  it('any count or hours value, as de-DE, nl-NL or en-US formats it, reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('de-DE', 'nl-NL', 'en-US'), (whole, cents, locale) => {
        const mark = locale === 'en-US' ? '.' : ',';
        expect(value(parseNumber(whole.toLocaleString(locale), mark))).toBe(whole);
        const hours = whole / 1000 + cents / 100;
        const written = hours.toLocaleString(locale, { maximumFractionDigits: 5 });
        expect(value(parseHours(written, mark))).toBeCloseTo(hours, 9);
      }),
    );
  });
});
