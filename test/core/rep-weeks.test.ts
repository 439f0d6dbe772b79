import { describe, expect, it } from 'vitest';
import { subjects } from '../../src/core/check-scope.js';
import { checkDispersion } from '../../src/core/check-wobble.js';
import { NO_REP, RATIO_NAMES, groupBy, groupByWeek, ratio, sumCounts, sumByWeek } from '../../src/core/funnel.js';
import { buildReport, reportPart } from '../../src/core/report.js';
import { buildRepWeeks, repCellSizes, repDispersion, repTrend, repWeeklyColumns } from '../../src/core/rep-weeks.js';
import type { ActivityRow } from '../../src/core/types.js';
import { cellSizes, dispersionOf } from '../../src/core/wobble.js';
import { week } from '../helpers.js';
import { mulberry32, type Rng } from '../stats-sim.js';

/**
 * Rows the way real exports mix them: reps in no order, weeks out of order, labels that are not ISO
 * weeks (each rep meeting them in its own order), rows without a rep, a rep-week split over two rows,
 * callbacks and hours blank in some rows, fractional hours.
 */
function messyRows(rng: Rng, reps: number, weeks: number): ActivityRow[] {
  const labels = [...Array.from({ length: weeks }, (_, i) => `2025-W${String(52 - i).padStart(2, '0')}`), 'launch week', 'Q4 push', '2026-W01'];
  const rows: ActivityRow[] = [];
  const pick = (n: number) => Math.floor(rng() * n);
  for (let i = 0; i < reps * weeks; i++) {
    const rep = rng() < 0.05 ? null : `rep ${pick(reps)}`;
    const dials = pick(120);
    const reached = pick(dials + 1);
    const meetings = pick(reached + 1);
    const callbacks = rng() < 0.1 ? undefined : pick(reached - meetings + 1);
    const hours = rng() < 0.1 ? undefined : Math.round(rng() * 4000) / 100;
    rows.push(week({ dials, reached, meetings, ...(callbacks === undefined ? {} : { callbacks }), ...(hours === undefined ? {} : { hours }) }, { week: labels[pick(labels.length)]!, rep, line: i + 2 }));
  }
  return rows;
}

/** The reps and their weeks the way groupBy + groupByWeek give them: the small-team computation. */
function reference(rows: readonly ActivityRow[], noRep: string) {
  return groupBy(rows, (r) => r.rep ?? noRep).map((g) => ({ key: g.key, totals: g.totals, weeks: groupByWeek(g.rows) }));
}

