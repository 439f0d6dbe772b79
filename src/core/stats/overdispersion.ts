/**
 * Extra-binomial variation ("weekly wobble"): sales rates move from week to week more than coin
 * flips would (lists, seasons, moods). We model each cell (one week, or one rep's week) as
 * beta-binomial: its rate is drawn around the group's rate with intra-class correlation ρ, so
 * Var(x) = n p (1 − p) (1 + (n − 1) ρ). ρ = 0 is plain binomial; the rate's week-to-week standard
 * deviation is √(ρ p (1 − p)).
 *
 * ρ is estimated by the method of moments of Williams (1982): with each group's own pooled rate
 * p̂ (so real differences between reps are not mistaken for wobble), the Pearson statistic
 * X² = Σ (x − n p̂)² / (n p̂ (1 − p̂)) has expectation Σ_groups (k − 1) + ρ Σ_cells (n − 1)(1 − n/N),
 * exactly, for cells of any size. Solving for ρ and flooring at 0 gives the estimate; with fewer
 * than two cells in every group there is nothing to estimate and ρ = 0.
 *
 * Counts pooled over several cells are then used at their effective size n / deff with the design
 * effect deff = 1 + ρ (Σ n² / N − 1) (Rao & Scott 1992): the quasi-likelihood way to make binomial
 * tests and intervals honest about the wobble.
 */

import { betaQuantile } from './beta.js';
import { normalQuantile } from './normal.js';

export interface Cell {
  x: number;
  n: number;
}

export interface Dispersion {
  /** Intra-class correlation of the cells: 0 when nothing beyond chance was seen. */
  rho: number;
  /** Pearson X² over its degrees of freedom (the quasi-binomial φ before the floor of 1). */
  phi: number | null;
  /** Degrees of freedom behind the estimate: cells minus groups (with a rate strictly inside 0..1). */
  df: number;
}

export const NO_DISPERSION: Dispersion = { rho: 0, phi: null, df: 0 };

/** The moment estimate of ρ from cells in groups; each group is compared with its own pooled rate. */
export function estimateDispersion(groups: readonly (readonly Cell[])[]): Dispersion {
  let pearson = 0;
  let df = 0;
  let slope = 0;
  for (const cells of groups) {
    const used = cells.filter((c) => c.n > 0);
    if (used.length < 2) continue;
    let x = 0;
    let n = 0;
    for (const c of used) {
      x += c.x;
      n += c.n;
    }
    const p = x / n;
    if (p <= 0 || p >= 1) continue;
    for (const c of used) {
      pearson += (c.x - c.n * p) ** 2 / (c.n * p * (1 - p));
      slope += (c.n - 1) * (1 - c.n / n);
    }
    df += used.length - 1;
  }
  if (df === 0) return NO_DISPERSION;
  const rho = slope > 0 ? Math.min(1, Math.max(0, (pearson - df) / slope)) : 0;
  return { rho, phi: pearson / df, df };
}

/** Design effect of a count pooled over cells of these sizes: 1 + ρ (Σ n² / N − 1); 1 for ρ = 0. */
export function designEffect(cellSizes: readonly number[], rho: number): number {
  let total = 0;
  let squares = 0;
  for (const n of cellSizes) {
    total += n;
    squares += n * n;
  }
  if (rho <= 0 || total === 0) return 1;
  return 1 + rho * (squares / total - 1);
}

/** The rate's standard deviation from cell to cell implied by ρ at rate p: √(ρ p (1 − p)). */
export function wobbleSd(rho: number, p: number): number {
  return Math.sqrt(Math.max(0, rho * p * (1 - p)));
}

/** Counts at their effective size, for tests and intervals that assume binomial data. */
export function effectiveCounts(x: number, n: number, deff: number): Cell {
  return deff <= 1 ? { x, n } : { x: x / deff, n: n / deff };
}

/**
 * Effective counts rounded for exact tests that need whole numbers (Fisher): n rounds to the
 * nearest whole (at least 1 when n was), x to the nearest whole at the same rate, so rounding moves
 * the sample size, not the rate.
 */
export function roundedEffective(x: number, n: number, deff: number): Cell {
  if (deff <= 1 || n === 0) return { x, n };
  const en = Math.max(1, Math.round(n / deff));
  return { x: Math.min(en, Math.round((x * en) / n)), n: en };
}

/**
 * When the wobble is estimated from few cells, the design effect is itself uncertain: as with a
 * quasi-binomial fit (McCullagh & Nelder 1989, §4.5), intervals use Student's t with the estimate's
 * degrees of freedom instead of the normal. In a Beta or Wilson interval that is the same as dividing
 * the effective counts further by (t_df / z)² at the interval's level. 1 when there was no wobble or no df.
 */
export function smallSampleFactor(d: Dispersion, level: number): number {
  if (d.rho <= 0 || d.df <= 0) return 1;
  const tail = (1 - level) / 2;
  const z = normalQuantile(1 - tail);
  // t quantile through the incomplete beta: P(|T| > t) = I_{df/(df+t²)}(df/2, ½).
  const x = betaQuantile(2 * tail, d.df / 2, 0.5);
  const t = Math.sqrt((d.df * (1 - x)) / x);
  return (t / z) ** 2;
}
