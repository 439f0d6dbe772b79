import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanInput } from '../../src/core/plan.js';
import { ratesFromCounts } from '../../src/core/plan-model.js';
import type { TimeModel } from '../../src/core/plan-time.js';
import { countsSource, ratesSource, referenceSource } from '../../src/core/plan-source.js';

/**
 * The ranges and "confident" dials checked against an independent computation: a seeded Monte Carlo
 * over the Jeffreys posterior, sampling Beta(a, b) as Gamma(a) / (Gamma(a) + Gamma(b)) with
 * Gamma(k + ½) = k exponentials + Z²/2 — no code shared with src/core/stats.ts.
 * (Cross-checked once with scipy.stats: beta.ppf and betabinom.sf give the same numbers.)
 */

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function betaSampler(a: number, b: number, rand: () => number): () => number {
  const gammaHalf = (shape: number) => {
    // shape = k + 0.5: k exponentials plus half a chi-square with one degree of freedom.
    let g = 0;
    for (let i = 0; i < Math.floor(shape); i++) g -= Math.log(1 - rand());
    const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    return g + (z * z) / 2;
  };
  return () => {
    const x = gammaHalf(a);
    return x / (x + gammaHalf(b));
  };
}

function quantile(sorted: Float64Array, p: number): number {
  return sorted[Math.floor(p * (sorted.length - 1))]!;
}

/** P(Binomial(n, p) ≥ k) summed directly. */
function binomialAtLeast(k: number, n: number, p: number): number {
  let below = 0;
  let term = (1 - p) ** n; // P(X = 0)
  for (let x = 0; x < k; x++) {
    below += term;
    term *= ((n - x) / (x + 1)) * (p / (1 - p));
  }
  return 1 - below;
}

const defaultTime: TimeModel = { kind: 'default', pace: 'per-outcome', minutesPerDial: 2, minutesPerConversation: 5 };
const input = (over: Partial<PlanInput>): PlanInput => ({
  source: referenceSource(), whatIfs: [], meetingsPerDay: 3, targetPer: 'day', daysPerWeek: 5, time: defaultTime,
  capacity: { workdayHours: 8, sellingShare: 0.39 }, confidence: 0.9, level: 0.9, lift: 0.1, ...over,
});

const N = 200_000;
const draws = (a: number, b: number, seed: number, n = N) => {
  const next = betaSampler(a, b, mulberry32(seed));
  return Float64Array.from({ length: n }, next);
};

describe('uncertainty on the reference week 9/106 (Jeffreys Beta(9.5, 97.5))', () => {
  const plan = buildPlan(input({}));
  const p = draws(9.5, 97.5, 42);
  const dials = Float64Array.from(p, (x) => 3 / x).sort();
  const width = (sorted: Float64Array) => quantile(sorted, 0.95) - quantile(sorted, 0.05);

  it('the 90 % range of dials/day matches simulated quantiles of 3 ÷ p (21.77 to 61.82)', () => {
    const [lo, hi] = plan.interval.dials_per_day!;
    expect(lo / quantile(dials, 0.05)).toBeCloseTo(1, 2);
    expect(hi / quantile(dials, 0.95)).toBeCloseTo(1, 2);
    expect(lo).toBeCloseTo(21.7724, 3);
    expect(hi).toBeCloseTo(61.8242, 3);
  });

  it('69 dials book 3 meetings on at least 90 % of days and 68 do not', () => {
    expect(plan.confident_dials_per_day).toBe(69);
    const chance = (n: number) => p.reduce((sum, x) => sum + binomialAtLeast(3, n, x), 0) / N;
    expect(chance(69)).toBeGreaterThan(0.9);
    expect(chance(68)).toBeLessThan(0.9);
    expect(plan.interval).toMatchObject({ confident_basis: 'day', confident_meetings: 3 });
  });

  it('warns that the history is thin and computes how much 4× the data would narrow the range', () => {
    // 4× the counts: Beta(36.5, 388.5) → 27.46 to 46.36 dials, (46.36 − 27.46) / (61.82 − 21.77) = 0.47.
    expect(plan.warnings).toEqual([
      'thin history: 1 week and 9 meetings behind these rates (under 4 weeks or 10 meetings), so the 90 % range is wide: 22 to 62 dials/day. ' +
        'With 4 times the data (4 weeks like these) at the same rates it would be about 0.47 times as wide: 28 to 47.',
    ]);
    const fourTimes = draws(36.5, 388.5, 7, 40_000).map((x) => 3 / x).sort();
    expect(width(fourTimes) / width(dials)).toBeCloseTo(0.472, 2);
  });
});

