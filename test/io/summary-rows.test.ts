import { describe, expect, it } from 'vitest';
import { computedTotals, labelledTotals } from '../../src/io/summary-rows.js';
import { TableRow } from '../../src/io/weekly-row.js';
import { mulberry32 } from '../stats-sim.js';
import { columnsOfTableRows as cols, linesOf } from './table-row-columns.js';

const source = { file: 'a.csv', weekColumn: 1 };
let line = 1;
const row = (week: string, rep: string | null, dials: number, reached = 0, meetings = 0) =>
  new TableRow(week, rep, { dials, reached, meetings, callbacks_short: null, callbacks_long: null, callbacks: null, hours: null }, week, ++line, source);
const sum = (rows: readonly TableRow[]) => rows.reduce((s, r) => [s[0]! + r.counts.dials, s[1]! + r.counts.reached, s[2]! + r.counts.meetings], [0, 0, 0]);
const same = (t: TableRow, rows: readonly TableRow[]) => rows.length > 0 && sum(rows).every((v, i) => v === [t.counts.dials, t.counts.reached, t.counts.meetings][i]);

/** The rules read literally, row against rows: the oracle for the grouped sums. */
function naiveComputed(rows: readonly TableRow[], weekless: readonly TableRow[]) {
  const hasReps = rows.some((t) => t.rep !== null);
  const kept = rows.filter((t) => !(hasReps && t.rep === null && same(t, rows.filter((o) => o.rep !== null && o.week === t.week))));
  const totals = weekless.filter((t) => same(t, kept.filter((o) => t.rep === null || o.rep === t.rep)));
  return { kept: kept.map((t) => t.line), skipped: [...rows.filter((t) => !kept.includes(t)), ...totals].map((t) => t.line).sort((a, b) => a - b) };
}

describe('total rows, found by sums per week and per rep', () => {
  it('agree with the rules read row by row on random tables with planted totals', () => {
    const random = mulberry32(8);
    let found = 0;
    for (let n = 0; n < 200; n++) {
      const weeks = ['2026-W01', '2026-W02', '2026-W03'].slice(0, 1 + Math.floor(random() * 3));
      const reps = ['Ann', 'Bob', null].slice(0, 1 + Math.floor(random() * 3));
      const rows = weeks.flatMap((w) => reps.map((r) => row(w, r, Math.floor(random() * 4), Math.floor(random() * 2))));
      // A rep-less row per week that sums the reps, now and then off by one.
      for (const w of weeks) if (random() < 0.5) { const s = sum(rows.filter((t) => t.week === w && t.rep !== null)); rows.push(row(w, null, s[0]! + (random() < 0.3 ? 1 : 0), s[1]!)); }
      const weekless = random() < 0.5 ? [row('', null, sum(rows)[0]!, sum(rows)[1]!)] : [row('', 'Ann', Math.floor(random() * 6))];
      const got = computedTotals(cols(rows), weekless);
      const want = naiveComputed(rows, weekless);
      expect({ kept: linesOf(got.rows), skipped: got.skipped.map((t) => t.origin.line) }).toEqual(want);
      found += want.skipped.length;
      expect(got.weekless.map((t) => t.line)).toEqual(weekless.filter((t) => !want.skipped.includes(t.line)).map((t) => t.line));
    }
    expect(found).toBeGreaterThan(100); // the planted totals were there to find
  });

  it('a labelled total needs two weeks or more to sum; one week is a copy', () => {
    const a = row('2026-W01', 'Ann', 5, 2);
    const b = row('2026-W02', 'Ann', 7, 3);
    expect(labelledTotals(cols([a, b, row('Somme', 'Ann', 12, 5)])).skipped.map((t) => t.weekLabel)).toEqual(['Somme']);
    expect(labelledTotals(cols([a, row('Somme', 'Ann', 5, 2)])).skipped).toEqual([]);
    expect(labelledTotals(cols([a, b, row('Somme', null, 12, 5)])).skipped.map((t) => t.weekLabel)).toEqual(['Somme']);
  });

  it('grow with the rows, not with their square (half the rows without a rep, half no week)', () => {
    const table = (n: number) => Array.from({ length: n }, (_, i) => row(i % 2 ? `2026-W${String(1 + (i % 50)).padStart(2, '0')}` : `label ${i}`, i % 4 < 2 ? null : `rep ${i}`, i));
    const cost = (rows: readonly TableRow[]) => {
      let best = Infinity;
      const columns = cols(rows);
      for (let k = 0; k < 5; k++) {
        const t = performance.now();
        labelledTotals(computedTotals(columns, rows.slice(0, 50)).rows);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    const [small, large] = [table(1_000), table(50_000)];
    // 50× the rows: linear is about 50, quadratic 2,500; a loaded machine stretches single runs several
    // times, so the bound sits between. A ratio of two runs side by side (best of five), not a time limit.
    expect(cost(large) / Math.max(cost(small), 0.05)).toBeLessThan(600);
  });
});
