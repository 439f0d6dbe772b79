/**
 * The planner's predictive for one new day (or week): how many meetings n dials book when
 *   - the long-run rate is uncertain (a Beta posterior from the history, possibly times a fixed
 *     factor when --what-if sets the other stage by hand), and
 *   - the day's own rate wobbles around the long-run rate (beta with intra-class correlation ρ,
 *     estimated from the history's weeks), and
 *   - the meetings themselves are binomial given the day's rate.
 * P(X ≥ k) is the average of the binomial survival over the day's rate, integrated numerically:
 * Gauss–Legendre on the probability scale u (rate = quantile(u)), which is smooth for any shape, so
 * a few hundred nodes on panels graded toward 0 and 1 give the answer to about 1e-8 — no moment-matched approximation.
 */
import { betaQuantile } from './beta.js';
import { logBeta } from './special.js';
import { binomialSurvival } from './binomial.js';
import { DEFAULT_MAX_TRIALS, TIE_TOLERANCE, betaBinomialCdf, smallestSatisfying, type BetaParams } from './beta-binomial.js';
import { assertCount, assertOpenUnit } from './validate.js';

export interface RateNode {
  rate: number;
  weight: number;
  /** When present, the day's rate is Beta(a, b) around `rate` and the meetings are Beta-Binomial. */
  day?: { a: number; b: number };
}

const ORDER = 16;
let legendre: { x: number; w: number }[] | null = null;

/** Gauss–Legendre nodes and weights on [0, 1] (Newton on P₁₆, Golub–Welsch would do as well). */
function gaussLegendre(): { x: number; w: number }[] {
  if (legendre) return legendre;
  const out: { x: number; w: number }[] = [];
  for (let i = 1; i <= ORDER; i++) {
    let t = Math.cos((Math.PI * (i - 0.25)) / (ORDER + 0.5));
    let dp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p0 = 1;
      let p1 = t;
      for (let k = 2; k <= ORDER; k++) [p0, p1] = [p1, ((2 * k - 1) * t * p1 - (k - 1) * p0) / k];
      dp = (ORDER * (t * p1 - p0)) / (t * t - 1);
      const step = p1 / dp;
      t -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    out.push({ x: (1 - t) / 2, w: 1 / ((1 - t * t) * dp * dp) });
  }
  legendre = out;
  return out;
}

/**
 * Panel edges on u ∈ [0, 1], graded geometrically toward both ends: the quantile function behaves like
 * u^(1/a) there, which one wide panel would integrate poorly.
 */
const EDGES: readonly number[] = (() => {
  const inner = [1e-9, 1e-7, 1e-5, 1e-4, 1e-3, 0.005, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5];
  return [0, ...inner, ...inner.slice(0, -1).reverse().map((u) => 1 - u), 1];
})();

/** Gauss–Legendre nodes on the graded panels of u ∈ (0, 1); Σ weights = 1. */
function unitNodes(): { u: number; w: number }[] {
  const gl = gaussLegendre();
  const out: { u: number; w: number }[] = [];
  for (let j = 0; j + 1 < EDGES.length; j++) {
    const [lo, hi] = [EDGES[j]!, EDGES[j + 1]!];
    for (const { x, w } of gl) out.push({ u: lo + (hi - lo) * x, w: w * (hi - lo) });
  }
  return out;
}

/** The long-run rate scale × q with q ~ Beta(a, b), as weighted nodes. */
export function posteriorNodes(posterior: BetaParams, scale = 1): RateNode[] {
  return unitNodes().map(({ u, w }) => ({ rate: scale * betaQuantile(u, posterior.a, posterior.b), weight: w }));
}

/**
 * The day's rate: for each long-run node q (on the measured stage), the day's stage rate is
 * Beta(q M, (1 − q) M) with M = 1/ρ − 1, then times `scale`. ρ = 0 leaves the nodes as they are.
 * With scale 1 the day's meetings are Beta-Binomial given q, summed exactly; otherwise the day's
 * rate is integrated too.
 */
export function dayRateNodes(stage: readonly RateNode[], scale: number, rho: number): RateNode[] {
  if (rho <= 0) return stage.map((n) => ({ rate: scale * n.rate, weight: n.weight }));
  const size = 1 / rho - 1;
  const clamp = (q: number) => Math.min(1 - 1e-12, Math.max(1e-12, q));
  if (scale === 1) return stage.map((s) => ({ rate: s.rate, weight: s.weight, day: { a: clamp(s.rate) * size, b: (1 - clamp(s.rate)) * size } }));
  return marginalGrid(stage, size).map((n) => ({ rate: scale * n.rate, weight: n.weight }));
}

