/**
 * Statistics for small sales samples: pure functions, no I/O, no dependencies.
 * The implementations live in ./stats/*.ts; this module is the public surface.
 */
export { normalCdf, normalQuantile } from './stats/normal.js';
export { logGamma, logChoose, logBeta } from './stats/special.js';
export { betaTails, regularizedBeta, betaCdf, betaPdf, betaQuantile } from './stats/beta.js';
export type { BetaTails } from './stats/beta.js';
export { binomialPmf, binomialCdf, binomialSurvival, binomialTestLess, wilson, twoProportionZ } from './stats/binomial.js';
export type { Interval, TwoProportionZ } from './stats/binomial.js';
export { fisherExact, logHypergeometricPmf } from './stats/fisher.js';
export type { FisherResult } from './stats/fisher.js';
export {
  posteriorBeta,
  betaInterval,
  betaBinomialPmf,
  betaBinomialCdf,
  minTrialsForTarget,
  minTrialsForTargetKnownRate,
} from './stats/beta-binomial.js';
export type { BetaParams, TargetQuery } from './stats/beta-binomial.js';
