import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.js';
import { reportTable } from '../../src/render/report-table.js';
import { makeTheme } from '../../src/render/theme.js';
import { week } from '../helpers.js';

const tail = (rows: Parameters<typeof buildReport>[0], n: number) => reportTable(buildReport(rows), makeTheme(false, 80), { byRep: true }).split('\n').slice(-n);

describe('the by-rep legend', () => {
  it('lists each mark with the fair rate, its interval, p and the Benjamini–Hochberg adjusted p', () => {
    // One week: no wobble to measure. Fisher p (SciPy fisher_exact): Ann 20/60 vs 14/120 = 0.000974, Bob 4/60 vs
    // 30/120 = 0.002403, Cas 0.688; reached/dials is 60/200 for all (p = 1). BH over the six: 6 × 0.000974 = 0.0058,
    // 6 × 0.002403 / 2 = 0.0072. meetings/dials rides on meetings/reached: max(own p, 0.0058 or 0.0072).
    expect(tail([
      week({ dials: 200, reached: 60, meetings: 20 }, { rep: 'Ann', week: '2026-W01' }),
      week({ dials: 200, reached: 60, meetings: 4 }, { rep: 'Bob', week: '2026-W01' }),
      week({ dials: 200, reached: 60, meetings: 10 }, { rep: 'Cas', week: '2026-W01' }),
    ], 11)).toEqual([
      '  + better / - worse than the rest of the team beyond chance',
      "  (Fisher's exact test, two-sided; Benjamini-Hochberg adjusted p < 0.05 over",
      '  all reps on reached/dials and meetings/reached; mtg/dial is their product)',
      '  Ann: meetings/reached 33.3 %, fair 31.5 % (22.6 %–40.9 %) vs 11.7 % for the',
      '    rest (p < 0.001, adjusted p = 0.006)',
      '  Ann: meetings/dials 10.0 %, fair 9.3 % (6.4 %–12.6 %) vs 3.5 % for the rest',
      '    (p = 0.002, adjusted p = 0.006)',
      '  Bob: meetings/reached 6.7 %, fair 8.2 % (3.6 %–14.3 %) vs 25.0 % for the',
      '    rest (p = 0.002, adjusted p = 0.007)',
      '  Bob: meetings/dials 2.0 %, fair 2.6 % (1.2 %–4.5 %) vs 7.5 % for the rest',
      '    (p = 0.005, adjusted p = 0.007)',
    ]);
  });

  it('says when the weeks wobble beyond chance, and marks nothing that the wobble explains', () => {
    // Bob books 4 then 16 of 60: a rep's week moves far more than chance, so his low first week is no mark.
    const counts = [[20, 18], [4, 16], [10, 11]];
    const rows = ['Ann', 'Bob', 'Cas'].flatMap((rep, i) =>
      counts[i]!.map((meetings, w) => week({ dials: 200, reached: 60, meetings }, { rep, week: `2026-W0${w + 1}` })),
    );
    expect(tail(rows, 3)).toEqual([
      "  weekly wobble beyond chance (SD of a rep's week): meetings/reached ±7.5 pp,",
      '    meetings/dials ±2.2 pp; the marks and intervals allow for it',
      '  no rep differs from the rest of the team beyond chance',
    ]);
    const bob = buildReport(rows).reps![1]!.vs_team['meetings/reached'];
    expect(bob).toMatchObject({ verdict: 'same', counted: true });
    expect(bob.design_effect).toBeGreaterThan(2);
  });
});
