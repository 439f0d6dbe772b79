import { describe, expect, it } from 'vitest';
import { blankMeasureNote } from '../../src/core/partial.js';
import { buildReport } from '../../src/core/report.js';
import { selectHistory } from '../../src/core/plan-source.js';
import { week } from '../helpers.js';

const W = (n: number, hours?: number) => week({ dials: 100, reached: 30, meetings: 4, ...(hours === undefined ? {} : { hours }) }, { week: `2026-W0${n}`, line: n + 1 });

describe('an optional measure left blank in some rows', () => {
  const rows = [W(1, 5), W(2), W(3, 6), W(4, 6)];

  it('is named with where the blanks are', () => {
    expect(blankMeasureNote(rows, 'hours', 'X')).toBe('hours: blank in 1 of 4 rows (test.csv:3), so X; fill in the blanks');
  });
  it('is silent when every row has it or none does (no column)', () => {
    expect(blankMeasureNote([W(1, 5), W(2, 5)], 'hours', 'X')).toBeNull();
    expect(blankMeasureNote([W(1), W(2)], 'hours', 'X')).toBeNull();
  });
  it('report: hours total is null and a warning says why', () => {
    const r = buildReport(rows);
    expect(r.totals.hours).toBeNull();
    expect(r.warnings).toContain('hours: blank in 1 of 4 rows (test.csv:3), so hours are left out of every total (a partial sum would understate them); fill in the blanks');
  });
  it('plan history: noted for the chosen weeks only (--last 2 skips the blank week)', () => {
    expect(selectHistory(rows, {}).blankHours).toBe('hours: blank in 1 of 4 rows (test.csv:3), so the plan cannot measure its pace from them and uses the default time model; fill in the blanks');
    // W03 + W04: 200 dials in 12 h, no blanks.
    expect(selectHistory(rows, { last: 2 })).toMatchObject({ blankHours: null, hours: 12 });
  });
});
