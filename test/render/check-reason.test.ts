import { describe, expect, it } from 'vitest';
import { headline, pValue, reason } from '../../src/render/check-reason.js';
import { ctx, minPass, noData, noise, regression } from './check-results.js';

describe('reason', () => {
  it('says why, with the bound, the baseline and the p-value', () => {
    expect(reason(regression, ctx)).toBe('below 21.3 % (baseline 23.7 % less 10 %) and p=0.019 < 0.05: unlikely to be noise');
    expect(reason(noise, ctx)).toBe('below 21.3 % (baseline 23.7 % less 10 %) but p=0.283: could be noise (needs p < 0.05)');
    expect(reason(minPass, ctx)).toBe('not below 8.0 %');
    expect(reason(noData, ctx)).toBe('no data: 0 reached in 2026-W46');
    expect(reason({ ...noData, failed: true }, ctx)).toBe('no data: 0 reached in 2026-W46 (fails with --require-data)');
    expect(reason({ ...noData, missing: 'baseline' }, ctx)).toBe('no data: the baseline has no callbacks or no reached');
  });
  it('a significant drop within tolerance', () => {
    const r = { ...regression, value: 0.23, bound: 0.225, p_value: 0.0064, finding: 'within-tolerance' as const, verdict: 'pass' as const, failed: false, baseline: { num: 1000, den: 4000, value: 0.25, source: 'team' as const } };
    expect(reason(r, ctx)).toBe('lower than the baseline 25.0 % (p=0.006) but within the 10 % tolerance: not below 22.5 %');
  });
  it('--strict says the p-value did not count', () => {
    expect(reason({ ...noise, finding: 'regression', verdict: 'regression', failed: true }, { ...ctx, strict: true })).toBe(
      'below 21.3 % (baseline 23.7 % less 10 %) (--strict: point value only, p=0.283)',
    );
  });
  it('p-values', () => {
    expect(pValue(0.0004)).toBe('p<0.001');
    expect(pValue(null)).toBe('–');
  });
  it('headline', () => {
    expect(headline([regression, noise, minPass])).toBe('FAIL: 1 regression in 3 checks (1 could be noise)');
    expect(headline([noise, minPass, noData])).toBe('PASS: 3 checks, no regression (1 could be noise, 1 without data)');
    expect(headline([{ ...noData, failed: true }])).toBe('FAIL: 1 without data in 1 check');
  });
});

describe('reason with weekly wobble and Holm', () => {
  it('names the adjusted p and the wobble where they shaped the verdict', () => {
    const wobbly = { ...noise, p_value: 0.03, p_adjusted: 0.09, wobble: { sd: 0.031, rho: 0.02, design_effect: 1.6, baseline_design_effect: 2.1 } };
    expect(reason(wobbly, ctx)).toBe('below 21.3 % (baseline 23.7 % less 10 %) but p=0.030 (adjusted: p=0.090) with weekly wobble ±3.1 pp: could be noise (needs p < 0.05)');
    expect(reason({ ...wobbly, wobble: { ...wobbly.wobble, design_effect: 1, baseline_design_effect: 1 } }, ctx)).toBe(
      'below 21.3 % (baseline 23.7 % less 10 %) but p=0.030 (adjusted: p=0.090): could be noise (needs p < 0.05)',
    );
  });
});
