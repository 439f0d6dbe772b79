/**
 * The rep comparison of `funnel report --by rep` as a fair leaderboard:
 * - each rep against the rest of the team by Fisher's exact test on effective counts (the counts
 *   divided by their design effect, Rao & Scott 1992), so weekly wobble does not pass for a difference;
 * - marks only where the Benjamini–Hochberg adjusted p is below REP_ALPHA, over every rep on the two
 *   stage ratios (reached/dials, meetings/reached);
 * - meetings/dials is their product, so it is shown but never counted as extra evidence: its
 *   adjusted p is max(its own p, the smaller adjusted p of the stages that moved the same way);
 * - every rate also as an empirical-Bayes estimate with a 90 % interval, thin reps pulled toward the team.
 */
import { minOf } from './arrays.js';
import { INTERVAL_LEVEL, REP_ALPHA } from './evidence.js';
import { ratio, ratioParts, type RatioName } from './funnel.js';
import { repCellSizes, type RepWeeks } from './rep-weeks.js';
import { benjaminiHochbergAdjust, designEffectOfSums, fisherExact, fisherTwoSided, fitBetaPrior, posteriorInterval, roundedEffective, shrink } from './stats.js';
import type { Counts } from './types.js';
import { cellOf } from './wobble.js';

export type Verdict = 'better' | 'worse' | 'same' | 'no data';

export const COMPARED_RATIOS = ['reached/dials', 'meetings/reached', 'meetings/dials'] as const satisfies readonly RatioName[];
export type ComparedRatio = (typeof COMPARED_RATIOS)[number];
const STAGES = ['reached/dials', 'meetings/reached'] as const;

export interface Comparison {
  /** The pooled ratio of everyone else. */
  rest: number | null;
  /** Fisher's exact test, two-sided, on effective counts: could this rep's rate and the rest's come from one rate? */
  p_value: number | null;
  /** Benjamini–Hochberg adjusted over the reps and stage ratios (see the module comment for meetings/dials). */
  p_adjusted: number | null;
  verdict: Verdict;
  /** Whether this comparison is one of the multiplicity family (false for meetings/dials: the product of the stages). */
  counted: boolean;
  /** How much the rep's weekly wobble shrinks their counts' information (1: none). */
  design_effect: number;
  /** Empirical-Bayes rate with its 90 % interval: the rep's rate pulled toward the team by how little data it rests on. */
  fair: { rate: number; lo: number; hi: number } | null;
}

function subtract(total: Counts, part: Counts, name: RatioName): { num: number; den: number } | null {
  const a = ratioParts(total, name);
  const b = ratioParts(part, name);
  return a === null || b === null ? null : { num: a.num - b.num, den: a.den - b.den };
}

/** Σ n and Σ n² of a ratio's denominators over weekly cells. */
interface Sizes {
  sum: number;
  squares: number;
}

interface Raw {
  p: number | null;
  better: boolean;
  deff: number;
}

function compareOne(rep: Counts, own: Sizes, team: Counts, teamSizes: Sizes, name: RatioName, rho: number): Raw {
  const a = ratioParts(rep, name);
  const b = subtract(team, rep, name);
  const deff = designEffectOfSums(own.sum, own.squares, rho);
  if (a === null || b === null || a.den === 0 || b.den === 0) return { p: null, better: false, deff };
  const restSum = teamSizes.sum - own.sum;
  const restDeff = rho > 0 && restSum > 0 ? 1 + rho * ((teamSizes.squares - own.squares) / restSum - 1) : 1;
  const x = roundedEffective(Math.min(a.num, a.den), a.den, deff);
  const y = roundedEffective(Math.min(b.num, b.den), b.den, restDeff);
  const p = x.n === 0 || y.n === 0 ? null : fisherTwoSided(x.x, x.n - x.x, y.x, y.n - y.x);
  return { p, better: a.num / a.den > b.num / b.den, deff };
}

