import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWeeklyTable } from '../../src/io/weekly-table.js';

/** Anything a user can feed us ends as rows or as problems with a message and a hint, never as a crash. */
function wellFormed(bytes: Uint8Array): void {
  const t = parseWeeklyTable('f.csv', bytes);
  for (const p of t.problems) {
    expect(p.file).toBe('f.csv');
    expect(p.message).not.toBe('');
    expect(p.hint ?? '').not.toBe('');
  }
  if (t.problems.length === 0) expect(t.rows.length).toBeGreaterThan(0);
}

describe('no input crashes the reader', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => wellFormed(b)), { numRuns: 500 });
  });

  it('CSV-like text made of the characters that matter', () => {
    const chars = fc.constantFrom('week', 'dials', 'reached', 'meetings', 'rep', 'hours', 'Total', '2026-W45', '02/03/2026', '1', '38', '1.234', '12,5', '-3', ',', ';', '\t', '"', '\n', '\r\n', ' ', 'ä', '\uFEFF', 'sep=;');
    fc.assert(fc.property(fc.array(chars, { maxLength: 60 }), (parts) => wellFormed(Buffer.from(parts.join('')))), { numRuns: 500 });
  });
});
