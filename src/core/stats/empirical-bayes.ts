/**
 * A fair leaderboard: empirical-Bayes rates for groups (reps) on one ratio. A beta prior is fitted
 * to the groups themselves by the method of moments (Kleinman 1973; Efron & Morris 1975): its mean
 * is the pooled rate and its variance the between-group variance left after removing what
 * binomial chance explains. Each group's rate is then the posterior Beta(α + x, β + n − x): a group
 * with little data is pulled toward the team, one with a lot keeps its own rate. When the groups
 * vary no more than chance, everyone is pulled to the team rate: no rep is ranked on noise.
 *
 * Counts are the effective counts (divided by the design effect), so weekly wobble does not pass for
 * information.
 */
import { betaInterval } from './beta-binomial.js';
import { normalQuantile } from './normal.js';
import type { Cell } from './overdispersion.js';

export interface BetaPrior {
  a: number;
  b: number;
  /** Pooled mean rate of the groups. */
  mean: number;
  /** Between-group standard deviation of the true rates (0: the groups look alike). */
  sd: number;
}

/** Prior strength used when the groups vary no more than chance: the team rate, all but certain. */
export const MAX_PRIOR_STRENGTH = 1e7;

/** Fits Beta(a, b) to the groups' rates; null when there is no group with trials or the rate is 0 or 1. */
export function fitBetaPrior(groups: readonly Cell[]): BetaPrior | null {
  const used = groups.filter((g) => g.n > 0);
  let x = 0;
  let n = 0;
  let squares = 0;
  for (const g of used) {
    x += g.x;
    n += g.n;
    squares += g.n * g.n;
  }
  if (n === 0) return null;
  const mean = x / n;
  if (mean <= 0 || mean >= 1) return null;
  // E[Σ nᵢ (p̂ᵢ − p̄)²] = (k − 1) p̄(1 − p̄) + τ² (N − Σ nᵢ² / N) for between-group variance τ².
  let spread = 0;
  for (const g of used) spread += g.n * (g.x / g.n - mean) ** 2;
  const within = (used.length - 1) * mean * (1 - mean);
  const weight = n - squares / n;
  const tau2 = weight > 0 ? Math.max(0, (spread - within) / weight) : 0;
  const strength = tau2 > 0 ? Math.min(MAX_PRIOR_STRENGTH, (mean * (1 - mean)) / tau2 - 1) : MAX_PRIOR_STRENGTH;
  // A between-group variance as large as p(1 − p) would give a strength ≤ 0; keep the prior proper and weak.
  const s = Math.max(strength, 1e-3);
  return { a: mean * s, b: (1 - mean) * s, mean, sd: Math.sqrt(tau2) };
}

/** The group's posterior Beta given the prior: Beta(a + x, b + n − x). */
export function shrink(prior: BetaPrior, g: Cell): { a: number; b: number; mean: number } {
  const a = prior.a + g.x;
  const b = prior.b + Math.max(0, g.n - g.x);
  return { a, b, mean: a / (a + b) };
}

/**
 * The equal-tailed interval of a posterior Beta(a, b). Exact (betaInterval) for moderate shapes; when
 * both are large (a strongly pooled leaderboard: a + b above 10⁴, each above 500) the incomplete beta's continued
 * fraction needs ~√(a + b) steps per evaluation, and the Cornish–Fisher expansion with the Beta's
 * skewness is accurate to far below what is printed: q = μ + σ (z + (z² − 1) γ / 6).
 */
export function posteriorInterval(a: number, b: number, level: number): { lo: number; hi: number } {
  if (a + b <= 1e4 || Math.min(a, b) < 500) return betaInterval({ a, b }, level);
  const n = a + b;
  const mean = a / n;
  const sd = Math.sqrt((a * b) / (n * n * (n + 1)));
  const skew = (2 * (b - a) * Math.sqrt(n + 1)) / ((n + 2) * Math.sqrt(a * b));
  const at = (z: number) => Math.min(1, Math.max(0, mean + sd * (z + ((z * z - 1) * skew) / 6)));
  const z = normalQuantile(1 - (1 - level) / 2);
  return { lo: at(-z), hi: at(z) };
}
