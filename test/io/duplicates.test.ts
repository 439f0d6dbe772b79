import { describe, expect, it } from 'vitest';
import { duplicateProblems } from '../../src/io/row-checks.js';
import { TableRow } from '../../src/io/weekly-row.js';
import { mulberry32 } from '../stats-sim.js';
import { columnsOfTableRows } from './table-row-columns.js';

const counts = { dials: 1, reached: 0, meetings: 0, callbacks_short: null, callbacks_long: null, callbacks: null, hours: null };
const source = { file: 'a.csv', weekColumn: 1 };
const row = (week: string, rep: string | null, line: number) => new TableRow(week, rep, counts, week, line, source);

/** The obvious way: a map of every (week, rep) pair; each repeat names the first row of its pair. */
function naive(rows: readonly TableRow[]): string[] {
  const first = new Map<string, TableRow>();
  const out: string[] = [];
  for (const r of rows) {
    const key = JSON.stringify([r.week, r.rep]);
    const earlier = first.get(key);
    if (earlier) out.push(`${r.line}→${earlier.line}`);
    else first.set(key, r);
  }
  return out;
}
const found = (rows: readonly TableRow[]) => duplicateProblems(columnsOfTableRows(rows)).map((p) => `${p.line}→${/a\.csv:(\d+)$/.exec(p.message)![1]}`);

describe('duplicate (week, rep) pairs', () => {
  it('name the first row of their pair, also a third copy; a row without a rep is its own pair', () => {
    const rows = [row('2026-W05', 'Anna', 2), row('2026-W05', null, 3), row('2026-W05', 'Anna', 4), row('2026-W06', 'Anna', 5), row('2026-W05', 'Anna', 6), row('2026-W05', null, 7)];
    expect(found(rows)).toEqual(['4→2', '6→2', '7→3']);
  });

  it('agree with a map of pairs on random tables, as bits and, past 2^27 pairs, as a set', () => {
    const random = mulberry32(5);
    for (const [n, weeks, reps] of [[3000, 20, 100], [2000, 5, 3], [12000, 1e9, 1e9]] as const) {
      const rows = Array.from({ length: n }, (_, i) => {
        const w = Math.floor(random() * weeks);
        const r = Math.floor(random() * reps);
        return row(`W${w}`, r === 0 ? null : `rep ${r}`, i + 2);
      });
      // Copies of earlier rows: 12,000 weeks × 12,000 reps are more pairs than the bits hold.
      for (let i = 0; i < 300; i++) {
        const copy = rows[Math.floor(random() * rows.length)]!;
        rows.push(row(copy.week, copy.rep, rows.length + 2));
      }
      expect(found(rows)).toEqual(naive(rows));
    }
  });
});
