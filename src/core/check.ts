/**
 * `funnel check`: is a ratio beyond its bound, and is that beyond chance? Pure: counts in, verdicts out.
 *
 * Weekly sales data are small samples that also wobble from week to week, and a run holds many
 * checks, so by default a check fails only when BOTH hold:
 *   1. the observed ratio is beyond the bound (the point value), and
 *   2. the shortfall is statistically significant, one-sided, after Holm's adjustment over the
 *      checks of the run (family-wise error ≤ alpha; conditional p-values, meetings/dials riding on
 *      its stages: see adjustRun):
 *      - fixed bound b (--min): binomial test of H0 "true ratio ≥ b", p = P(X ≤ x | n, b);
 *        --max mirrors it: H0 "true ratio ≤ b", p = P(X ≥ x | n, b);
 *      - baseline xb/nb: non-inferiority with a ratio margin, H0 "current ≥ (1 − tolerance) × baseline",
 *        by the Farrington–Manning score test, so the baseline's own uncertainty counts.
 *    Counts pooled over weeks that wobble enter at their effective size n / deff (see stats/overdispersion.ts).
 * The bound says whether a drop is big enough to matter; the test says whether it could be noise.
 * --strict uses the point value alone. A zero denominator gives "no data", a failure only on request.
 */
import {
  betaTails, binomialSurvival, binomialTestLess, conditionalHolmAdjust, designEffect, effectiveCounts, farringtonManningRatio, holmAdjust, wobbleSd,
} from './stats.js';
import { RATIO_NAMES, ratioParts, type RatioName } from './funnel.js';
import type { Threshold } from './check-spec.js';
import type { Subject } from './check-scope.js';
import type { Baseline, CheckResult, CheckSettings, CheckWobbleUsed, Finding, Fraction, Verdict, WeekCounts } from './check-types.js';
import { cellSizes } from './wobble.js';

type Core = Pick<CheckResult, 'value' | 'bound' | 'p_value' | 'test' | 'finding' | 'missing' | 'counts' | 'baseline' | 'wobble' | 'p_below_baseline'>;

function hasData(f: Fraction | null): f is Fraction {
  return f !== null && f.den > 0;
}

/**
 * Callbacks short + long may add up to more than reached (a warning, not an error, on input), so
 * a "ratio" can exceed 1. The tests need successes ≤ trials; x = n is the most extreme case
 * they can express, and the point value (above 1) is kept as it is.
 */
function successes(f: Fraction): number {
  return Math.min(f.num, f.den);
}

/** The bound is kept whenever it is known (a fixed --min/--max, or a baseline with data): a reader sees what the week was held to. */
function noData(missing: 'current' | 'baseline', counts: Fraction | null, bound: number | null = null, baseline: Core['baseline'] = null): Core {
  const value = hasData(counts) ? counts.num / counts.den : null;
  return { value, bound, p_value: null, test: null, finding: 'no-data', missing, counts, baseline, wobble: null };
}

/** The finding before the multiplicity adjustment: 'regression' here means "beyond and to be tested". */
function judge(beyond: boolean, significant: boolean, strict: boolean): Finding {
  if (!beyond) return significant ? 'within-tolerance' : 'ok';
  return strict || significant ? 'regression' : 'noise';
}

/** The design effect of a subject's counts on a ratio: its weeks as cells (one cell when not given). */
function subjectDeff(subject: Subject, ratio: RatioName, rho: number): number {
  if (rho <= 0) return 1;
  const weekly = subject.weekly ?? [subject.counts];
  return designEffect(cellSizes(weekly, ratio), rho);
}

/** P(X ≤ x) or P(X ≥ x) for a binomial, through the incomplete beta so effective (fractional) counts work too. */
function binomialTail(x: number, n: number, p: number, direction: 'min' | 'max'): number {
  if (Number.isInteger(x) && Number.isInteger(n)) return direction === 'min' ? binomialTestLess(x, n, p) : binomialSurvival(x - 1, n, p);
  if (direction === 'min') return x >= n ? 1 : betaTails(1 - p, n - x, x + 1).lower; // P(X ≤ x) = I_{1−p}(n − x, x + 1)
  return x <= 0 ? 1 : betaTails(p, x, n - x + 1).lower; // P(X ≥ x) = I_p(x, n − x + 1)
}

function wobbleUsed(rho: number, rate: number, deff: number, baselineDeff: number | null): CheckWobbleUsed | null {
  return rho > 0 ? { sd: wobbleSd(rho, rate), rho, design_effect: deff, baseline_design_effect: baselineDeff } : null;
}

