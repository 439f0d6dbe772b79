/**
 * Log-gamma and the saddle-point pieces of Catherine Loader's "Fast and accurate computation of
 * binomial probabilities" (2000), the method behind R's dbinom/dhyper/dbeta. Working with the
 * deviance bd0 instead of differences of log-gammas avoids the cancellation that costs
 * lgamma(n) − lgamma(k) − lgamma(n − k) about 1e-9 of relative accuracy at n = 1e6.
 */

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);

// Lanczos approximation, g = 7, n = 9 (Godfrey's coefficients): ~1e-15 relative for x in (0, 15).
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;

/** Stirling's series for the remainder of log Γ: its first terms suffice to machine precision for x ≥ 15. */
function stirlingSeries(x: number): number {
  const x2 = x * x;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * x2)) / x2) / x2) / x2) / x;
}

/** log Γ(x) for x > 0 (NaN for x ≤ 0: nothing in funnel needs the negative axis). */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (x === 1 || x === 2) return 0; // exact, where the approximations leave a 1e-16 residue
  if (x >= 15) return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + stirlingSeries(x);
  if (x < 0.5) {
    // Reflection keeps the relative accuracy for tiny x, where log Γ(x) ≈ −log x.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return LOG_SQRT_2PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * stirlerr(n) = log Γ(n + 1) − [(n + ½) log n − n + log √(2π)], the error of Stirling's formula.
 * Direct for small n (the terms are small, so no cancellation), the series beyond.
 */
export function stirlerr(n: number): number {
  if (n > 15) return stirlingSeries(n);
  return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LOG_SQRT_2PI;
}

/** bd0(x, m) = x log(x / m) + m − x, the binomial deviance; a series where x ≈ m avoids cancellation. */
export function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    if (Math.abs(s) < Number.MIN_VALUE) return s;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
  }
  return x * Math.log(x / m) + m - x;
}

/**
 * log of Γ(n+1)/(Γ(x+1)Γ(n−x+1)) pˣ qⁿ⁻ˣ for real 0 ≤ x ≤ n and q = 1 − p passed separately
 * (callers often know q more precisely than 1 − p). Loader's dbinom_raw, in log space.
 */
export function logBinomialTerm(x: number, n: number, p: number, q: number): number {
  if (p === 0) return x === 0 ? 0 : Number.NEGATIVE_INFINITY;
  if (q === 0) return x === n ? 0 : Number.NEGATIVE_INFINITY;
  if (x < 0 || x > n) return Number.NEGATIVE_INFINITY;
  if (x === 0) {
    if (n === 0) return 0;
    return p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q);
  }
  if (x === n) return q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p);
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LOG_2PI + Math.log(x) + Math.log1p(-x / n);
  return lc - 0.5 * lf;
}

/**
 * log C(n, k) for real 0 ≤ k ≤ n. Evaluated as the binomial term at its own mode p = k/n, which is
 * O(1), plus the exactly known remainder: accurate where the log-gamma difference cancels.
 */
export function logChoose(n: number, k: number): number {
  if (k < 0 || k > n || Number.isNaN(n) || Number.isNaN(k)) return Number.NEGATIVE_INFINITY;
  if (k === 0 || k === n) return 0;
  const p = k / n;
  const q = (n - k) / n;
  return logBinomialTerm(k, n, p, q) - k * Math.log(p) - (n - k) * Math.log1p(-p);
}

/** log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), via Stirling remainders for large arguments. */
export function logBeta(a: number, b: number): number {
  if (!(a > 0 && b > 0)) return Number.NaN;
  if (a + b < 30) return logGamma(a) + logGamma(b) - logGamma(a + b);
  // log Γ(x) = (x − ½) log x − x + log √(2π) + stirlerr(x); summed for a, b, −(a + b) the linear
  // terms cancel exactly and the large logs appear only as logs of ratios ≤ 1.
  const s = a + b;
  return (
    LOG_SQRT_2PI +
    (a - 0.5) * logShare(a, b) +
    (b - 0.5) * logShare(b, a) -
    0.5 * Math.log(s) +
    stirlerr(a) +
    stirlerr(b) -
    stirlerr(s)
  );
}

/** log(x / (x + y)); through log1p when the share is near 1, where log(x / s) would lose digits times a large x. */
function logShare(x: number, y: number): number {
  return x > y ? Math.log1p(-y / (x + y)) : Math.log(x / (x + y));
}

/** log(Σ exp(vᵢ)) without overflow or underflow. */
export function logSumExp(values: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}