/** Points of the grid on which the day's wobbling rate is integrated when it is scaled (--what-if with wobble). */
const GRID = 2000;

/**
 * The marginal distribution of the day's rate r — Beta(q M, (1 − q) M) mixed over the nodes of q —
 * on a fixed grid of r: the midpoint rule with the mixed density as weights. One grid serves every
 * n of the search, so a nested quadrature (a Beta quantile per pair of nodes) is not needed.
 */
function marginalGrid(stage: readonly RateNode[], size: number): RateNode[] {
  const sd = (q: number) => Math.sqrt((q * (1 - q)) / (size + 1));
  let lo = 1;
  let hi = 0;
  for (const s of stage) {
    if (s.weight < 1e-12) continue;
    lo = Math.min(lo, s.rate - 12 * sd(s.rate));
    hi = Math.max(hi, s.rate + 12 * sd(s.rate));
  }
  lo = Math.max(0, lo);
  hi = Math.min(1, hi);
  const step = (hi - lo) / GRID;
  const weights = new Float64Array(GRID);
  for (const s of stage) {
    if (s.weight < 1e-12) continue;
    const q = Math.min(1 - 1e-12, Math.max(1e-12, s.rate));
    const [a, b] = [q * size, (1 - q) * size];
    // The density in logs, its normalising constant once per node: this loop is the whole cost.
    const logNorm = Math.log(s.weight * step) - logBeta(a, b);
    const from = Math.max(0, Math.floor((q - 12 * sd(q) - lo) / step));
    const to = Math.min(GRID, Math.ceil((q + 12 * sd(q) - lo) / step));
    for (let j = from; j < to; j++) {
      const r = lo + (j + 0.5) * step;
      weights[j]! += Math.exp(logNorm + (a - 1) * Math.log(r) + (b - 1) * Math.log1p(-r));
    }
  }
  let total = 0;
  for (const w of weights) total += w;
  const out: RateNode[] = [];
  weights.forEach((w, j) => {
    if (w > 0) out.push({ rate: lo + (j + 0.5) * step, weight: w / total });
  });
  return out;
}

/** Targets up to this many meetings sum the binomial terms directly: faster than the incomplete beta. */
const DIRECT_SUM_MAX = 64;

/**
 * P(X ≥ k) for X ~ Binomial(n, p), k ≤ DIRECT_SUM_MAX: 1 − Σ_{x<k} P(X = x), the terms walked in logs.
 * When P(X = 0) underflows the mean is far above k and the lower tail is below any probability we compare.
 */
function atLeastDirect(k: number, n: number, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return n >= k ? 1 : 0;
  if (n < k) return 0;
  const logOdds = Math.log(p / (1 - p));
  let logTerm = n * Math.log1p(-p);
  let below = 0;
  for (let x = 0; x < k; x++) {
    below += Math.exp(logTerm);
    logTerm += Math.log((n - x) / (x + 1)) + logOdds;
  }
  return Math.max(0, 1 - below);
}

function binomialAtLeast(k: number, n: number, p: number): number {
  const q = Math.min(1, Math.max(0, p));
  return k <= DIRECT_SUM_MAX ? atLeastDirect(k, n, q) : binomialSurvival(k - 1, n, q);
}

/** P(X ≥ k) for n dials when the day's rate follows the nodes. */
export function predictiveAtLeast(k: number, n: number, nodes: readonly RateNode[]): number {
  if (k <= 0) return 1;
  let sum = 0;
  for (const { rate, weight, day } of nodes) {
    sum += weight * (day ? 1 - betaBinomialCdf(k - 1, n, day.a, day.b) : binomialAtLeast(k, n, rate));
  }
  return sum;
}


/** Smallest n with P(X ≥ target) ≥ confidence under the nodes; null beyond maxTrials. */
export function minTrialsPredictive(target: number, nodes: readonly RateNode[], confidence: number, maxTrials = DEFAULT_MAX_TRIALS): number | null {
  assertCount('target', target);
  assertOpenUnit('confidence', confidence);
  if (target === 0) return 0;
  if (!nodes.some((n) => n.rate > 0)) return null;
  return smallestSatisfying((n) => predictiveAtLeast(target, n, nodes) >= confidence - TIE_TOLERANCE, target, maxTrials);
}
