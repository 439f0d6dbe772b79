/**
 * Binomial probabilities, the exact one-sided binomial test, and the two normal-approximation
 * tools the report and check commands quote (Wilson interval, pooled two-proportion z test).
 */
import { betaTails } from './beta.js';
import { normalCdf, normalQuantile } from './normal.js';
import { logBinomialTerm } from './special.js';
import { assertCount, assertOpenUnit, assertProbability } from './validate.js';

function assertBinomial(n: number, p: number): void {
  assertCount('n', n);
  assertProbability('p', p);
}

/** P(X = k) for X ~ Binomial(n, p); 0 for k outside 0..n or not an integer. */
export function binomialPmf(k: number, n: number, p: number): number {
  assertBinomial(n, p);
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  return Math.exp(logBinomialTerm(k, n, p, 1 - p));
}

/**
 * Both tails at k: lower = P(X ≤ k), upper = P(X > k). Through the identity
 * P(X > k) = I_p(k + 1, n − k), so the cost does not grow with n (exact to ~1e-13 at n = 1e6), and
 * the small tail is computed directly rather than as 1 minus the large one.
 */
function binomialTails(k: number, n: number, p: number): { lower: number; upper: number } {
  assertBinomial(n, p);
  const j = Math.floor(k);
  if (j < 0) return { lower: 0, upper: 1 };
  if (j >= n) return { lower: 1, upper: 0 };
  if (p === 0) return { lower: 1, upper: 0 };
  if (p === 1) return { lower: 0, upper: 1 };
  const t = betaTails(p, j + 1, n - j);
  return { lower: t.upper, upper: t.lower };
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  return binomialTails(k, n, p).lower;
}

/** P(X > k) for X ~ Binomial(n, p), accurate when it is tiny. */
export function binomialSurvival(k: number, n: number, p: number): number {
  return binomialTails(k, n, p).upper;
}

/**
 * Exact one-sided binomial test of H0: rate = p0 against H1: rate < p0.
 * p-value = P(X ≤ x | n, p0), as R's binom.test(x, n, p0, alternative = "less").
 */
export function binomialTestLess(x: number, n: number, p0: number): number {
  assertCount('x', x);
  if (x > n) throw new RangeError(`x (${x}) must not exceed n (${n})`);
  return binomialCdf(x, n, p0);
}

export interface Interval {
  lo: number;
  hi: number;
}

/**
 * Wilson score interval for a proportion, two-sided at `level` (0.9 → the 5 % and 95 % points).
 * Chosen over the Wald interval because it stays inside [0, 1] and keeps close to its nominal
 * coverage for the small counts a week of calls gives. null when there are no trials.
 */
export function wilson(successes: number, trials: number, level = 0.9): Interval | null {
  assertCount('trials', trials);
  assertCount('successes', successes);
  if (successes > trials) throw new RangeError(`successes (${successes}) must not exceed trials (${trials})`);
  return wilsonEffective(successes, trials, level);
}

/**
 * The Wilson interval for effective (possibly fractional) counts x/deff of n/deff: the same formula,
 * so a pooled rate whose weeks wobble gets an interval as wide as its real information allows.
 */
export function wilsonEffective(successes: number, trials: number, level = 0.9): Interval | null {
  assertOpenUnit('level', level);
  if (!(trials >= 0 && successes >= 0 && successes <= trials)) throw new RangeError(`need 0 ≤ successes ≤ trials, got ${successes} of ${trials}`);
  if (trials === 0) return null;
  const z = normalQuantile(1 - (1 - level) / 2);
  const z2 = z * z;
  const phat = successes / trials;
  const denom = 1 + z2 / trials;
  const centre = (phat + z2 / (2 * trials)) / denom;
  const half = (z / denom) * Math.sqrt((phat * (1 - phat)) / trials + z2 / (4 * trials * trials));
  // At 0 or n successes the formula gives the bound 0 (or 1) up to rounding; make it exact.
  return {
    lo: successes === 0 ? 0 : Math.max(0, centre - half),
    hi: successes === trials ? 1 : Math.min(1, centre + half),
  };
}

export interface TwoProportionZ {
  /** (p̂₁ − p̂₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)), p̄ the pooled rate. */
  z: number;
  /** One-sided p-value for H1: p₁ < p₂, i.e. Φ(z). */
  pLess: number;
  /** One-sided p-value for H1: p₁ > p₂, i.e. 1 − Φ(z). */
  pGreater: number;
}

/**
 * Pooled two-proportion z test (the score test; equals R's prop.test without continuity
 * correction, whose χ² is z²). Under H0: p₁ = p₂ the standard error uses the pooled rate.
 * null when a group has no trials. When the pooled rate is 0 or 1 both groups agree exactly,
 * so z = 0 and both p-values are 1 (no evidence either way) rather than 0/0.
 */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number): TwoProportionZ | null {
  for (const [name, v] of [['x1', x1], ['n1', n1], ['x2', x2], ['n2', n2]] as const) assertCount(name, v);
  if (x1 > n1 || x2 > n2) throw new RangeError('successes must not exceed trials');
  if (n1 === 0 || n2 === 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (variance === 0) return { z: 0, pLess: 1, pGreater: 1 };
  const z = (x1 / n1 - x2 / n2) / Math.sqrt(variance);
  return { z, pLess: normalCdf(z), pGreater: normalCdf(-z) };
}
