/**
 * Empirical Bayes for rates of several groups (reps): a Beta prior fitted to all of them, so a rep
 * with a thin history is pulled toward the team and one with a long history keeps their own rate.
 *
 * The prior Beta(μκ, (1 − μ)κ) maximises the Beta-Binomial marginal likelihood of the groups'
 * counts, Σ log B(μκ + xᵢ, (1 − μ)κ + nᵢ − xᵢ) − log B(μκ, (1 − μ)κ) (no dependencies: nested
 * golden-section search, κ on a log scale). When the groups differ no more than chance would make
 * them, the likelihood keeps rising with κ: κ is then capped at the team's own trials, so a rep's
 * rate is the team's but never more certain than the team's whole history.
 */
import { logBeta } from './special.js';
import { assertCount } from './validate.js';

export interface GroupCounts {
  successes: number;
  trials: number;
}

export interface BetaPrior {
  a: number;
  b: number;
  /** The prior mean μ: where thin histories are pulled to. */
  mean: number;
  /** κ = a + b, in pseudo-trials: how strongly they are pulled. */
  concentration: number;
  /** True when κ hit its cap (the groups look alike: every rate is pulled fully to the team's). */
  capped: boolean;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** Maximum of a unimodal f on [lo, hi] by golden-section search. */
function argmax(f: (x: number) => number, lo: number, hi: number, steps: number): number {
  let a = lo, b = hi;
  let c = b - GOLDEN * (b - a), d = a + GOLDEN * (b - a);
  let fc = f(c), fd = f(d);
  for (let i = 0; i < steps; i++) {
    if (fc >= fd) {
      b = d; d = c; fd = fc;
      c = b - GOLDEN * (b - a); fc = f(c);
    } else {
      a = c; c = d; fc = fd;
      d = a + GOLDEN * (b - a); fd = f(d);
    }
  }
  return (a + b) / 2;
}

function marginalLogLikelihood(groups: readonly GroupCounts[], mean: number, kappa: number): number {
  const a = mean * kappa, b = (1 - mean) * kappa;
  let sum = 0;
  for (const g of groups) sum += logBeta(a + g.successes, b + g.trials - g.successes);
  // The prior's own normaliser is the same for every group: once, not once per rep.
  return sum - groups.length * logBeta(a, b);
}

/** The smallest κ considered: below one pseudo-trial the prior would say nothing at all. */
const MIN_CONCENTRATION = 0.5;

/**
 * Fits the prior. Needs at least one success and one failure over all groups (else every rate is
 * 0 or 1 and there is nothing to shrink toward); callers check for meetings first.
 */
export function fitBetaPrior(groups: readonly GroupCounts[]): BetaPrior {
  for (const g of groups) {
    assertCount('trials', g.trials);
    assertCount('successes', g.successes);
    if (g.successes > g.trials) throw new RangeError(`successes (${g.successes}) must not exceed trials (${g.trials})`);
  }
  const total = groups.reduce((s, g) => ({ successes: s.successes + g.successes, trials: s.trials + g.trials }), { successes: 0, trials: 0 });
  if (total.successes === 0 || total.successes === total.trials) throw new RangeError('a prior needs at least one success and one failure');
  const pooled = total.successes / total.trials;
  const maxKappa = Math.max(MIN_CONCENTRATION * 2, total.trials);
  const [lo, hi] = [Math.log(MIN_CONCENTRATION), Math.log(maxKappa)];
  // The best mean lies near the pooled rate (it is a weighted mean of the reps' rates): search within a
  // factor of 10 of it, away from 0 and 1 where log B(μκ, ·) is unbounded. 40 golden steps narrow a
  // bracket 2·10⁸-fold, far below what a rate from counts can tell.
  const eps = 1e-9;
  const [meanLo, meanHi] = [Math.max(eps, pooled / 10), Math.min(1 - eps, 1 - (1 - pooled) / 10)];
  const bestMean = (kappa: number) => argmax((m) => marginalLogLikelihood(groups, m, kappa), meanLo, meanHi, 40);
  const profile = (logKappa: number) => {
    const kappa = Math.exp(logKappa);
    return marginalLogLikelihood(groups, bestMean(kappa), kappa);
  };
  const logKappa = argmax(profile, lo, hi, 40);
  const capped = hi - logKappa < 0.05;
  const concentration = capped ? maxKappa : Math.exp(logKappa);
  // At the cap the groups are alike: the mean is the pooled rate (the search's is within 1e-9 of it).
  const mean = capped ? pooled : bestMean(concentration);
  return { a: mean * concentration, b: (1 - mean) * concentration, mean, concentration, capped };
}

/** A group's posterior under the prior, Beta(a + x, b + n − x), and its mean: the shrunk rate. */
export function shrink(prior: Pick<BetaPrior, 'a' | 'b'>, g: GroupCounts): { a: number; b: number; mean: number } {
  const a = prior.a + g.successes;
  const b = prior.b + g.trials - g.successes;
  return { a, b, mean: a / (a + b) };
}
