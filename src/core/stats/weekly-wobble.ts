/**
 * Week-to-week wobble: real teams' weekly meetings vary more than a fixed rate would make them vary
 * (a sick day, a good list, a holiday). Ignoring that turns every quiet week into an alarm.
 *
 * The dispersion φ is the Pearson statistic of the weekly meetings around each group's (rep's)
 * mean week, relative to binomial variance, over its degrees of freedom:
 *   φ = Σ (mᵢ − m̄)² / (m̄ (1 − q̂)) / (weeks − groups),
 * floored at 1 (no evidence of less than binomial variance is taken as such). With no degrees of
 * freedom φ is 1 and the caller says so.
 */
import { betaBinomialCdf } from './beta-binomial.js';
import { regularizedBeta } from './beta.js';

export interface Wobble {
  dispersion: number;
  /** Degrees of freedom behind it: weeks minus groups; 0 means it could not be measured. */
  df: number;
  /**
   * Effort's wobble: the relative standard deviation of weekly dials around each group's mean week
   * (pooled), or null with no degrees of freedom. Dials vary with holidays and lists, not by chance
   * alone, so effort is judged against this, not against a Poisson.
   */
  dials_cv: number | null;
}

/** Each group's weekly meetings and dials (one entry per week the group worked). */
export interface WeeklySeries {
  meetings: readonly number[];
  dials: readonly number[];
}

export function weeklyWobble(groups: readonly WeeklySeries[]): Wobble {
  let chi = 0;
  let dialsSquares = 0;
  let df = 0;
  for (const g of groups) {
    const n = g.meetings.length;
    const totalMeetings = g.meetings.reduce((s, m) => s + m, 0);
    const totalDials = g.dials.reduce((s, d) => s + d, 0);
    if (n < 2 || totalDials === 0) continue;
    df += n - 1;
    const dialsMean = totalDials / n;
    for (const d of g.dials) dialsSquares += ((d - dialsMean) / dialsMean) ** 2;
    // A group without meetings has no spread of meetings to measure (and adds none).
    if (totalMeetings === 0) continue;
    const mean = totalMeetings / n;
    const variance = mean * (1 - totalMeetings / totalDials);
    for (const m of g.meetings) chi += (m - mean) ** 2 / variance;
  }
  if (df === 0) return { dispersion: 1, df: 0, dials_cv: null };
  return { dispersion: Math.max(1, chi / df), df, dials_cv: Math.sqrt(dialsSquares / df) };
}

/**
 * Meetings from n dials at a rate believed to be Beta(a, b), with week-to-week wobble φ: a
 * Beta-Binomial whose concentration is lowered so its variance is φ·n q(1 − q) (chance, inflated)
 * + n(n − 1)·Var(q) (the rate's uncertainty), with the same mean n q. With φ = 1 it is exactly
 * BetaBinomial(n, a, b).
 */
export function wobblyBetaBinomial(n: number, a: number, b: number, dispersion: number): { a: number; b: number } {
  if (n <= 1 || dispersion <= 1) return { a, b };
  const c = a + b;
  const q = a / c;
  const varQ = (q * (1 - q)) / (c + 1);
  const binomial = n * q * (1 - q);
  const ratio = (dispersion * binomial + n * (n - 1) * varQ) / binomial;
  // BetaBinomial variance = n q (1 − q)(c' + n)/(c' + 1): solve for c'. A ratio ≥ n would need c' ≤ 0;
  // a tiny c' is the widest spread a Beta-Binomial has.
  const inflated = ratio >= n ? 1e-3 : Math.max(1e-3, (n - ratio) / (ratio - 1));
  return { a: q * inflated, b: (1 - q) * inflated };
}

/** P(X ≤ x) for the wobbly Beta-Binomial above; x may be fractional (meetings split across months). */
export function wobblyCdf(x: number, n: number, a: number, b: number, dispersion: number): number {
  const p = wobblyBetaBinomial(n, a, b, dispersion);
  return betaBinomialCdf(Math.floor(x + 1e-9), n, p.a, p.b);
}

/** P(T ≤ t) for Student's t with df degrees of freedom, through the incomplete beta function. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t < 0 ? tail : 1 - tail;
}
