import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO } from '../../../src/io/calllog/scan-numbers.js';
import { plainEnd, plainTextAbove, quotedEnd, skipFields } from '../../../src/io/calllog/scan-skip.js';

// The reference: one byte a turn, as the scanner read before it took plain bytes two at a time.
const LF = 10, CR = 13, QUOTE = 34;
function plainEndByByte(buf: Buffer, p: number, delimiter: number): number {
  for (;;) {
    const c = buf[p]!;
    if (c === delimiter || c === LF) return p;
    if (c === QUOTE) return NO;
    if (c === CR) return buf[p + 1] === LF ? p : NO;
    p++;
  }
}
function quotedEndByByte(buf: Buffer, p: number): number {
  for (;;) {
    const c = buf[p];
    if (c === undefined || c === LF) return NO;
    if (c === QUOTE) {
      if (buf[p + 1] !== QUOTE) return p;
      p += 2;
      continue;
    }
    p++;
  }
}

// Lines of value bytes, delimiters, quotes, CRs, spaces and UTF-8, always ending in a line feed (as the
// scanner passes them), long enough for quoted values to go past the short-value loop.
const piece = fc.oneof(
  fc.constantFrom(',', ';', '\t', '"', '""', '\r', '\r\n', ' ', '+', 'é', '€'),
  fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', '-', '.', '@', '/', ':'), minLength: 1, maxLength: 90 }),
);
const line = fc.array(piece, { maxLength: 30 }).map((parts) => Buffer.from(parts.join('') + '\n'));
const delimiterByte = fc.constantFrom(44, 59, 9);

describe('skipping values, two plain bytes a turn', () => {
  it('plainEnd ends where a byte-by-byte reading ends, from every start', () => {
    fc.assert(fc.property(line, delimiterByte, (buf, delimiter) => {
      for (let p = 0; p < buf.length; p++) expect(plainEnd(buf, p, delimiter, plainTextAbove(delimiter))).toBe(plainEndByByte(buf, p, delimiter));
    }), { numRuns: 2_000 });
  });

  it('quotedEnd finds the closing quote a byte-by-byte reading finds, from every start', () => {
    fc.assert(fc.property(line, (buf) => {
      for (let p = 0; p < buf.length; p++) expect(quotedEnd(buf, p)).toBe(quotedEndByByte(buf, p));
    }), { numRuns: 2_000 });
  });

  it('skipFields ends where a grammar of the line says `fields` values end it', () => {
    // An independent reading: `fields` values (quoted with doubled quotes and no line feed, or plain without
    // delimiter, quote or CR) joined by the delimiter, then CRLF or LF. The bytes as Latin-1: one character each.
    const matchEnd = (buf: Buffer, fields: number, delimiter: number): number => {
      const d = delimiter === 9 ? '\\t' : String.fromCharCode(delimiter);
      const value = `(?:"(?:[^"\\n]|"")*"|[^${d}"\\r\\n]*)`;
      const m = new RegExp(`^${value}(?:${d}${value}){${fields - 1}}\\r?\\n`).exec(buf.toString('latin1'));
      return m ? m[0].length : NO;
    };
    fc.assert(fc.property(line, delimiterByte, fc.integer({ min: 1, max: 12 }), (buf, delimiter, fields) => {
      expect(skipFields(buf, 0, fields, delimiter, plainTextAbove(delimiter))).toBe(matchEnd(buf, fields, delimiter));
    }), { numRuns: 5_000 });
  });
});
