/**
 * Fisher's exact test for a 2×2 table, with the hypergeometric density in log space (Loader's
 * binomial terms, as R's dhyper) so tables with counts of 10,000 and more neither overflow nor
 * lose precision.
 */
import { logBinomialTerm } from './special.js';
import { assertCount } from './validate.js';

/**
 * log P(X = x) for X ~ Hypergeometric: x successes among `drawn` items taken from `good` successes
 * and `bad` failures. Uses dhyper = b(x; good, p)·b(drawn − x; bad, p) / b(drawn; good + bad, p)
 * with p = drawn / total, which holds for any p and keeps every term near its mode.
 */
export function logHypergeometricPmf(x: number, good: number, bad: number, drawn: number): number {
  const total = good + bad;
  if (x < Math.max(0, drawn - bad) || x > Math.min(drawn, good)) return Number.NEGATIVE_INFINITY;
  if (total === 0) return 0;
  const p = drawn / total;
  const q = (total - drawn) / total;
  return logBinomialTerm(x, good, p, q) + logBinomialTerm(drawn - x, bad, p, q) - logBinomialTerm(drawn, total, p, q);
}

export interface FisherResult {
  /** Sum of the probabilities of all tables no more likely than the observed one (R's fisher.test). */
  twoSided: number;
  /** P(A ≤ a): evidence that group 1's odds of success are lower than group 2's. */
  less: number;
  /** P(A ≥ a): evidence that group 1's odds of success are higher. */
  greater: number;
}

/** R's fisher.test treats densities within this relative distance of the observed one as equal. */
const RELATIVE_TOLERANCE = 1e-7;

/** Terms this small next to the first of a run no longer change a p-value (double precision). */
const NEGLIGIBLE = 1e-17;

/**
 * Fisher's exact test for the table [[a, b], [c, d]]: rows are group 1 and group 2, columns are
 * success and failure. Conditioning on all margins, A ~ Hypergeometric(a + b, c + d, a + c).
 *
 * Only the tails that make up a p-value are summed, each from one exactly computed density along
 * the ratio of neighbouring terms, and stopped where the terms become negligible. A year of call
 * logs (counts in the millions) thus costs a few thousand steps, not millions of log-gamma calls;
 * the bulk side of a one-sided p-value is the complement of the other tail.
 */
export function fisherExact(a: number, b: number, c: number, d: number): FisherResult {
  for (const [name, v] of [['a', a], ['b', b], ['c', c], ['d', d]] as const) assertCount(name, v);
  const h = hypergeometric(a + b, c + d, a + c); // group 1 plays the "good balls" of the urn
  const pa = h.pmf(a);
  const less = a <= h.mode ? h.run(a, -1) : 1 - h.run(a + 1, +1);
  const greater = a >= h.mode ? h.run(a, +1) : 1 - h.run(a - 1, -1);
  return { twoSided: clamp(twoSidedP(h, a, pa)), less: clamp(less), greater: clamp(greater) };
}

/** The two-sided p of fisherExact alone (a leaderboard needs no one-sided tails). */
export function fisherTwoSided(a: number, b: number, c: number, d: number): number {
  for (const [name, v] of [['a', a], ['b', b], ['c', c], ['d', d]] as const) assertCount(name, v);
  const h = hypergeometric(a + b, c + d, a + c);
  return clamp(twoSidedP(h, a, h.pmf(a)));
}

function clamp(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/** R's rule: the total probability of every table no more likely than the observed one. */
function twoSidedP(h: Hypergeometric, a: number, pa: number): number {
  if (pa === 0) return 0; // the observed table is below double precision: so is every rarer one
  const limit = pa * (1 + RELATIVE_TOLERANCE);
  if (h.pmf(h.mode) <= limit) return 1; // the observed table is (within tolerance) the likeliest
  const away: 1 | -1 = a > h.mode ? 1 : -1;
  // On the observed side the qualifying tables start at a, or a step or two inward on ties.
  let start = a;
  while (start - away !== h.mode && h.pmf(start - away) <= limit) start -= away;
  const ownSide = h.run(start, away);
  // On the other side they start where the density first falls to the limit: densities only
  // fall away from the mode, so a binary search finds it.
  let inner = h.mode; // density above the limit
  let outer = away > 0 ? h.lo - 1 : h.hi + 1; // beyond the support
  while (Math.abs(outer - inner) > 1) {
    const mid = Math.trunc((inner + outer) / 2);
    if (h.pmf(mid) <= limit) outer = mid;
    else inner = mid;
  }
  const otherSide = outer < h.lo || outer > h.hi ? 0 : h.run(outer, away > 0 ? -1 : 1);
  return ownSide + otherSide;
}

interface Hypergeometric {
  lo: number;
  hi: number;
  mode: number;
  pmf(x: number): number;
  /** P(X = x) summed from x0 outward (direction ±1, away from the mode) until terms are negligible. */
  run(x0: number, direction: 1 | -1): number;
}

function hypergeometric(good: number, bad: number, drawn: number): Hypergeometric {
  const lo = Math.max(0, drawn - bad);
  const hi = Math.min(drawn, good);
  const mode = Math.min(hi, Math.max(lo, Math.floor(((drawn + 1) * (good + 1)) / (good + bad + 2))));
  const pmf = (x: number) => Math.exp(logHypergeometricPmf(x, good, bad, drawn));
  // P(x+1)/P(x) and P(x-1)/P(x), from the binomial coefficients' ratios.
  const up = (x: number) => ((good - x) * (drawn - x)) / ((x + 1) * (bad - drawn + x + 1));
  const down = (x: number) => (x * (bad - drawn + x)) / ((good - x + 1) * (drawn - x + 1));
  const run = (x0: number, direction: 1 | -1) => {
    if (x0 < lo || x0 > hi) return 0;
    const first = pmf(x0);
    let sum = 0;
    for (let x = x0, v = first; ; x += direction) {
      sum += v;
      if (x === (direction > 0 ? hi : lo)) break;
      v *= direction > 0 ? up(x) : down(x);
      if (v < first * NEGLIGIBLE || v === 0) break;
    }
    return sum;
  };
  return { lo, hi, mode, pmf, run };
}