function thresholdCheck(subject: Subject, t: Threshold, rho: number): Core {
  const c = ratioParts(subject.counts, t.ratio);
  if (!hasData(c)) return noData('current', c, t.value);
  const value = c.num / c.den;
  const deff = subjectDeff(subject, t.ratio, rho);
  const e = effectiveCounts(successes(c), c.den, deff);
  const p = binomialTail(e.x, e.n, t.value, t.direction);
  const beyond = t.direction === 'min' ? value < t.value : value > t.value;
  // A fixed bound has no tolerance band: "within tolerance" cannot happen here. Significance waits for Holm.
  return { value, bound: t.value, p_value: p, test: 'binomial', finding: beyond ? 'regression' : 'ok', missing: null, counts: c, baseline: null, wobble: wobbleUsed(rho, value, deff, null) };
}

interface BaselineSide {
  counts: Fraction | null;
  source: 'team' | 'rep';
  /** The baseline's weeks, or how many weeks it spans when only that is known. */
  weekly: readonly WeekCounts[] | null;
  weeks: number | null;
}

/** Cell sizes of the baseline: its weeks; equal weeks when only their number is known; else one cell (the cautious choice). */
function baselineDeff(side: BaselineSide, ratio: RatioName, den: number, rho: number): number {
  if (rho <= 0) return 1;
  if (side.weekly && side.weekly.length > 0) return designEffect(cellSizes(side.weekly.map((w) => w.counts), ratio), rho);
  const weeks = side.weeks !== null && side.weeks > 0 ? side.weeks : 1;
  return designEffect(Array.from({ length: weeks }, () => den / weeks), rho);
}

function baselineCheck(subject: Subject, ratio: RatioName, side: BaselineSide, rho: number, s: CheckSettings): Core {
  const c = ratioParts(subject.counts, ratio);
  const b = side.counts;
  if (!hasData(b)) return noData('baseline', c);
  const base = b.num / b.den;
  const bound = base * (1 - s.tolerance);
  const shown = { ...b, value: base, source: side.source };
  if (!hasData(c)) return noData('current', c, bound, shown);
  const value = c.num / c.den;
  const deff = subjectDeff(subject, ratio, rho);
  const bDeff = baselineDeff(side, ratio, b.den, rho);
  const now = effectiveCounts(successes(c), c.den, deff);
  const then = effectiveCounts(successes(b), b.den, bDeff);
  const p = farringtonManningRatio(now.x, now.n, then.x, then.n, 1 - s.tolerance).pLess;
  const below = farringtonManningRatio(now.x, now.n, then.x, then.n, 1).pLess;
  const finding = value < bound ? 'regression' : below < s.alpha && value < base ? 'within-tolerance' : 'ok';
  return {
    value, bound, p_value: p, p_below_baseline: below, test: 'farrington-manning', finding, missing: null, counts: c, baseline: shown,
    wobble: wobbleUsed(rho, base, deff, bDeff),
  };
}

const VERDICT: Record<Finding, Verdict> = {
  ok: 'pass',
  'within-tolerance': 'pass',
  noise: 'pass',
  regression: 'regression',
  'no-data': 'no data',
};

/** The baseline a subject is held to: its own rep's numbers when they have data, else the team's. */
function baselineFor(subject: Subject, b: Baseline, ratio: RatioName): BaselineSide {
  const own = subject.rep === null ? undefined : b.reps.get(subject.rep);
  const ownParts = own ? ratioParts(own, ratio) : null;
  if (subject.rep !== null && hasData(ownParts)) {
    return { counts: ownParts, source: 'rep', weekly: b.repWeekly?.get(subject.rep) ?? null, weeks: b.repWeekCount?.get(subject.rep) ?? null };
  }
  return { counts: ratioParts(b.team, ratio), source: 'team', weekly: b.teamWeekly ?? null, weeks: null };
}

function rhoFor(subject: Subject, ratio: RatioName, s: CheckSettings): number {
  return s.wobble?.[subject.rep === null ? 'team' : 'rep'][ratio] ?? 0;
}

type Pending = { subject: Subject; ratio: RatioName; kind: CheckResult['kind']; core: Core };

/** The stage ratios whose product meetings/dials is. */
const STAGES: readonly RatioName[] = ['reached/dials', 'meetings/reached'];

