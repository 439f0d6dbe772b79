import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATIO_NAMES, ratio, sumCounts } from '../../src/core/funnel.js';
import { buildReport } from '../../src/core/report.js';
import type { ActivityRow } from '../../src/core/types.js';
import { week } from '../helpers.js';

/** A valid week: meetings and callbacks ≤ reached ≤ dials. */
const rowArb = fc
  .record({ dials: fc.nat(500), reachShare: fc.double({ min: 0, max: 1, noNaN: true }), meetShare: fc.double({ min: 0, max: 1, noNaN: true }), cb: fc.nat(5), w: fc.integer({ min: 1, max: 52 }), rep: fc.constantFrom('Ann', 'Bob', 'Cas') })
  .map(({ dials, reachShare, meetShare, cb, w, rep }) => {
    const reached = Math.floor(dials * reachShare);
    const meetings = Math.floor(reached * meetShare);
    const short = Math.min(cb, reached);
    return week({ dials, reached, meetings, callbacks_short: short, callbacks_long: 0 }, { week: `2026-W${String(w).padStart(2, '0')}`, rep });
  });

const rowsArb = fc.array(rowArb, { minLength: 1, maxLength: 30 });

describe('report invariants', () => {
  it('a pooled ratio lies between the smallest and largest ratio of its rows', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const total = sumCounts(rows.map((r) => r.counts));
        for (const name of RATIO_NAMES) {
          const each = rows.map((r) => ratio(r.counts, name)).filter((v): v is number => v !== null);
          const pooled = ratio(total, name);
          if (each.length === 0) continue;
          expect(pooled).not.toBeNull();
          expect(pooled!).toBeGreaterThanOrEqual(Math.min(...each) - 1e-12);
          expect(pooled!).toBeLessThanOrEqual(Math.max(...each) + 1e-12);
        }
      }),
    );
  });

  it('the order of rows (and so of files) changes nothing but the order of non-ISO labels', () => {
    fc.assert(
      fc.property(rowsArb, fc.func(fc.integer()), (rows, key) => {
        const shuffled = [...rows].sort((a, b) => key(a.counts.dials) - key(b.counts.dials));
        const a = buildReport(rows);
        const b = buildReport(shuffled);
        expect(b.totals).toEqual(a.totals);
        expect(b.ratios).toEqual(a.ratios);
        expect(b.weeks.map((w) => [w.week, w.totals])).toEqual(a.weeks.map((w) => [w.week, w.totals]));
        const byRep = (r: typeof a) => Object.fromEntries((r.reps ?? []).map((p) => [p.rep, p.totals]));
        expect(byRep(b)).toEqual(byRep(a));
      }),
    );
  });

  it('splitting the rows in two and pooling the halves gives the same totals', () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(), (rows: ActivityRow[], cut) => {
        const at = cut % (rows.length + 1);
        const halves = [rows.slice(0, at), rows.slice(at)].map((h) => sumCounts(h.map((r) => r.counts)));
        expect(sumCounts(halves)).toEqual(buildReport(rows).totals);
      }),
    );
  });

  it('every interval contains its ratio', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const r = buildReport(rows);
        for (const name of RATIO_NAMES) {
          const v = r.ratios[name];
          const i = r.intervals[name];
          if (v === null || i === null) continue;
          expect(i.lo).toBeLessThanOrEqual(v + 1e-12);
          expect(i.hi).toBeGreaterThanOrEqual(v - 1e-12);
        }
      }),
    );
  });
});
