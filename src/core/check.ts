/**
 * `funnel check`: is a ratio beyond its bound, and is that beyond chance? Pure: counts in, verdicts out.
 *
 * Weekly sales data are small samples, so by default a check fails only when BOTH hold:
 *   1. the observed ratio is beyond the bound (the point value), and
 *   2. the shortfall is statistically significant, one-sided, at alpha:
 *      - fixed bound b (--min): exact binomial test of H0 "true ratio ≥ b", p = P(X ≤ x | n, b);
 *        --max mirrors it: H0 "true ratio ≤ b", p = P(X ≥ x | n, b);
 *      - baseline with counts xb/nb: bound = (xb/nb) × (1 − tolerance); p = Fisher's exact test,
 *        one-sided "current lower than baseline", on [[x, n−x], [xb, nb−xb]].
 * The bound says whether a drop is big enough to matter; the test says whether it could be noise.
 * --strict uses the point value alone. A zero denominator gives "no data", a failure only on request.
 */
import { binomialSurvival, binomialTestLess, fisherExact } from './stats.js';
import { RATIO_NAMES, ratioParts, type RatioName } from './funnel.js';
import type { Threshold } from './check-spec.js';
import type { Subject } from './check-scope.js';
import type { Baseline, CheckResult, CheckSettings, Finding, Fraction, Verdict } from './check-types.js';

type Core = Pick<CheckResult, 'value' | 'bound' | 'p_value' | 'test' | 'finding' | 'missing' | 'counts' | 'baseline'>;

function hasData(f: Fraction | null): f is Fraction {
  return f !== null && f.den > 0;
}

/**
 * Callbacks short + long may add up to more than reached (a warning, not an error, on input), so
 * a "ratio" can exceed 1. The exact tests need successes ≤ trials; x = n is the most extreme case
 * they can express, and the point value (above 1) is kept as it is.
 */
function successes(f: Fraction): number {
  return Math.min(f.num, f.den);
}

/** The bound is kept whenever it is known (a fixed --min/--max, or a baseline with data): a reader sees what the week was held to. */
function noData(missing: 'current' | 'baseline', counts: Fraction | null, bound: number | null = null, baseline: Core['baseline'] = null): Core {
  const value = hasData(counts) ? counts.num / counts.den : null;
  return { value, bound, p_value: null, test: null, finding: 'no-data', missing, counts, baseline };
}

function judge(beyond: boolean, significant: boolean, strict: boolean): Finding {
  if (!beyond) return significant ? 'within-tolerance' : 'ok';
  return strict || significant ? 'regression' : 'noise';
}

function thresholdCheck(c: Fraction | null, t: Threshold, s: CheckSettings): Core {
  if (!hasData(c)) return noData('current', c, t.value);
  const value = c.num / c.den;
  const x = successes(c);
  // P(X ≤ x | n, b) for a floor; P(X ≥ x | n, b) = P(X > x − 1) for a ceiling.
  const p = t.direction === 'min' ? binomialTestLess(x, c.den, t.value) : binomialSurvival(x - 1, c.den, t.value);
  const beyond = t.direction === 'min' ? value < t.value : value > t.value;
  // A fixed bound has no tolerance band: "within tolerance" cannot happen here.
  const finding = judge(beyond, beyond && p < s.alpha, s.strict);
  return { value, bound: t.value, p_value: p, test: 'binomial', finding, missing: null, counts: c, baseline: null };
}

function baselineCheck(c: Fraction | null, b: Fraction | null, source: 'team' | 'rep', s: CheckSettings): Core {
  if (!hasData(b)) return noData('baseline', c);
  const base = b.num / b.den;
  const bound = base * (1 - s.tolerance);
  if (!hasData(c)) return noData('current', c, bound, { ...b, value: base, source });
  const value = c.num / c.den;
  const [x, xb] = [successes(c), successes(b)];
  const p = fisherExact(x, c.den - x, xb, b.den - xb).less;
  const finding = judge(value < bound, p < s.alpha, s.strict);
  return { value, bound, p_value: p, test: 'fisher', finding, missing: null, counts: c, baseline: { ...b, value: base, source } };
}

const VERDICT: Record<Finding, Verdict> = {
  ok: 'pass',
  'within-tolerance': 'pass',
  noise: 'pass',
  regression: 'regression',
  'no-data': 'no data',
};

function finish(subject: Subject, ratio: RatioName, kind: CheckResult['kind'], core: Core, s: CheckSettings): CheckResult {
  const failed = core.finding === 'regression' || (core.finding === 'no-data' && s.requireData);
  return { ratio, kind, scope: subject.scope, rep: subject.rep, ...core, verdict: VERDICT[core.finding], failed };
}

/** The baseline a subject is held to: its own rep's numbers when they have data, else the team's. */
function baselineFor(subject: Subject, b: Baseline, ratio: RatioName): { counts: Fraction | null; source: 'team' | 'rep' } {
  const own = subject.rep === null ? undefined : b.reps.get(subject.rep);
  const ownParts = own ? ratioParts(own, ratio) : null;
  if (hasData(ownParts)) return { counts: ownParts, source: 'rep' };
  return { counts: ratioParts(b.team, ratio), source: 'team' };
}

/** Every check for every subject: the thresholds in the order given, then the baseline ratios. */
export function runChecks(subjectList: readonly Subject[], s: CheckSettings): CheckResult[] {
  const results: CheckResult[] = [];
  const b = s.baseline;
  const baselineRatios = b ? (s.baselineRatios ?? RATIO_NAMES.filter((r) => ratioParts(b.team, r) !== null)) : [];
  for (const subject of subjectList) {
    for (const t of s.thresholds) {
      results.push(finish(subject, t.ratio, t.direction, thresholdCheck(ratioParts(subject.counts, t.ratio), t, s), s));
    }
    if (!b) continue;
    for (const ratio of baselineRatios) {
      const base = baselineFor(subject, b, ratio);
      results.push(finish(subject, ratio, 'baseline', baselineCheck(ratioParts(subject.counts, ratio), base.counts, base.source, s), s));
    }
  }
  return results;
}

export const EXIT_CODES = { pass: 0, regression: 1 } as const;

/** The run's verdict as an exit code: 1 as soon as one check failed. Usage and input errors (2) never get here. */
export function checkExitCode(results: readonly CheckResult[]): number {
  return results.some((r) => r.failed) ? EXIT_CODES.regression : EXIT_CODES.pass;
}
