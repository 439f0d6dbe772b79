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

  it('skipFields agrees with reading the values one by one with the byte-by-byte readers', () => {
    const byByte = (buf: Buffer, p: number, fields: number, delimiter: number): number => {
      for (let left = fields; ; left--) {
        p = buf[p] === QUOTE ? quotedEndByByte(buf, p + 1) : plainEndByByte(buf, p, delimiter);
        if (p === NO) return NO;
        if (buf[p] === QUOTE) p++;
        const c = buf[p];
        if (left > 1) {
          if (c !== delimiter) return NO;
        } else {
          if (c === CR && buf[p + 1] === LF) p++;
          else if (c !== LF) return NO;
          return p + 1;
        }
        p++;
      }
    };
    fc.assert(fc.property(line, delimiterByte, fc.integer({ min: 1, max: 12 }), (buf, delimiter, fields) => {
      expect(skipFields(buf, 0, fields, delimiter, plainTextAbove(delimiter))).toBe(byByte(buf, 0, fields, delimiter));
    }), { numRuns: 5_000 });
  });
});
