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

/**
 * Fisher's exact test for the table [[a, b], [c, d]]: rows are group 1 and group 2, columns are
 * success and failure. Conditioning on all margins, A ~ Hypergeometric(a + b, c + d, a + c).
 */
export function fisherExact(a: number, b: number, c: number, d: number): FisherResult {
  for (const [name, v] of [['a', a], ['b', b], ['c', c], ['d', d]] as const) assertCount(name, v);
  const good = a + b; // group 1 plays the "good balls" of the urn
  const bad = c + d;
  const drawn = a + c; // all successes
  const lo = Math.max(0, drawn - bad);
  const hi = Math.min(drawn, good);
  const logs: number[] = [];
  for (let x = lo; x <= hi; x++) logs.push(logHypergeometricPmf(x, good, bad, drawn));
  // Normalise against the largest term: the densities are exact, but renormalising makes the
  // tails sum to exactly 1 and keeps them meaningful where every term would underflow on its own.
  let max = Number.NEGATIVE_INFINITY;
  for (const v of logs) if (v > max) max = v;
  const rel = logs.map((v) => Math.exp(v - max));
  const total = rel.reduce((s, v) => s + v, 0);
  const observed = rel[a - lo] ?? 0;
  let less = 0;
  let greater = 0;
  let twoSided = 0;
  rel.forEach((v, i) => {
    if (lo + i <= a) less += v;
    if (lo + i >= a) greater += v;
    if (v <= observed * (1 + RELATIVE_TOLERANCE)) twoSided += v;
  });
  return { twoSided: Math.min(1, twoSided / total), less: Math.min(1, less / total), greater: Math.min(1, greater / total) };
}