/**
 * Holm over the run; from three checks on, on conditional p-values (stats/multiplicity.ts): a check
 * whose one-sided p is above ½ — its value is not even beyond its bound — drops out of the family,
 * the others count p / ½.
 * Every other check with a p-value is one test of the family — except meetings/dials where the same
 * subject also has a check of the same kind on a stage (reached/dials or meetings/reached):
 * meetings/dials is their product, not extra evidence, so it is kept out of the family and its
 * adjusted p is max(its own p, the smaller adjusted p of its stages). It can then fail only alongside
 * a failing stage, and a run fails falsely no more often than Holm allows.
 */
/** From this many checks in the family on, Holm runs on conditional p-values. */
export const CONDITIONAL_FROM = 3;

export function adjustRun(cores: readonly Pick<Pending, 'subject' | 'ratio' | 'kind' | 'core'>[]): (number | null)[] {
  const key = (c: Pick<Pending, 'subject' | 'kind'>) => c.kind + '\u0000' + (c.subject.rep ?? '\u0000team') + '\u0000' + c.subject.scope;
  const stageKeys = new Set(cores.filter((c) => STAGES.includes(c.ratio) && c.core.p_value !== null).map(key));
  const derived = cores.map((c) => c.ratio === 'meetings/dials' && stageKeys.has(key(c)));
  const family = cores.map((c, i) => (derived[i] ? null : c.core.p_value));
  // Conditioning costs a factor 2 when nothing drops out; with one or two checks it can never gain.
  // The choice rests on the number of checks alone, never on their p-values, so the error bound holds.
  const size = family.filter((p) => p !== null).length;
  const adjusted = size >= CONDITIONAL_FROM ? conditionalHolmAdjust(family) : holmAdjust(family);
  const bestStage = new Map<string, number>();
  cores.forEach((c, i) => {
    const a = adjusted[i];
    if (STAGES.includes(c.ratio) && a != null) bestStage.set(key(c), Math.min(bestStage.get(key(c)) ?? 1, a));
  });
  return cores.map((c, i) => {
    if (!derived[i] || c.core.p_value === null) return adjusted[i] ?? null;
    return Math.max(c.core.p_value, bestStage.get(key(c)) ?? 1);
  });
}

function decide(cores: readonly Pending[], s: CheckSettings): CheckResult[] {
  const adjusted = adjustRun(cores);
  return cores.map(({ subject, ratio, kind, core }, i) => {
    const pAdj = adjusted[i] ?? null;
    const finding: Finding = core.finding === 'regression' ? judge(true, pAdj !== null && pAdj < s.alpha, s.strict) : core.finding;
    const failed = finding === 'regression' || (finding === 'no-data' && s.requireData);
    return {
      ratio, kind, scope: subject.scope, rep: subject.rep,
      value: core.value, bound: core.bound, p_value: core.p_value, p_adjusted: pAdj,
      ...(core.p_below_baseline === undefined ? {} : { p_below_baseline: core.p_below_baseline }),
      test: core.test, finding, verdict: VERDICT[finding], failed, missing: core.missing, counts: core.counts, baseline: core.baseline,
      wobble: core.wobble ?? null,
    };
  });
}

/** Every check for every subject: the thresholds in the order given, then the baseline ratios. */
export function runChecks(subjectList: readonly Subject[], s: CheckSettings): CheckResult[] {
  const cores: Pending[] = [];
  const b = s.baseline;
  const baselineRatios = b ? (s.baselineRatios ?? RATIO_NAMES.filter((r) => ratioParts(b.team, r) !== null)) : [];
  for (const subject of subjectList) {
    for (const t of s.thresholds) {
      cores.push({ subject, ratio: t.ratio, kind: t.direction, core: thresholdCheck(subject, t, rhoFor(subject, t.ratio, s)) });
    }
    if (!b) continue;
    for (const ratio of baselineRatios) {
      cores.push({ subject, ratio, kind: 'baseline', core: baselineCheck(subject, ratio, baselineFor(subject, b, ratio), rhoFor(subject, ratio, s), s) });
    }
  }
  return decide(cores, s);
}

export const EXIT_CODES = { pass: 0, regression: 1 } as const;

/** The run's verdict as an exit code: 1 as soon as one check failed. Usage and input errors (2) never get here. */
export function checkExitCode(results: readonly CheckResult[]): number {
  return results.some((r) => r.failed) ? EXIT_CODES.regression : EXIT_CODES.pass;
}

