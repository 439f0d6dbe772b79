import { describe, expect, it } from 'vitest';
import { judgePlanChecks, runPlanChecks } from '../../../src/core/check-plan.js';
import { beyondChance, conversionP, effortP, holmVerdicts, statusOf } from '../../../src/core/track-odds.js';
import type { PlannedSubject, TrackPlan } from '../../../src/core/track-plan.js';
import { week } from '../../helpers.js';
import { betaBinomialCdfByIntegration } from './reference.js';

/** A plan of 100 dials, 40 reached, 8 meetings a week; dials vary 10 % week to week (5 df); meetings twice binomial. */
const SUBJECT: PlannedSubject = {
  perWeek: { dials: 100, reached: 40, meetings: 8, hours: 10 },
  posterior: { a: 16, b: 184 },
  dispersion: 2,
  dialsCv: 0.1,
  df: 5,
};

describe('the tests behind "behind beyond chance", by hand (scipy.stats for the distributions)', () => {
  it('effort: a t test of dials against plan with the measured spread', () => {
    // sd = max(0.1 × 100, √100) = 10; t = (75 − 100)/10 = −2.5 on 5 df: scipy t.cdf(-2.5, 5) = 0.027245.
    expect(effortP(SUBJECT, 100, 75)).toBeCloseTo(0.0272450497, 8);
    // 3/5 of a week: planned 60, sd = max(√((0.1 × 60)² / 0.6), √60) = √60 = 7.746: t.cdf(-20/7.746, 5) = 0.024657.
    expect(effortP(SUBJECT, 60, 40)).toBeCloseTo(0.0246565438, 8);
    expect(effortP({ ...SUBJECT, dialsCv: null, df: 0 }, 100, 10)).toBeNull();
  });

  it('conversion: meetings given the dials made, Beta-Binomial widened by the wobble', () => {
    // 80 dials at q = 0.08 with a + b = 200 and φ = 2: concentration (n − R)/(R − 1) = 55.71 with
    // R = (2·n q(1−q) + n(n−1)Var q)/(n q(1−q)); P(M ≤ 3) = betabinom.cdf(3, 80, 0.08·55.71, 0.92·55.71) = 0.23602.
    const p = conversionP(SUBJECT, { dials: 80, reached: 30, meetings: 3 });
    expect(p).toBeCloseTo(0.2360199678, 8);
    const c = 55.710714285714296;
    expect(p).toBeCloseTo(betaBinomialCdfByIntegration(3, 80, 0.08 * c, 0.92 * c), 6);
  });

  it('beyond chance needs a meeting shortfall, and Holm runs across every test of the run', () => {
    expect(beyondChance(2, 0.01, 0.5, 0.05)).toBe('effort');
    expect(beyondChance(2, null, 0.01, 0.05)).toBe('conversion');
    expect(beyondChance(2, 0.01, 0.01, 0.05)).toBe('both');
    expect(beyondChance(-1, 0.001, 0.001, 0.05)).toBeNull(); // ahead on meetings: never "behind"
    expect(statusOf(0.9, 'effort')).toBe('behind beyond chance');
    expect([statusOf(0.75, null), statusOf(0.25, null), statusOf(0.2499, null)]).toEqual(['ahead', 'on track', 'behind']);
    // Three tests 0.01, 0.02 (subject 0) and 0.04 (subject 1): Holm 0.03, 0.04, 0.04.
    const v = holmVerdicts([{ gap: { meetings: 1 }, p_effort: 0.01, p_conversion: 0.02 }, { gap: { meetings: 1 }, p_effort: null, p_conversion: 0.04 }], 0.05);
    expect(v[0]).toMatchObject({ p_effort_adjusted: 0.03, p_conversion_adjusted: 0.04, beyond_chance: 'both' });
    expect(v[1]).toMatchObject({ p_effort_adjusted: null, beyond_chance: 'conversion' });
    expect(v[1]!.p_conversion_adjusted).toBeCloseTo(0.04, 12);
  });

  it('check --plan: planned = the plan\'s week × the weeks in scope', () => {
    const plan: TrackPlan = { file: 'plan.json', daysPerWeek: 5, team: SUBJECT, reps: null };
    const rows = [week({ dials: 90, reached: 36, meetings: 7 }, { week: '2026-W10' }), week({ dials: 60, reached: 20, meetings: 2 }, { week: '2026-W11' })];
    const [all] = judgePlanChecks(runPlanChecks(plan, rows, { kind: 'all' }, false), 0.05);
    expect(all!.planned).toEqual({ dials: 200, reached: 80, meetings: 16 });
    expect(all!.gap.effort).toBeCloseTo(50 * 0.08, 12);
    expect(all!.gap.conversion).toBeCloseTo(150 * 0.08 - 9, 12);
    const [latest] = judgePlanChecks(runPlanChecks(plan, rows, { kind: 'latest' }, false), 0.05);
    expect(latest!.planned.dials).toBe(100);
    expect(latest!.scope).toBe('2026-W11');
    // 60 of 100 dials: t = −4 on 5 df, p = 0.0052, times 2 tests (Holm) = 0.0103 < 0.05.
    expect(latest!.beyond_chance).toBe('effort');
    expect(latest!.failed).toBe(true);
  });
});
