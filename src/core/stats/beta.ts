/**
 * The regularized incomplete beta function and the Beta distribution.
 *
 * I_x(a, b) by the continued fraction of Numerical Recipes §6.4, evaluated with the modified
 * Lentz method, on whichever side (x or 1 − x) converges fast; the prefactor xᵃ(1−x)ᵇ/B(a, b)
 * comes from Loader's binomial term, so large a and b (binomial tails at n = 1e6) lose nothing to
 * cancellation. Both tails are returned so callers can take the small one without computing 1 − (1 − ε).
 */
import { logBinomialTerm } from './special.js';

const EPS = 1e-16;
const TINY = 1e-300;

export interface BetaTails {
  /** I_x(a, b) = P(X ≤ x) */
  lower: number;
  /** 1 − I_x(a, b) = P(X > x) */
  upper: number;
}

/** log of xᵃ(1−x)ᵇ / B(a, b), with y = 1 − x supplied by the caller. */
function logBetaPrefactor(x: number, y: number, a: number, b: number): number {
  // Γ(a+b)/(Γ(a)Γ(b)) = Γ(a+b+1)/(Γ(a+1)Γ(b+1)) · ab/(a+b), and the first factor times xᵃyᵇ is
  // exactly Loader's binomial term at "x = a successes out of n = a + b".
  return logBinomialTerm(a, a + b, x, y) + Math.log((a * b) / (a + b));
}

/** Lentz's guard: a zero partial denominator would divide by zero; a tiny one gives the same limit. */
function awayFromZero(v: number): number {
  return Math.abs(v) < TINY ? TINY : v;
}

/** The continued fraction for I_x(a, b) (NR betacf), by modified Lentz. Converges fast for x < (a+1)/(a+b+2). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 / awayFromZero(1 - ((a + b) * x) / (a + 1));
  let h = d;
  /** One Lentz update with partial numerator aa; returns the factor by which h changed. */
  const step = (aa: number): number => {
    d = 1 / awayFromZero(1 + aa * d);
    c = awayFromZero(1 + aa / c);
    h *= d * c;
    return d * c;
  };
  // Iterations grow like √max(a, b) (NR); the cap is generous so non-convergence means a bug.
  const maxIter = 1000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  for (let m = 1; m <= maxIter; m++) {
    const m2 = 2 * m;
    step((m * (b - m) * x) / ((a - 1 + m2) * (a + m2))); // even term d_{2m}
    const del = step((-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2))); // odd term d_{2m+1}
    if (Math.abs(del - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta: continued fraction did not converge (x=${x}, a=${a}, b=${b})`);
}

function assertShape(a: number, b: number): void {
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
    throw new RangeError(`beta shape parameters must be positive and finite, got a=${a}, b=${b}`);
  }
}

/** Both tails of the Beta(a, b) distribution at x: { lower: I_x(a, b), upper: 1 − I_x(a, b) }. */
export function betaTails(x: number, a: number, b: number): BetaTails {
  assertShape(a, b);
  if (Number.isNaN(x)) return { lower: Number.NaN, upper: Number.NaN };
  if (x <= 0) return { lower: 0, upper: 1 };
  if (x >= 1) return { lower: 1, upper: 0 };
  const y = 1 - x;
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (Math.exp(logBetaPrefactor(x, y, a, b)) * betaContinuedFraction(x, a, b)) / a;
    return { lower, upper: 1 - lower };
  }
  // I_x(a, b) = 1 − I_{1−x}(b, a): the fraction on the mirrored side converges fast here.
  const upper = (Math.exp(logBetaPrefactor(y, x, b, a)) * betaContinuedFraction(y, b, a)) / b;
  return { lower: 1 - upper, upper };
}

/** I_x(a, b), the regularized incomplete beta function. */
export function regularizedBeta(x: number, a: number, b: number): number {
  return betaTails(x, a, b).lower;
}

/** P(X ≤ x) for X ~ Beta(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  return betaTails(x, a, b).lower;
}

/** Density of Beta(a, b) at x (Infinity at an endpoint where a or b < 1). */
export function betaPdf(x: number, a: number, b: number): number {
  assertShape(a, b);
  if (x < 0 || x > 1) return 0;
  if (x === 0) return a < 1 ? Number.POSITIVE_INFINITY : a === 1 ? b : 0;
  if (x === 1) return b < 1 ? Number.POSITIVE_INFINITY : b === 1 ? a : 0;
  const y = 1 - x;
  return Math.exp(logBetaPrefactor(x, y, a, b)) / (x * y);
}

/**
 * The p-quantile of Beta(a, b): the x with I_x(a, b) = p.
 *
 * Newton's method safeguarded by a bracket (NR rtsafe): a Newton step that leaves the bracket is
 * replaced by bisection — geometric while the bracket spans orders of magnitude, since for small a
 * the quantile can be as small as p^(1/a) (1e-20 for a = ½, p = 1e-10). For p > ½ the equation is
 * solved on the upper tail, so quantiles near 1 keep their precision.
 */
export function betaQuantile(p: number, a: number, b: number): number {
  // The same quantile is asked again (a plan's range, then its thin-history warning): each costs
  // hundreds of incomplete-beta terms, so answers are remembered (a pure function of its arguments).
  const key = `${p} ${a} ${b}`;
  const known = QUANTILES.get(key);
  if (known !== undefined) return known;
  const x = solveBetaQuantile(p, a, b);
  if (QUANTILES.size >= 1024) QUANTILES.clear();
  QUANTILES.set(key, x);
  return x;
}

const QUANTILES = new Map<string, number>();

function solveBetaQuantile(p: number, a: number, b: number): number {
  assertShape(a, b);
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const useLower = p <= 0.5;
  const q = 1 - p;
  // g is increasing in x and zero at the quantile.
  const g = (x: number): number => {
    const t = betaTails(x, a, b);
    return useLower ? t.lower - p : q - t.upper;
  };
  let lo = 0;
  let hi = 1;
  // The best point seen so far. The endpoints count: g(0) = −p and g(1) = 1 − p, and when the true
  // quantile lies within an ulp of 0 or 1 (b = 0.2 and p = 0.9999 puts it at 1 − 1e-19), the
  // endpoint is the correctly rounded answer.
  let best = p < 0.5 ? 0 : 1;
  let bestErr = Math.min(p, q);
  let x = a / (a + b);
  for (let iter = 0; iter < 400; iter++) {
    const gx = g(x);
    if (Math.abs(gx) < bestErr) {
      best = x;
      bestErr = Math.abs(gx);
    }
    if (gx === 0) return x;
    if (gx < 0) lo = x;
    else hi = x;
    let next = x - gx / betaPdf(x, a, b);
    if (!(next > lo && next < hi)) {
      next = lo > 0 && hi / lo > 4 ? Math.sqrt(lo * hi) : lo === 0 && hi < 0.25 ? hi / 16 : (lo + hi) / 2;
    }
    if (Math.abs(next - x) <= 4 * Number.EPSILON * next || hi - lo <= 4 * Number.EPSILON * hi) break;
    x = next;
  }
  return best;
}
