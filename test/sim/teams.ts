/**
 * Seeded simulated teams for the statistical targets of the test suite and bench/stats-sim.mjs:
 * reps × weeks of dials → reached → meetings, binomial or with rep-week wobble (each rep-week's rates
 * drawn from a Beta with the given SD around the rep's true rates).
 */
import type { ActivityRow } from '../../src/core/types.js';
import { counts } from '../helpers.js';
import { sampleBeta, sampleBinomial, type Rng } from '../stats-sim.js';

export interface TeamSpec {
  reps: number;
  weeks: number;
  /** Dials per rep-week. */
  dials: number;
  reach: number;
  meet: number;
  /** SD of the rep-week rates (absolute, e.g. 0.05 = 5 pp); 0 = binomial. */
  wobble: number;
  /** SD of a team-wide shift of both rates each week (lists, seasons: every rep's week moves together). */
  teamWobble?: number;
  /** Overrides of a rep's true meeting rate, by rep index. */
  meetOf?: (rep: number) => number;
  /** Multiplies the team's meeting rate in a week (by week index). */
  weekFactor?: (week: number) => number;
}

/** A Beta draw with mean m and SD sd (plain m when sd is 0 or too wide for a Beta). */
export function wobbly(rng: Rng, m: number, sd: number): number {
  if (sd <= 0) return m;
  const size = (m * (1 - m)) / (sd * sd) - 1;
  return size > 0 ? sampleBeta(rng, m * size, (1 - m) * size) : m;
}

export function isoWeek(i: number): string {
  return `2026-W${String(i + 1).padStart(2, '0')}`;
}

export function simulateTeam(rng: Rng, spec: TeamSpec, firstWeek = 0): ActivityRow[] {
  const rows: ActivityRow[] = [];
  for (let w = firstWeek; w < firstWeek + spec.weeks; w++) {
    const shift = spec.teamWobble ? { reach: wobbly(rng, spec.reach, spec.teamWobble) / spec.reach, meet: wobbly(rng, spec.meet, spec.teamWobble) / spec.meet } : { reach: 1, meet: 1 };
    for (let r = 0; r < spec.reps; r++) {
      const meet = Math.min(0.95, (spec.meetOf?.(r) ?? spec.meet) * (spec.weekFactor?.(w) ?? 1) * shift.meet);
      const reached = sampleBinomial(rng, spec.dials, wobbly(rng, Math.min(0.95, spec.reach * shift.reach), spec.wobble));
      const meetings = sampleBinomial(rng, reached, wobbly(rng, meet, spec.wobble));
      rows.push({ week: isoWeek(w), rep: `rep${r}`, counts: counts({ dials: spec.dials, reached, meetings }), origin: { file: 'sim.csv', line: rows.length + 2 } });
    }
  }
  return rows;
}
