import { describe, expect, it } from 'vitest';
import { checkDispersion } from '../../src/core/check-wobble.js';
import { CountsSum, NO_REP, groupBy, groupByWeek } from '../../src/core/funnel.js';
import { RowColumnsBuilder, columnsFrom, joinColumns, keepRows } from '../../src/core/row-columns-build.js';
import type { ActivityRow, Counts } from '../../src/core/types.js';
import { dispersionOf } from '../../src/core/wobble.js';
import { buildRepWeeks } from '../../src/core/rep-weeks.js';
import { mulberry32, type Rng } from '../stats-sim.js';

/** Rows of every kind a run mixes: blanks in each optional measure, fractional hours, talk time present, null or absent. */
function mixedRows(rng: Rng, n: number, files = ['a.csv', 'b.csv']): ActivityRow[] {
  const pick = (k: number) => Math.floor(rng() * k);
  const maybe = (v: number) => (rng() < 0.2 ? null : v);
  return Array.from({ length: n }, (_, i) => {
    const counts: Counts = {
      dials: pick(200), reached: pick(60), meetings: pick(10), callbacks_short: maybe(pick(9)), callbacks_long: maybe(pick(4)),
      callbacks: maybe(pick(12)), hours: maybe(Math.round(rng() * 1000) / 100),
    };
    const talk = rng();
    if (talk < 0.3) counts.talk_seconds = pick(5000);
    else if (talk < 0.4) counts.talk_seconds = null;
    const rep = rng() < 0.1 ? null : `rep ${pick(7)}`;
    return { week: `2026-W${String(1 + pick(9)).padStart(2, '0')}`, rep, counts, origin: { file: files[Math.floor((i * files.length) / n)]!, line: i + 2 } };
  });
}

describe('rows as columns', () => {
  it('give back every row as it was: counts, blanks, talk time present, null or absent, and where it came from', () => {
    const rows = mixedRows(mulberry32(3), 500);
    expect(columnsFrom(rows).toRows()).toEqual(rows);
  });

  it('pool in CountsSum exactly as the rows themselves do (addAt is add), talk time and blanks included', () => {
    const random = mulberry32(4);
    for (let n = 0; n < 50; n++) {
      const rows = mixedRows(random, 1 + Math.floor(random() * 30));
      const t = columnsFrom(rows);
      const byRow = new CountsSum();
      const byColumn = new CountsSum();
      rows.forEach((r, i) => {
        byRow.add(r.counts);
        byColumn.addAt(t, i);
      });
      expect(byColumn.counts()).toEqual(byRow.counts());
    }
  });

  it('grow past the size expected, and a measure first seen late leaves the rows before it blank', () => {
    const rows = mixedRows(mulberry32(5), 300).map((r, i) => ({ ...r, counts: { ...r.counts, hours: i < 250 ? null : 1.5 } }));
    const b = new RowColumnsBuilder(1);
    for (const r of rows) b.add(r.week, r.rep, r.counts, r.week, r.origin.file, r.origin.line, 1);
    const t = b.done();
    expect(t.toRows()).toEqual(rows);
    expect(t.parts.values.hours!.length).toBe(300);
  });

  it('a measure blank in every row has no column at all', () => {
    const t = columnsFrom(mixedRows(mulberry32(6), 100).map((r) => ({ ...r, counts: { ...r.counts, hours: null } })));
    expect(t.parts.values.hours).toBeNull();
    expect(t.counts(0).hours).toBeNull();
  });

  it('join and filter in row order; one table joined is that table, and a filter keeping all is the table', () => {
    const a = mixedRows(mulberry32(7), 40, ['a.csv']);
    const b = mixedRows(mulberry32(8), 30, ['b.csv']);
    const joined = joinColumns([columnsFrom(a), columnsFrom(b)]);
    expect(joined.toRows()).toEqual([...a, ...b]);
    expect(keepRows(joined, (i) => i % 3 === 0).toRows()).toEqual([...a, ...b].filter((_, i) => i % 3 === 0));
    const one = columnsFrom(a);
    expect(joinColumns([one])).toBe(one);
    expect(keepRows(one, () => true)).toBe(one);
    expect(joinColumns([]).length).toBe(0);
  });

  it('name the week column of each file, and the week cell as written', () => {
    const b = new RowColumnsBuilder();
    const c = { dials: 1, reached: 0, meetings: 0, callbacks_short: null, callbacks_long: null, callbacks: null, hours: null };
    b.add('2026-W06', 'Ann', c, '2026-02-02', 'a.csv', 2, 1);
    b.add('2026-W06', 'Ann', c, 'KW06/26', 'b.csv', 7, 3);
    const t = b.done();
    expect([t.weekColumn(0), t.weekColumn(1), t.label(0), t.label(1), t.origin(1)]).toEqual([1, 3, '2026-02-02', 'KW06/26', { file: 'b.csv', line: 7 }]);
  });
});

describe('the rep wobble of a check', () => {
  it('keeps rows without a rep apart from a rep named like their key, "(no rep)"', () => {
    const random = mulberry32(9);
    const rows = mixedRows(random, 400).map((r) => (r.rep === 'rep 3' ? { ...r, rep: NO_REP } : r));
    expect(rows.some((r) => r.rep === null) && rows.some((r) => r.rep === NO_REP)).toBe(true);
    const scope = { kind: 'window', weeks: 2 } as const;
    const checked = new Set(groupByWeek(rows).map((g) => g.key).slice(-2));
    const earlier = rows.filter((r) => !checked.has(r.week));
    const reference = groupBy(earlier, (r) => r.rep ?? '').map((g) => groupByWeek(g.rows).map((w) => w.totals));
    expect(checkDispersion(columnsFrom(rows), scope, undefined, 'rep')).toEqual(dispersionOf(reference));
  });
});

describe('counts in 4-byte floats, widened when a value needs 8 bytes', () => {
  const big = 2 ** 24 + 1; // the first whole number a 4-byte float cannot hold
  it('a count past 2^24, first met late, keeps every value exact (the column widens)', () => {
    const rows = mixedRows(mulberry32(10), 200).map((r, i) => (i === 150 ? { ...r, counts: { ...r.counts, dials: big, callbacks: big + 2 } } : r));
    const t = columnsFrom(rows);
    expect(t.parts.values.dials).toBeInstanceOf(Float64Array);
    expect(t.parts.values.reached).toBeInstanceOf(Float32Array);
    expect(t.toRows()).toEqual(rows);
  });

  it("rep-week sums that could pass 2^24 are kept in 8 bytes, exact", () => {
    const rows = [2 ** 23, 2 ** 23, 3].map((dials, i) => ({ week: '2026-W05', rep: 'Ann', counts: { dials, reached: 1, meetings: 0, callbacks_short: null, callbacks_long: null, callbacks: null, hours: null }, origin: { file: 'a.csv', line: i + 2 } }));
    const table = buildRepWeeks(rows, NO_REP);
    expect(table.columns.dials).toBeInstanceOf(Float64Array);
    expect(table.columns.reached).toBeInstanceOf(Float32Array);
    expect(table.columns.dials[0]).toBe(2 ** 24 + 3);
  });
});
