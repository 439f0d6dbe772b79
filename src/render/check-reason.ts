import { RATIO_DEFS } from '../core/funnel.js';
import type { CheckResult, CheckSettings } from '../core/check-types.js';
import { plural } from '../errors.js';
import { pct } from './format.js';

/** What the explanation needs to know about the run. */
export type ReasonContext = Pick<CheckSettings, 'alpha' | 'tolerance' | 'strict' | 'requireData'>;

/** p-values as people read them: two significant places is plenty, tiny ones are "p<0.001". */
export function pValue(p: number | null): string {
  if (p === null) return '–';
  return p < 0.001 ? 'p<0.001' : `p=${p.toFixed(3)}`;
}

/** "≥ 21.3 %" for a floor (min, baseline), "≤ 30.0 %" for a ceiling (max). */
export function boundText(r: CheckResult): string {
  if (r.bound === null) return '–';
  return `${r.kind === 'max' ? '≤' : '≥'} ${pct(r.bound)}`;
}

/** Value with its counts, so a reader sees the sample size: "5.0 % (2/40)". */
export function valueText(r: CheckResult): string {
  if (r.counts === null) return '–';
  return r.counts.den === 0 ? `– (0/0)` : `${pct(r.counts.num / r.counts.den)} (${r.counts.num}/${r.counts.den})`;
}

/** Who and when, in one cell: "team 2026-W46", "anna 2026-W40..2026-W46". */
export function scopeText(r: CheckResult): string {
  return `${r.rep ?? 'team'} ${r.scope}`;
}

/** A one-line name for the check, used as JUnit test name and annotation title. */
export function checkTitle(r: CheckResult): string {
  const what = r.kind === 'baseline' ? 'vs baseline' : r.kind === 'min' ? 'minimum' : 'maximum';
  return `${r.ratio} ${what} (${scopeText(r)})`;
}

function noDataReason(r: CheckResult): string {
  const den = RATIO_DEFS[r.ratio].den;
  const num = RATIO_DEFS[r.ratio].num;
  if (r.missing === 'baseline') return `no data: the baseline has no ${num} or no ${den}`;
  if (r.counts === null) return `no data: ${num} not recorded in ${r.scope}`;
  return `no data: 0 ${den} in ${r.scope}`;
}

/** " (adjusted: p=0.041)" when the run's adjustment (Holm) changed the p-value. */
function adjustedText(r: CheckResult): string {
  if (r.p_adjusted === null || r.p_value === null || Math.abs(r.p_adjusted - r.p_value) <= 1e-12 * Math.max(1, r.p_value)) return '';
  return ` (adjusted: ${pValue(r.p_adjusted)})`;
}

/** " with weekly wobble ±3.1 pp" where the wobble widened the test; empty when there was none beyond chance. */
export function wobbleText(r: CheckResult): string {
  const w = r.wobble;
  if (!w || (w.design_effect <= 1.0005 && (w.baseline_design_effect ?? 1) <= 1.0005)) return '';
  return ` with weekly wobble ±${(w.sd * 100).toFixed(1)} pp`;
}

/** Why the verdict is what it is, in one line; the same text in every output format. */
export function reason(r: CheckResult, ctx: ReasonContext): string {
  if (r.finding === 'no-data') return noDataReason(r) + (r.failed ? ' (fails with --require-data)' : '');
  const bound = pct(r.bound);
  const side = r.kind === 'max' ? 'above' : 'below';
  const origin = r.baseline ? ` (baseline ${pct(r.baseline.value)}${r.baseline.source === 'team' && r.rep !== null ? ' of the team' : ''} less ${pct(ctx.tolerance, 0)})` : '';
  const p = pValue(r.p_value) + adjustedText(r) + wobbleText(r);
  switch (r.finding) {
    case 'ok':
      return r.kind === 'max' ? `not above the maximum ${bound}` : `not below ${bound}${origin}`;
    case 'within-tolerance':
      return `lower than the baseline ${pct(r.baseline?.value ?? null)} (${pValue(r.p_below_baseline ?? r.p_value)}) but within the ${pct(ctx.tolerance, 0)} tolerance: not below ${bound}`;
    case 'noise':
      return `${side} ${bound}${origin} but ${p}: could be noise (needs p < ${ctx.alpha})`;
    case 'regression':
      return ctx.strict && !(r.p_adjusted !== null && r.p_adjusted < ctx.alpha)
        ? `${side} ${bound}${origin} (--strict: point value only, ${p})`
        : `${side} ${bound}${origin} and ${p} < ${ctx.alpha}: unlikely to be noise`;
  }
}

export interface CheckTally {
  checks: number;
  failed: number;
  regressions: number;
  noise: number;
  no_data: number;
}

export function tally(results: readonly CheckResult[]): CheckTally {
  return {
    checks: results.length,
    failed: results.filter((r) => r.failed).length,
    regressions: results.filter((r) => r.finding === 'regression').length,
    noise: results.filter((r) => r.finding === 'noise').length,
    no_data: results.filter((r) => r.finding === 'no-data').length,
  };
}

/** "FAIL: 1 regression in 4 checks" / "PASS: 4 checks, no regression (1 could be noise)". */
export function headline(results: readonly CheckResult[]): string {
  const t = tally(results);
  const extras = [t.noise ? `${t.noise} could be noise` : '', t.no_data ? `${t.no_data} without data` : ''].filter(Boolean);
  const tail = extras.length ? ` (${extras.join(', ')})` : '';
  if (t.failed === 0) return `PASS: ${plural(t.checks, 'check')}, no regression${tail}`;
  const whatFailed = [t.regressions ? plural(t.regressions, 'regression') : '', t.failed - t.regressions ? `${t.failed - t.regressions} without data` : ''].filter(Boolean);
  return `FAIL: ${whatFailed.join(' and ')} in ${plural(t.checks, 'check')}${t.noise ? ` (${t.noise} could be noise)` : ''}`;
}