describe('uncertainty in other cases', () => {
  it('a fractional daily target is planned over the week: 2.5 × 5 = 12.5 → 13 a week, 254 dials ÷ 5 days', () => {
    const plan = buildPlan(input({ meetingsPerDay: 2.5 }));
    expect(plan.interval).toMatchObject({ confident_basis: 'week', confident_meetings: 13 });
    expect(plan.confident_dials_per_day).toBeCloseTo(254 / 5, 12);
  });

  it('a weekly target of 15 is met week by week: 15 in 90 % of weeks, fewer dials than 3 on 90 % of days', () => {
    const weekly = buildPlan(input({ targetPer: 'week' }));
    expect(weekly.interval).toMatchObject({ confident_basis: 'week', confident_meetings: 15 });
    // scipy.stats.betabinom(n, 9.5, 97.5).sf(14) first reaches 0.9 at n = 290 (a week), i.e. 58 a day.
    expect(weekly.confident_dials_per_day).toBeCloseTo(290 / 5, 12);
    expect(weekly.confident_dials_per_day!).toBeLessThan(69);
    expect(weekly.per_day.dials).toBeCloseTo(3 / (9 / 106), 12);
  });

  it('--what-if meetings/reached=0.30 keeps the uncertainty of the reach rate 38/106 only', () => {
    const plan = buildPlan(input({ whatIfs: [{ ratio: 'meetings/reached', value: 0.3 }] }));
    const reach = draws(38.5, 68.5, 9, 100_000).map((x) => 3 / (0.3 * x)).sort();
    const [lo, hi] = plan.interval.dials_per_day!;
    expect(lo / quantile(reach, 0.05)).toBeCloseTo(1, 2);
    expect(hi / quantile(reach, 0.95)).toBeCloseTo(1, 2);
    expect(lo).toBeCloseTo(22.8679, 3);
    expect(hi).toBeCloseTo(35.0476, 3);
  });

  it('rates without counts have no range and the binomial answer: 60 dials for 3 at 0.36 × 0.24', () => {
    const plan = buildPlan(input({ source: ratesSource(0.36, 0.24) }));
    expect(plan.interval.dials_per_day).toBeNull();
    expect(plan.interval.method).toBe('none: the rates carry no counts, so there is no sampling range (only chance day to day)');
    expect(plan.confident_dials_per_day).toBe(60);
    expect(binomialAtLeast(3, 60, 0.36 * 0.24)).toBeGreaterThanOrEqual(0.9);
    expect(binomialAtLeast(3, 59, 0.36 * 0.24)).toBeLessThan(0.9);
    expect(plan.warnings).toEqual([]);
  });

  it('--what-if on meetings/dials leaves no stage on counts: no range, and says why', () => {
    const plan = buildPlan(input({ whatIfs: [{ ratio: 'meetings/dials', value: 0.1 }] }));
    expect(plan.interval.dials_per_day).toBeNull();
    expect(plan.interval.method).toBe('none: --what-if sets the rates by hand, so none rests on counts (only chance day to day)');
  });

  it('a history of 4+ weeks and 10+ meetings is not thin', () => {
    const source = { ...countsSource({ meetings: 40, reached: 160, dials: 450 }), weeks: 4 };
    expect(buildPlan(input({ source })).warnings).toEqual([]);
  });

  it('--ratios keeps its counts, so it has a range; its weeks are unknown', () => {
    const plan = buildPlan(input({ source: countsSource({ meetings: 9, reached: 38, dials: 106 }) }));
    expect(plan.interval.dials_per_day![0]).toBeCloseTo(21.7724, 3);
    expect(plan.warnings[0]).toMatch(/^thin history: 9 meetings behind these rates/);
  });

  it('the JSON keeps exact values and the issue\'s keys', () => {
    const plan = buildPlan(input({}));
    // Issue 14 made this JSON the plan file: `version` first, then the earlier keys in their order, then what track reads (additive).
    expect(Object.keys(plan)).toEqual([
      'version', 'source', 'rates', 'target', 'per_day', 'per_week', 'time_model', 'interval', 'confident_dials_per_day', 'reps_needed', 'sensitivity',
      'rate_posterior', 'wobble', 'reps', 'rep_prior', 'team_total', 'warnings',
    ]);
    expect(plan.rates).toEqual({ 'reached/dials': 38 / 106, 'meetings/reached': 9 / 38, 'meetings/dials': 9 / 106 });
    expect(plan.per_week.dials).toBeCloseTo(176.6667, 4);
    expect(plan.reps_needed).toBeCloseTo(1.8111111 / 3.12, 6);
    expect(ratesFromCounts({ meetings: 9, reached: 38, dials: 106 }).perDial).toBe(9 / 106);
  });
});
