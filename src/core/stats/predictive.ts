/**
 * The planner's predictive for one new day (or week): how many meetings n dials book when
 *   - the long-run rate is uncertain (a Beta posterior from the history, possibly times a fixed
 *     factor when --what-if sets the other stage by hand), and
 *   - the day's own rate wobbles around the long-run rate (beta with intra-class correlation ρ,
 *     estimated from the history's weeks), and
 *   - the meetings themselves are binomial given the day's rate.
 * P(X ≥ k) is the average of the binomial survival over the day's rate, integrated numerically:
 * Gauss–Legendre on the probability scale u (rate = quantile(u)), which is smooth for any shape, so
 * a few hundred nodes give the answer to about 1e-9 — no moment-matched approximation.
 */
import { betaQuantile } from './beta.js';
import { binomialSurvival } from './binomial.js';
import { DEFAULT_MAX_TRIALS, TIE_TOLERANCE, smallestSatisfying, type BetaParams } from './beta-binomial.js';
import { assertCount, assertOpenUnit } from './validate.js';

export interface RateNode {
  rate: number;
  weight: number;
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

/** Nodes over u ∈ (0, 1) in `panels` equal panels; Σ weights = 1. */
function unitNodes(panels: number): { u: number; w: number }[] {
  const gl = gaussLegendre();
  const out: { u: number; w: number }[] = [];
  for (let j = 0; j < panels; j++) for (const { x, w } of gl) out.push({ u: (j + x) / panels, w: w / panels });
  return out;
}

/** The long-run rate scale × q with q ~ Beta(a, b), as weighted nodes. */
export function posteriorNodes(posterior: BetaParams, scale = 1, panels = 8): RateNode[] {
  return unitNodes(panels).map(({ u, w }) => ({ rate: scale * betaQuantile(u, posterior.a, posterior.b), weight: w }));
}

/**
 * The day's rate: for each long-run node q (on the measured stage), the day's stage rate is
 * Beta(q M, (1 − q) M) with M = 1/ρ − 1, then times `scale`. ρ = 0 leaves the nodes as they are.
 */
export function dayRateNodes(stage: readonly RateNode[], scale: number, rho: number, panels = 2): RateNode[] {
  if (rho <= 0) return stage.map((n) => ({ rate: scale * n.rate, weight: n.weight }));
  const size = 1 / rho - 1;
  const inner = unitNodes(panels);
  const out: RateNode[] = [];
  for (const s of stage) {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, s.rate));
    for (const { u, w } of inner) out.push({ rate: scale * betaQuantile(u, q * size, (1 - q) * size), weight: s.weight * w });
  }
  return out;
}

/** P(X ≥ k) for n dials when the day's rate follows the nodes. */
export function predictiveAtLeast(k: number, n: number, nodes: readonly RateNode[]): number {
  if (k <= 0) return 1;
  let sum = 0;
  for (const { rate, weight } of nodes) sum += weight * binomialSurvival(k - 1, n, Math.min(1, Math.max(0, rate)));
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
