/** The data of `funnel check`: settings in, one result per check out. Types only, so renderers need no statistics. */
import type { RatioName } from './funnel.js';
import type { Threshold } from './check-spec.js';
import type { Counts } from './types.js';

/** One week's counts, as a baseline lists them. */
export interface WeekCounts {
  week: string;
  counts: Counts;
}

export interface Baseline {
  /** The baseline report's totals. */
  team: Counts;
  /** Each rep's totals, when the baseline report had reps. */
  reps: ReadonlyMap<string, Counts>;
  /** The team's weeks (report JSON `weeks`); absent in a hand-written baseline. */
  teamWeekly?: readonly WeekCounts[];
  /** Each rep's weeks (report JSON `reps[].weekly`, written since the baseline carried them). */
  repWeekly?: ReadonlyMap<string, readonly WeekCounts[]>;
  /** How many weeks each rep's totals span (report JSON `reps[].weeks`), for baselines without `weekly`. */
  repWeekCount?: ReadonlyMap<string, number>;
}

/** Week-to-week wobble (intra-class correlation ρ) per ratio, for the team's weeks and for reps' weeks. */
export interface CheckWobble {
  team: Partial<Record<RatioName, number>>;
  rep: Partial<Record<RatioName, number>>;
}

export interface CheckSettings {
  thresholds: readonly Threshold[];
  baseline?: Baseline;
  /** Ratios compared with the baseline; default: every ratio the baseline records. */
  baselineRatios?: readonly RatioName[];
  tolerance: number;
  alpha: number;
  /** The weekly wobble to allow for; absent or 0: plain binomial counts. */
  wobble?: CheckWobble;
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
  /** One-sided p of this check alone. */
  p_value: number | null;
  /** Holm-adjusted over every check of the run: the check is significant when this is below alpha. */
  p_adjusted: number | null;
  /** Baseline checks: one-sided p of "lower than the baseline at all" (θ = 1), behind 'within-tolerance'. */
  p_below_baseline?: number | null;
  test: 'binomial' | 'fisher' | 'farrington-manning' | null;
  /** The weekly wobble allowed for, when any was seen beyond chance. */
  wobble?: CheckWobbleUsed | null;
  finding: Finding;
  verdict: Verdict;
  /** Whether this check makes the run fail: a regression, or no data under --require-data. */
  failed: boolean;
  /** Where no data came from, for the explanation. */
  missing: 'current' | 'baseline' | null;
  counts: Fraction | null;
  baseline: (Fraction & { value: number; source: 'team' | 'rep' }) | null;
}


/** What the wobble did to one check: the rate's SD from week to week and the design effects used. */
export interface CheckWobbleUsed {
  /** Week-to-week SD of the rate (absolute: 0.031 = 3.1 percentage points). */
  sd: number;
  rho: number;
  design_effect: number;
  baseline_design_effect: number | null;
}