/**
 * Every rep of the table on every compared ratio, in the table's order. `totals`: each rep's pooled
 * counts; `rho` is the rep-week wobble per ratio.
 */
export function leaderboard(table: RepWeeks, totals: readonly Counts[], team: Counts, rho: Partial<Record<RatioName, number>>): Record<ComparedRatio, Comparison>[] {
  const raw = new Map<ComparedRatio, Raw[]>();
  const fair = new Map<ComparedRatio, (Comparison['fair'])[]>();
  for (const name of COMPARED_RATIOS) {
    const r = rho[name] ?? 0;
    const own = totals.map((_, i) => repCellSizes(table, i, name));
    const teamSizes = repCellSizes(table, null, name);
    const rows = totals.map((t, i) => compareOne(t, own[i]!, team, teamSizes, name, r));
    raw.set(name, rows);
    const effective = totals.map((t, i) => {
      const c = cellOf(t, name);
      return c === null ? { x: 0, n: 0 } : { x: c.x / rows[i]!.deff, n: c.n / rows[i]!.deff };
    });
    const prior = fitBetaPrior(effective);
    fair.set(name, effective.map((e) => {
      if (prior === null || e.n === 0) return null;
      const post = shrink(prior, e);
      const i = posteriorInterval(post.a, post.b, INTERVAL_LEVEL);
      return { rate: post.mean, lo: i.lo, hi: i.hi };
    }));
  }
  // The family: every rep on the two stages, in one list.
  const family = STAGES.flatMap((name) => raw.get(name)!.map((r) => r.p));
  const adjustedFamily = benjaminiHochbergAdjust(family);
  const count = totals.length;
  const adjusted = new Map<ComparedRatio, (number | null)[]>(STAGES.map((name, k) => [name, adjustedFamily.slice(k * count, (k + 1) * count)]));
  const md = raw.get('meetings/dials')!;
  adjusted.set('meetings/dials', md.map((r, i) => {
    if (r.p === null) return null;
    const sameWay = STAGES.filter((s) => raw.get(s)![i]!.p !== null && raw.get(s)![i]!.better === r.better).map((s) => adjusted.get(s)![i] ?? 1);
    return Math.max(r.p, minOf(sameWay, 1));
  }));
  return totals.map((t, i) => {
    const entries = COMPARED_RATIOS.map((name) => {
      const r = raw.get(name)![i]!;
      const adj = adjusted.get(name)![i] ?? null;
      const verdict: Verdict = r.p === null || adj === null ? 'no data' : adj >= REP_ALPHA ? 'same' : r.better ? 'better' : 'worse';
      const rest = subtract(team, t, name);
      const comparison: Comparison = {
        rest: rest === null || rest.den === 0 ? null : rest.num / rest.den,
        p_value: r.p, p_adjusted: adj, verdict, counted: name !== 'meetings/dials',
        design_effect: r.deff, fair: fair.get(name)![i] ?? null,
      };
      return [name, comparison];
    });
    return Object.fromEntries(entries) as Record<ComparedRatio, Comparison>;
  });
}

/** One rep against the rest on one ratio, alone (no wobble, no multiplicity): the plain Fisher comparison. */
export function compareWithRest(rep: Counts, rest: Counts, name: RatioName, alpha = REP_ALPHA): Pick<Comparison, 'rest' | 'p_value' | 'verdict'> {
  const a = ratioParts(rep, name);
  const b = ratioParts(rest, name);
  const restRatio = ratio(rest, name);
  if (a === null || b === null || a.den === 0 || b.den === 0) return { rest: restRatio, p_value: null, verdict: 'no data' };
  const p = fisherExact(a.num, a.den - a.num, b.num, b.den - b.num).twoSided;
  const better = a.num / a.den > b.num / b.den;
  return { rest: restRatio, p_value: p, verdict: p >= alpha ? 'same' : better ? 'better' : 'worse' };
}
