/**
 * The Beta-Binomial distribution and the planner's back-solve: how many trials (dials) make a
 * target number of successes (meetings) likely enough.
 */
import { betaQuantile } from './beta.js';
import { binomialSurvival } from './binomial.js';
import type { Interval } from './binomial.js';
import { logBeta, logSumExp } from './special.js';
import { assertCount, assertOpenUnit, assertProbability } from './validate.js';

export interface BetaParams {
  a: number;
  b: number;
}

/**
 * Posterior for a rate after `successes` out of `trials`, from the Jeffreys prior Beta(½, ½):
 * Beta(x + ½, n − x + ½). Jeffreys because it is invariant to how the rate is parametrised, adds
 * only one pseudo-observation in total, and still gives a proper posterior (and a finite
 * "dials per meeting") when a week has 0 meetings — where a flat Beta(1, 1) prior would pull small
 * rates such as 9/106 noticeably upward.
 */
export function posteriorBeta(successes: number, trials: number): BetaParams {
  assertCount('trials', trials);
  assertCount('successes', successes);
  if (successes > trials) throw new RangeError(`successes (${successes}) must not exceed trials (${trials})`);
  return { a: successes + 0.5, b: trials - successes + 0.5 };
}

/** Equal-tailed interval of Beta(a, b) at `level`: its (1 − level)/2 and (1 + level)/2 quantiles. */
export function betaInterval({ a, b }: BetaParams, level = 0.9): Interval {
  assertOpenUnit('level', level);
  const tail = (1 - level) / 2;
  return { lo: betaQuantile(tail, a, b), hi: betaQuantile(1 - tail, a, b) };
}

function assertBetaBinomial(n: number, a: number, b: number): void {
  assertCount('n', n);
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
    throw new RangeError(`beta-binomial shape parameters must be positive and finite, got a=${a}, b=${b}`);
  }
}

/**
 * log P(X = x) for x = 0..k, X ~ BetaBinomial(n, a, b). Starts from
 * P(X = 0) = B(a, n + b)/B(a, b) and walks the ratio
 * P(x + 1)/P(x) = (n − x)(x + a) / ((x + 1)(n − x − 1 + b)), in logs so nothing underflows.
 */
function betaBinomialLogPmfs(k: number, n: number, a: number, b: number): number[] {
  const logs: number[] = [];
  let current = logBeta(a, n + b) - logBeta(a, b);
  for (let x = 0; x <= k; x++) {
    logs.push(current);
    current += Math.log(((n - x) * (x + a)) / ((x + 1) * (n - x - 1 + b)));
  }
  return logs;
}

/** P(X = k) for X ~ BetaBinomial(n, a, b). */
export function betaBinomialPmf(k: number, n: number, a: number, b: number): number {
  assertBetaBinomial(n, a, b);
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  return Math.exp(betaBinomialLogPmfs(k, n, a, b)[k] ?? Number.NEGATIVE_INFINITY);
}

/**
 * P(X ≤ k) for X ~ BetaBinomial(n, a, b): the number of successes in n trials whose common rate is
 * itself drawn from Beta(a, b). O(k) work, so the planner's small targets stay cheap at any n.
 */
export function betaBinomialCdf(k: number, n: number, a: number, b: number): number {
  assertBetaBinomial(n, a, b);
  const j = Math.floor(k);
  if (j < 0) return 0;
  if (j >= n) return 1;
  return Math.min(1, Math.exp(logSumExp(betaBinomialLogPmfs(j, n, a, b))));
}

/**
 * Trials beyond this are no plan anyone can staff; the search stops and answers null. Exported so
 * the output can say "more than N" — with a rate above 0 some larger n always suffices.
 */
export const DEFAULT_MAX_TRIALS = 10_000_000;

/**
 * A probability computed as 1 − a sum of terms carries rounding of about 1e-15: an exact tie
 * (P(X ≥ 8) = ½ for 15 dials at a rate symmetric about ½, asked at confidence ½) must count as
 * reached, or the answer is one dial too many. Comparisons with the confidence allow this much.
 */
export const TIE_TOLERANCE = 1e-12;

/**
 * Smallest n in [from, max] with ok(n), for ok monotone (false … false true … true): doubling to
 * bracket the answer, then bisection — O(log n) evaluations. null when even ok(max) is false.
 */
export function smallestSatisfying(ok: (n: number) => boolean, from: number, max: number): number | null {
  if (from > max) return null;
  if (ok(from)) return from;
  let failing = from;
  let candidate = Math.max(1, from * 2);
  while (!ok(candidate)) {
    if (candidate >= max) return null;
    failing = candidate;
    candidate = Math.min(max, candidate * 2);
  }
  while (candidate - failing > 1) {
    const mid = Math.floor((failing + candidate) / 2);
    if (ok(mid)) candidate = mid;
    else failing = mid;
  }
  return candidate;
}

export interface TargetQuery {
  /** Successes wanted (e.g. 3 meetings in a day); a non-negative integer. */
  target: number;
  /** Belief about the success rate per trial, e.g. posteriorBeta(meetings, dials). */
  posterior: BetaParams;
  /** Required probability of reaching the target, in (0, 1), e.g. 0.9. */
  confidence: number;
  /** Search limit; beyond it the answer is null. Default 10,000,000. */
  maxTrials?: number;
}

/**
 * Smallest n with P(X ≥ target) ≥ confidence for X ~ BetaBinomial(n, a, b).
 *
 * This is the posterior predictive probability for one day: it averages the day's binomial chance
 * over the uncertainty of the rate, so a thin history asks for more dials than the point rate
 * would. P(X ≥ k) rises with n (one more trial can only add successes), so the search is valid.
 * null when no n up to maxTrials suffices (a rate posterior with much mass near 0 can need millions).
 */
export function minTrialsForTarget(query: TargetQuery): number | null {
  const { target, posterior, confidence } = query;
  assertCount('target', target);
  assertOpenUnit('confidence', confidence);
  assertBetaBinomial(0, posterior.a, posterior.b);
  if (target === 0) return 0;
  const ok = (n: number): boolean => 1 - betaBinomialCdf(target - 1, n, posterior.a, posterior.b) >= confidence - TIE_TOLERANCE;
  return smallestSatisfying(ok, target, query.maxTrials ?? DEFAULT_MAX_TRIALS);
}

/**
 * Smallest n with P(X ≥ target) ≥ confidence for X ~ Binomial(n, p): the same question with the
 * rate taken as known, i.e. only day-to-day chance. null when p = 0 (unless target = 0) or the
 * answer exceeds maxTrials (default 10,000,000).
 */
export function minTrialsForTargetKnownRate(target: number, p: number, confidence: number, maxTrials = DEFAULT_MAX_TRIALS): number | null {
  assertCount('target', target);
  assertProbability('p', p);
  assertOpenUnit('confidence', confidence);
  if (target === 0) return 0;
  if (p === 0) return null;
  return smallestSatisfying((n) => binomialSurvival(target - 1, n, p) >= confidence - TIE_TOLERANCE, target, maxTrials);
}
