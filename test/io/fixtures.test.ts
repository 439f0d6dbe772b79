import { describe, expect, it } from 'vitest';
import { read } from './io-helpers.js';

// Expected totals are summed by hand from the rows in each fixture (see fixtures/README.md).
describe('good fixtures parse to the hand-computed totals', () => {
  const total = async (file: string) => {
    const t = await read([file]);
    const sum = (f: 'dials' | 'reached' | 'meetings') => t.rows.reduce((s, r) => s + r.counts[f], 0);
    return { rows: t.rows.length, dials: sum('dials'), reached: sum('reached'), meetings: sum('meetings'), t };
  };

  it('reference-week.csv: 106/38/16+3/9 in 2026-W45', async () => {
    const { rows, t } = await total('fixtures/reference-week.csv');
    expect(rows).toBe(1);
    const [row] = t.rows;
    // Rows are a class whose origin is built on demand: compared as the ActivityRow a consumer sees.
    expect({ week: row?.week, rep: row?.rep, origin: row?.origin, counts: row?.counts }).toEqual({
      week: '2026-W45', rep: null, origin: { file: 'fixtures/reference-week.csv', line: 2 },
      counts: { dials: 106, reached: 38, callbacks_short: 16, callbacks_long: 3, callbacks: 19, meetings: 9, hours: null },
    });
    expect(t.warnings).toEqual([]);
  });

  it('reference-week-108.csv: the same week with 108 dials', async () => {
    const { dials, reached, meetings } = await total('fixtures/reference-week-108.csv');
    expect([dials, reached, meetings]).toEqual([108, 38, 9]);
  });

  it('team-8-weeks.csv: 24 rows, 8 ISO weeks, 3 reps; dials down, hours per dial up, meetings up', async () => {
    const { rows, dials, reached, meetings, t } = await total('fixtures/team-8-weeks.csv');
    expect(rows).toBe(24);
    expect([dials, reached, meetings]).toEqual([864 + 843 + 826, 312 + 276 + 252, 61 + 39 + 23]);
    expect(t.rows.reduce((s, r) => s + (r.counts.hours ?? 0), 0)).toBe(86.5 + 84.5 + 83);
    expect(new Set(t.rows.map((r) => r.rep))).toEqual(new Set(['Anna', 'Bram', 'Chris']));
    const week = (w: string) => t.rows.filter((r) => r.week === w).map((r) => r.counts);
    const first = week('2026-W37');
    const last = week('2026-W44');
    const sum = (cs: typeof first, f: 'dials' | 'meetings' | 'hours') => cs.reduce((s, c) => s + (c[f] ?? 0), 0);
    expect([sum(first, 'dials'), sum(last, 'dials')]).toEqual([362, 270]);
    expect([sum(first, 'meetings'), sum(last, 'meetings')]).toEqual([12, 20]);
    expect(sum(first, 'hours') / sum(first, 'dials')).toBeLessThan(sum(last, 'hours') / sum(last, 'dials'));
    expect(t.warnings).toEqual([]);
  });

  it('nl-export.csv: BOM, ";", CRLF, thousands dots, decimal commas; the Totaal row is skipped', async () => {
    const { rows, dials, reached, meetings, t } = await total('fixtures/nl-export.csv');
    expect(rows).toBe(4);
    expect([dials, reached, meetings]).toEqual([1180 + 1126 + 1064 + 1015, 402 + 391 + 380 + 377, 41 + 44 + 47 + 52]);
    expect(t.rows.map((r) => r.counts.hours)).toEqual([98.5, 99, 101.25, 102.5]);
    expect(t.rows.map((r) => r.counts.callbacks)).toEqual([79, 78, 74, 71]);
    expect(t.rows.map((r) => r.week)).toEqual(['2026-W41', '2026-W42', '2026-W43', '2026-W44']);
    expect(t.warnings).toEqual(['fixtures/nl-export.csv:7: skipped summary row "Totaal" (totals are computed, never counted twice)']);
  });

  it('nl-excel-sep.csv: the sep=; line names the delimiter and keeps line numbers; plain weeks stay as written', async () => {
    const { t } = await total('fixtures/nl-excel-sep.csv');
    expect(t.rows.map((r) => [r.week, r.rep, r.counts.dials, r.origin.line])).toEqual([
      ['41', 'Sanne de Vries', 96, 3],
      ['41', 'Joost Bakker', 88, 4],
      ['42', 'Sanne de Vries', 91, 5],
      ['42', 'Joost Bakker', 85, 6],
    ]);
  });

  it('de-export.csv: Windows-1252 umlauts, KW dates dd.mm.yyyy as ISO weeks, thousands dots; Summe skipped', async () => {
    const { rows, dials, reached, meetings, t } = await total('fixtures/de-export.csv');
    expect(rows).toBe(4);
    expect([dials, reached, meetings]).toEqual([1012 + 96 + 1004 + 92, 118 + 29 + 121 + 30, 11 + 4 + 12 + 5]);
    expect(t.rows.map((r) => [r.week, r.rep, r.counts.hours])).toEqual([
      ['2026-W45', 'Jürgen Müller', 31.5],
      ['2026-W45', 'Sören Weiß', 9.75],
      ['2026-W46', 'Jürgen Müller', 32],
      ['2026-W46', 'Sören Weiß', 10.25],
    ]);
    expect(t.warnings).toEqual([
      'fixtures/de-export.csv: read as Windows-1252 text (it is not valid UTF-8)',
      'fixtures/de-export.csv:6: skipped summary row "Summe" (totals are computed, never counted twice)',
    ]);
  });

  it('utf16-unicode-text.txt: UTF-16LE, tabs, month-first US dates proven by 2/16/2026', async () => {
    const { rows, dials, reached, meetings, t } = await total('fixtures/utf16-unicode-text.txt');
    expect(rows).toBe(3);
    expect([dials, reached, meetings]).toEqual([110 + 104 + 99, 34 + 35 + 33, 5 + 6 + 6]);
    expect(t.rows.map((r) => [r.week, r.counts.callbacks, r.counts.callbacks_short, r.counts.hours])).toEqual([
      ['2026-W06', 9, null, 9.5],
      ['2026-W07', 8, null, 9.75],
      ['2026-W08', 8, null, 10],
    ]);
  });

  it('several files are read in order, and stdin is "-"', async () => {
    const t = await read(['fixtures/reference-week.csv', '-'], {}, 'week,dials,reached,meetings\n2026-W46,100,30,5\n');
    expect(t.files).toEqual(['fixtures/reference-week.csv', '<stdin>']);
    expect(t.rows.map((r) => [r.week, r.origin.file])).toEqual([['2026-W45', 'fixtures/reference-week.csv'], ['2026-W46', '<stdin>']]);
  });
});
