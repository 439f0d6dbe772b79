import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanInput } from '../../src/core/plan.js';
import { countsSource, historySource, selectHistory } from '../../src/core/plan-source.js';
import type { TimeModel } from '../../src/core/plan-time.js';
import { logGamma } from '../../src/core/stats.js';
import { week } from '../helpers.js';

const time: TimeModel = { kind: 'default', pace: 'per-outcome', minutesPerDial: 2, minutesPerConversation: 5 };
const input = (over: Partial<PlanInput>): PlanInput => ({
  source: countsSource({ meetings: 9, reached: 38, dials: 106 }), whatIfs: [], meetingsPerDay: 3, targetPer: 'day', daysPerWeek: 5, time,
  capacity: { workdayHours: 8, sellingShare: 0.39 }, confidence: 0.9, level: 0.9, lift: 0.1, ...over,
});

/** P(Binomial(n, p) ≥ k) by direct summation. */
function atLeast(k: number, n: number, p: number): number {
  let below = 0;
  let term = (1 - p) ** n;
  for (let x = 0; x < k; x++) {
    below += term;
    term *= ((n - x) / (x + 1)) * (p / (1 - p));
  }
  return 1 - below;
}

/** E over q ~ Beta(a, b) of f(q), by a 100,000-point midpoint rule on the density (log-gamma normalised). */
function overBeta(f: (q: number) => number, a: number, b: number, steps = 100_000): number {
  const logNorm = logGamma(a + b) - logGamma(a) - logGamma(b);
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    const q = (i + 0.5) / steps;
    sum += f(q) * Math.exp(logNorm + (a - 1) * Math.log(q) + (b - 1) * Math.log(1 - q));
  }
  return sum / steps;
}

describe('confident dials', () => {
  it('an exact tie counts: p = ½ (5/10/10), 8 meetings a day at --confidence 0.5 need 15 dials, not 16', () => {
    // Beta(5.5, 5.5) is symmetric about ½, so P(X ≥ 8 | 15 dials) = ½ exactly; with 14 it is below.
    const plan = buildPlan(input({ source: countsSource({ meetings: 5, reached: 10, dials: 10 }), meetingsPerDay: 8, confidence: 0.5 }));
    expect(plan.confident_dials_per_day).toBe(15);
    expect(overBeta((q) => atLeast(8, 15, q), 5.5, 5.5)).toBeCloseTo(0.5, 9);
    expect(overBeta((q) => atLeast(8, 14, q), 5.5, 5.5)).toBeLessThan(0.5);
  });

  it('--what-if on thin data is computed exactly: the smallest n whose averaged binomial tail reaches 90 %', () => {
    // reached/dials 1/4 from the counts (Beta(1.5, 3.5)), meetings/reached set to 0.25 by hand, 1 meeting a day.
    const plan = buildPlan(input({ source: countsSource({ meetings: 1, reached: 1, dials: 4 }), whatIfs: [{ ratio: 'meetings/reached', value: 0.25 }], meetingsPerDay: 1 }));
    const n = plan.confident_dials_per_day!;
    expect(overBeta((q) => atLeast(1, n, 0.25 * q), 1.5, 3.5)).toBeGreaterThanOrEqual(0.9);
    expect(overBeta((q) => atLeast(1, n - 1, 0.25 * q), 1.5, 3.5)).toBeLessThan(0.9);
    expect(n).toBe(58); // a Beta moment-matched to 0.25 × Beta(1.5, 3.5) asked for 50
  });

  it('--assurance asks for more dials than the expected share, and says what it means', () => {
    const expected = buildPlan(input({}));
    const assured = buildPlan(input({ assurance: 0.8 }));
    expect(assured.confident_dials_per_day!).toBeGreaterThan(expected.confident_dials_per_day!);
    expect(expected.interval).toMatchObject({ assurance: null, confident_meaning: 'expected share: over the days to come, about 90 % of days book the target' });
    expect(assured.interval).toMatchObject({ assurance: 0.8, confident_meaning: 'assured share: we are 80 % sure that at least 90 % of days book the target' });
    // By hand: the rate at its 20 % quantile q₂₀ of Beta(9.5, 97.5); n = the smallest with P(Bin(n, q₂₀) ≥ 3) ≥ 0.9.
    const q20 = bisect((q) => overBetaCdf(q, 9.5, 97.5) - 0.2);
    const n = assured.confident_dials_per_day!;
    expect(atLeast(3, n, q20)).toBeGreaterThanOrEqual(0.9 - 1e-9);
    expect(atLeast(3, n - 1, q20)).toBeLessThan(0.9);
  });
});

function overBetaCdf(x: number, a: number, b: number): number {
  return overBeta((q) => (q <= x ? 1 : 0), a, b, 400_000);
}

function bisect(f: (x: number) => number): number {
  let [lo, hi] = [0, 1];
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('a wobbly history', () => {
  const weeks = [12, 30, 8, 25, 10, 28, 9, 27].map((m, i) => week({ dials: 300, reached: 100, meetings: m }, { week: `2026-W${String(i + 1).padStart(2, '0')}` }));
  const plan = buildPlan(input({ source: historySource(selectHistory(weeks, {}), ['h.csv'], null) }));

  it('measures the wobble of meetings/dials and widens the range by its design effect', () => {
    const steady = buildPlan(input({ source: countsSource({ meetings: 149, reached: 800, dials: 2400 }) }));
    const w = plan.interval.wobble!;
    expect(w.ratio).toBe('meetings/dials');
    expect(w.rho).toBeGreaterThan(0);
    // Eight equal weeks of 300: deff = 1 + ρ(300 − 1).
    expect(w.design_effect).toBeCloseTo(1 + w.rho * 299, 10);
    const width = (p: typeof plan) => p.interval.dials_per_day![1] - p.interval.dials_per_day![0];
    expect(width(plan) / width(steady)).toBeGreaterThan(Math.sqrt(w.design_effect) * 0.9);
  });

  it('asks for more confident dials than the same counts without wobble', () => {
    const steady = buildPlan(input({ source: countsSource({ meetings: 149, reached: 800, dials: 2400 }) }));
    expect(plan.confident_dials_per_day!).toBeGreaterThan(steady.confident_dials_per_day!);
  });
});
