/**
 * Statistics for small sales samples: pure functions, no I/O, no dependencies.
 * The implementations live in ./stats/*.ts; this module is the public surface.
 *
 * Which tool answers which question:
 * - "How sure is this rate?" (report): wilson(meetings, reached, 0.9).
 * - "Does this rep differ from the rest of the team?" (report --by rep):
 *   fisherExact on roundedEffective counts, twoSided, then benjaminiHochbergAdjust (core/leaderboard.ts).
 * - "Is this week's rate significantly below a fixed bound p0?" (check --min): binomialTestLess(x, n, p0)
 *   (on effective counts through the incomplete beta when the weeks wobble).
 * - "Is this week's rate below (1 − tolerance) × the baseline's?" (check --baseline):
 *   farringtonManningRatio on effective counts; "below the baseline at all" is the same at θ = 1.
 * - "What range of dials per day?" (plan): betaInterval(posteriorBeta(meetings, dials), 0.9), then
 *   target ÷ rate at each end.
 * - "How many dials make the target on 90 % of days?" (plan --confidence):
 *   minTrialsForTarget({ target, posterior: posteriorBeta(meetings, dials), confidence: 0.9 }),
 *   or minTrialsForTargetKnownRate for day-to-day chance alone.
 * - "How much do rates wobble week to week beyond chance?": estimateDispersion(cells by rep) → ρ;
 *   pooled counts then count at their effective size (designEffect, effectiveCounts).
 * - "Which of many checks / reps stand out?": holmAdjust (check), benjaminiHochbergAdjust (report).
 * - "Each rep's rate, fairly": fitBetaPrior over the reps, then shrink (empirical Bayes).
 * - "Dials for the target on a new, wobbly day": minTrialsPredictive(dayRateNodes(posteriorNodes(…))).
 * Invalid arguments (negative or fractional counts, probabilities outside [0, 1]) throw RangeError:
 * callers validate user input first, so reaching one is a bug.
 */
export { normalCdf, normalQuantile } from './stats/normal.js';
export { logGamma, logChoose, logBeta } from './stats/special.js';
export { betaTails, regularizedBeta, betaCdf, betaPdf, betaQuantile } from './stats/beta.js';
export type { BetaTails } from './stats/beta.js';
export { binomialPmf, binomialCdf, binomialSurvival, binomialTestLess, wilson, wilsonEffective, twoProportionZ } from './stats/binomial.js';
export type { Interval, TwoProportionZ } from './stats/binomial.js';
export { fisherExact, fisherTwoSided, logHypergeometricPmf } from './stats/fisher.js';
export type { FisherResult } from './stats/fisher.js';
export {
  posteriorBeta,
  betaInterval,
  betaBinomialPmf,
  betaBinomialCdf,
  minTrialsForTarget,
  minTrialsForTargetKnownRate,
  DEFAULT_MAX_TRIALS,
  TIE_TOLERANCE,
} from './stats/beta-binomial.js';
export type { BetaParams, TargetQuery } from './stats/beta-binomial.js';
export { estimateDispersion, estimateDispersionFlat, FlatCells, designEffect, designEffectOfSums, wobbleSd, effectiveCounts, roundedEffective, smallSampleFactor, NO_DISPERSION } from './stats/overdispersion.js';
export type { Cell, Dispersion } from './stats/overdispersion.js';
export { holmAdjust, conditionalHolmAdjust, benjaminiHochbergAdjust } from './stats/multiplicity.js';
export { farringtonManningRatio, restrictedBaselineRate } from './stats/non-inferiority.js';
export type { RatioScoreTest } from './stats/non-inferiority.js';
export { fitBetaPrior, shrink, posteriorInterval, MAX_PRIOR_STRENGTH } from './stats/empirical-bayes.js';
export type { BetaPrior } from './stats/empirical-bayes.js';
export { posteriorNodes, dayRateNodes, predictiveAtLeast, minTrialsPredictive } from './stats/predictive.js';
export type { RateNode } from './stats/predictive.js';