describe('rep-weeks: reps and their weeks grouped once, as groupBy + groupByWeek group them', () => {
  for (const seed of [1, 2, 3]) {
    const rows = messyRows(mulberry32(seed), 40, 12);
    const table = buildRepWeeks(rows, NO_REP);
    const ref = reference(rows, NO_REP);

    it(`seed ${seed}: the same reps, each with the same weeks in the same order and the same counts`, () => {
      expect(table.reps).toEqual(ref.map((g) => g.key));
      expect(table.weeks).toEqual(groupByWeek(rows).map((g) => g.key));
      ref.forEach((g, p) => {
        const cells = [];
        for (let k = table.start[p]!; k < table.start[p + 1]!; k++) {
          const v = (field: 'dials' | 'reached' | 'meetings' | 'callbacks') => table.columns[field][k]!;
          cells.push({ week: table.weeks[table.week[k]!], dials: v('dials'), reached: v('reached'), meetings: v('meetings'), callbacks: Number.isNaN(v('callbacks')) ? null : v('callbacks') });
        }
        expect(cells).toEqual(g.weeks.map((w) => ({ week: w.key, dials: w.totals.dials, reached: w.totals.reached, meetings: w.totals.meetings, callbacks: w.totals.callbacks })));
      });
    });

    it(`seed ${seed}: wobble, cell sizes, trend and weekly columns equal the per-rep computation`, () => {
      expect(repDispersion(table)).toEqual(dispersionOf(ref.map((g) => g.weeks.map((w) => w.totals))));
      ref.forEach((g, p) => {
        for (const name of RATIO_NAMES) {
          const sizes = cellSizes(g.weeks.map((w) => w.totals), name);
          expect(repCellSizes(table, p, name)).toEqual({ sum: sizes.reduce((a, b) => a + b, 0), squares: sizes.reduce((a, b) => a + b * b, 0) });
        }
        const byWeek = new Map(g.weeks.map((w) => [w.key, w.totals]));
        expect(repTrend(table, p)).toEqual(table.weeks.map((w) => (byWeek.has(w) ? ratio(byWeek.get(w)!, 'meetings/dials') : null)));
        expect(repWeeklyColumns(table, p).callbacks).toEqual(table.weeks.map((w) => byWeek.get(w)?.callbacks ?? null));
      });
    });

    it(`seed ${seed}: every rep of the report is the small-team computation for that rep`, () => {
      const report = buildReport(rows);
      const wobble = dispersionOf(ref.map((g) => g.weeks.map((w) => w.totals)));
      expect(report.weeks.map((w) => w.totals)).toEqual(sumByWeek(rows).map((w) => w.totals));
      expect(report.reps!.map((p) => p.rep)).toEqual(ref.map((g) => g.key));
      report.reps!.forEach((p, i) => {
        const g = ref[i]!;
        const alone = reportPart(g.totals, g.weeks.map((w) => w.totals), wobble);
        expect({ totals: p.totals, ratios: p.ratios, intervals: p.intervals, pace: p.pace, weeks: p.weeks }).toEqual({ ...alone, weeks: g.weeks.length });
      });
    });

    it(`seed ${seed}: check --by rep subjects and rep wobble equal the per-rep computation`, () => {
      const scope = { kind: 'window', weeks: 3 } as const;
      const checked = new Set(groupByWeek(rows).map((g) => g.key).slice(-3));
      const got = subjects(rows, scope, true);
      expect(got.map((s) => s.rep)).toEqual(ref.map((g) => g.key));
      got.forEach((s, i) => {
        const own = ref[i]!.weeks.filter((w) => checked.has(w.key));
        expect(s.counts).toEqual(sumCounts(groupBy(rows, (r) => r.rep ?? NO_REP)[i]!.rows.filter((r) => checked.has(r.week)).map((r) => r.counts)));
        expect(s.weekly).toEqual(own.map((w) => w.totals));
      });
      const earlier = rows.filter((r) => !checked.has(r.week));
      expect(checkDispersion(rows, scope, undefined, 'rep')).toEqual(dispersionOf(reference(earlier, '').map((g) => g.weeks.map((w) => w.totals))));
    });
  }

  it('hours pooled row by row as sumCounts pools them (fractions do not depend on grouping)', () => {
    const rows = [0.1, 0.2, 0.3, 0.7].map((hours, i) => week({ dials: 10, reached: 5, meetings: 1, hours }, { week: i % 2 ? '2026-W02' : '2026-W01', rep: 'ann' }));
    expect(buildReport(rows).reps![0]!.totals.hours).toBe(((0.1 + 0.2) + 0.3) + 0.7);
  });

  it('a label that is not an ISO week keeps its place per rep (ISO weeks first, then the rest as each rep met them)', () => {
    const rows = [
      week({ dials: 1, reached: 0, meetings: 0 }, { week: 'b', rep: 'x' }),
      week({ dials: 2, reached: 0, meetings: 0 }, { week: 'a', rep: 'y' }),
      week({ dials: 3, reached: 0, meetings: 0 }, { week: 'a', rep: 'x' }),
      week({ dials: 4, reached: 0, meetings: 0 }, { week: '2026-W03', rep: 'x' }),
      week({ dials: 5, reached: 0, meetings: 0 }, { week: 'b', rep: 'y' }),
    ];
    const t = buildRepWeeks(rows, NO_REP);
    const weeksOf = (p: number) => Array.from(t.week.subarray(t.start[p]!, t.start[p + 1]!), (w) => t.weeks[w]);
    expect(t.weeks).toEqual(['2026-W03', 'b', 'a']);
    expect(weeksOf(0)).toEqual(['2026-W03', 'b', 'a']);
    expect(weeksOf(1)).toEqual(['a', 'b']);
  });
});
