/**
 * Non-inferiority of a rate with a ratio margin: is the current rate p₁ below θ times the
 * baseline's rate p₀ (θ = 1 − tolerance)? The score test of Farrington & Manning (1990): the
 * variance is taken at the maximum-likelihood rates restricted to the null p₁ = θ p₀, which keeps
 * the test honest on small counts where the Wald test is not. Both samples count: a thin baseline
 * makes a drop harder to prove.
 *
 * Counts may be fractional: with weekly wobble they enter at their effective size (x / deff, n / deff).
 */
import { normalCdf } from './normal.js';

export interface RatioScoreTest {
  /** (p̂₁ − θ p̂₀) / √(p̃₁(1 − p̃₁)/n₁ + θ² p̃₀(1 − p̃₀)/n₀), p̃ the restricted estimates. */
  z: number;
  /** One-sided p for H1: p₁ < θ p₀, i.e. Φ(z). */
  pLess: number;
}

/**
 * The restricted MLE of p₀ under p₁ = θ p₀: the smaller root of θN p² − (θ n₁ + n₀ + x₁ + θ x₀) p + (x₀ + x₁) = 0
 * (derived by setting the score of the constrained likelihood to zero).
 */
export function restrictedBaselineRate(x1: number, n1: number, x0: number, n0: number, theta: number): number {
  const a = theta * (n0 + n1);
  const b = -(theta * n1 + n0 + x1 + theta * x0);
  const c = x0 + x1;
  if (c === 0) return 0;
  const disc = Math.max(0, b * b - 4 * a * c);
  // The smaller root, written as 2c / (−b + √disc) so it loses no digits when 4ac ≪ b².
  return Math.min(1, (2 * c) / (-b + Math.sqrt(disc)));
}

/** Farrington–Manning score test of H0: p₁ ≥ θ p₀ against H1: p₁ < θ p₀. */
export function farringtonManningRatio(x1: number, n1: number, x0: number, n0: number, theta: number): RatioScoreTest {
  if (!(n1 > 0 && n0 > 0 && theta > 0)) throw new RangeError(`farringtonManningRatio needs n₁, n₀, θ > 0, got ${n1}, ${n0}, ${theta}`);
  const p0 = restrictedBaselineRate(x1, n1, x0, n0, theta);
  const p1 = Math.min(1, theta * p0);
  const variance = (p1 * (1 - p1)) / n1 + (theta * theta * p0 * (1 - p0)) / n0;
  const diff = x1 / n1 - theta * (x0 / n0);
  // No spread under the null (no successes at all, or every trial a success): nothing to conclude.
  if (!(variance > 0)) return { z: 0, pLess: diff < 0 ? 0 : 1 };
  const z = diff / Math.sqrt(variance);
  return { z, pLess: normalCdf(z) };
}
