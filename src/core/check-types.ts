/** The data of `funnel check`: settings in, one result per check out. Types only, so renderers need no statistics. */
import type { RatioName } from './funnel.js';
import type { Threshold } from './check-spec.js';
import type { Counts } from './types.js';

export interface Baseline {
  /** The baseline report's totals. */
  team: Counts;
  /** Each rep's totals, when the baseline report had reps. */
  reps: ReadonlyMap<string, Counts>;
}

export interface CheckSettings {
  thresholds: readonly Threshold[];
  baseline?: Baseline;
  /** Ratios compared with the baseline; default: every ratio the baseline records. */
  baselineRatios?: readonly RatioName[];
  tolerance: number;
  alpha: number;
  strict: boolean;
  requireData: boolean;
}

export const DEFAULT_TOLERANCE = 0.1;
export const DEFAULT_ALPHA = 0.05;

/** How a check came out; the verdict and the explanation both derive from it. */
export type Finding =
  | 'ok' // not beyond the bound
  | 'within-tolerance' // significantly below the baseline, but not below the bound
  | 'noise' // beyond the bound, but not significant: could be chance
  | 'regression' // beyond the bound and significant (or beyond it under --strict)
  | 'no-data'; // zero denominator (or not recorded), now or in the baseline

export type Verdict = 'pass' | 'regression' | 'no data';

export interface Fraction {
  num: number;
  den: number;
}

export interface CheckResult {
  ratio: RatioName;
  kind: 'min' | 'max' | 'baseline';
  scope: string;
  rep: string | null;
  value: number | null;
  bound: number | null;
  p_value: number | null;
  test: 'binomial' | 'fisher' | null;
  finding: Finding;
  verdict: Verdict;
  /** Whether this check makes the run fail: a regression, or no data under --require-data. */
  failed: boolean;
  /** Where no data came from, for the explanation. */
  missing: 'current' | 'baseline' | null;
  counts: Fraction | null;
  baseline: (Fraction & { value: number; source: 'team' | 'rep' }) | null;
}

