import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWeeklyTable } from '../../src/io/weekly-table.js';
import { isoWeekOf } from '../../src/domain/weeks.js';

type Row = { week: string; rep: string; dials: number; reached: number; meetings: number; hours: number };
type Style = { delimiter: ',' | ';' | '\t'; eol: '\n' | '\r\n'; bom: boolean; quoteAll: boolean; padding: boolean; encoding: 'utf-8' | 'utf-16le' };

const rowArb = (i: number) =>
  fc
    .record({
      rep: fc.array(fc.constantFrom('a', 'b', 'Ä', 'ö', ' ', ',', ';', '"', '\n', '\t', 'x'), { minLength: 1, maxLength: 8 }).map((cs) => cs.join('').trim()),
      dials: fc.integer({ min: 0, max: 50_000 }),
      reachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      meetingsShare: fc.double({ min: 0, max: 1, noNaN: true }),
      quarterHours: fc.integer({ min: 0, max: 400 }),
    })
    .filter((r) => r.rep !== '')
    .map((r): Row => {
      const reached = Math.floor(r.dials * r.reachedShare);
      return { week: `2026-W${String(i + 1).padStart(2, '0')}`, rep: r.rep, dials: r.dials, reached, meetings: Math.floor(reached * r.meetingsShare), hours: r.quarterHours / 4 };
    });

const tableArb = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(i))));
const styleArb = fc.record<Style>({
  delimiter: fc.constantFrom(',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  quoteAll: fc.boolean(),
  padding: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-16le'),
});

/** Writes a table the way a spreadsheet might, and where each row starts. */
function write(rows: readonly Row[], s: Style): { bytes: Buffer; lines: number[] } {
  const mark = s.delimiter === ';' ? ',' : '.';
  const cell = (v: string) => {
    const needs = s.quoteAll || v.includes(s.delimiter) || /["\n\r]/.test(v) || v !== v.trim();
    const out = needs ? `"${v.replace(/"/g, '""')}"` : v;
    return s.padding && !needs ? ` ${out} ` : out;
  };
  const count = (n: number) => (s.delimiter === ';' ? n.toLocaleString('de-DE') : s.delimiter === ',' ? n.toLocaleString('en-US') : String(n));
  const records = [
    ['Week', 'Verkäufer', 'Calls', 'Beslissers (gesproken)', 'Termine', 'Uren'],
    ...rows.map((r) => [r.week, r.rep, count(r.dials), String(r.reached), String(r.meetings), String(r.hours).replace('.', mark)]),
  ].map((fields) => fields.map(cell).join(s.delimiter));
  const lines: number[] = [];
  let line = 1;
  for (const rec of records) {
    lines.push(line);
    line += rec.split('\n').length;
  }
  const text = (s.bom ? '\uFEFF' : '') + records.join(s.eol) + s.eol;
  const bytes = s.encoding === 'utf-8' ? Buffer.from(text, 'utf8') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/^\uFEFF/, ''), 'utf16le')]);
  return { bytes, lines: lines.slice(1) };
}

describe('round trip: any table, in any dialect, parses back to the same rows at the right lines', () => {
  it('delimiter, quoting, CRLF, BOM, UTF-16, thousands marks, decimal commas, padding', () => {
    fc.assert(
      fc.property(tableArb, styleArb, (rows, style) => {
        const { bytes, lines } = write(rows, style);
        const t = parseWeeklyTable('t.csv', bytes);
        expect(t.problems).toEqual([]);
        expect(t.rows.map((r) => ({ week: r.week, rep: r.rep, dials: r.counts.dials, reached: r.counts.reached, meetings: r.counts.meetings, hours: r.counts.hours }))).toEqual(rows);
        expect(t.rows.map((r) => r.origin.line)).toEqual(lines);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ISO weeks agree with an independent method', () => {
  // Week 1 starts on the Monday of the week holding January 4.
  const week1Monday = (y: number) => {
    const jan4 = Date.UTC(y, 0, 4);
    return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  };
  it('for any date from 1990 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 }), (day) => {
        const d = new Date(day * 86_400_000);
        const y = d.getUTCFullYear();
        const isoYear = day * 86_400_000 >= week1Monday(y + 1) ? y + 1 : day * 86_400_000 < week1Monday(y) ? y - 1 : y;
        const week = Math.floor((day * 86_400_000 - week1Monday(isoYear)) / (7 * 86_400_000)) + 1;
        expect(isoWeekOf(y, d.getUTCMonth() + 1, d.getUTCDate())).toEqual({ year: isoYear, week });
      }),
      { numRuns: 2000 },
    );
  });
});
