import { RATIO_NAMES, ratioParts, type RatioName } from './funnel.js';
import { estimateDispersion, type Cell, type Dispersion } from './stats.js';
import type { Counts } from './types.js';

/**
 * Where the week-to-week wobble of each ratio is measured. Two levels, because they answer different questions:
 * - rep-week cells, each rep against their own pooled rate: how much one rep's week moves (rep comparisons, check --by rep);
 * - week cells of the whole team: how much the team's week moves (team intervals, trend arrows, team check, plan).
 */
export type WobbleLevel = 'rep' | 'team';

export type RatioDispersion = Record<RatioName, Dispersion>;

/** A ratio's cells (numerator, denominator) from counts; null where the ratio is not recorded. */
export function cellOf(c: Counts, name: RatioName): Cell | null {
  const parts = ratioParts(c, name);
  return parts === null ? null : { x: Math.min(parts.num, parts.den), n: parts.den };
}

/** ρ per ratio from groups of weekly counts. */
export function dispersionOf(groups: readonly (readonly Counts[])[]): RatioDispersion {
  const entries = RATIO_NAMES.map((name) => {
    const cells = groups.map((g) => g.map((c) => cellOf(c, name)).filter((c): c is Cell => c !== null));
    return [name, estimateDispersion(cells)];
  });
  return Object.fromEntries(entries) as RatioDispersion;
}

/** The denominators of a ratio over weekly cells (the sizes the design effect needs). */
export function cellSizes(weekly: readonly Counts[], name: RatioName): number[] {
  return weekly.map((c) => cellOf(c, name)?.n ?? 0);
}

/** Just the ρ of each ratio. */
export function rhoByRatio(d: RatioDispersion): Record<RatioName, number> {
  return Object.fromEntries(RATIO_NAMES.map((n) => [n, d[n].rho])) as Record<RatioName, number>;
}
