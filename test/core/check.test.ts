import { describe, expect, it } from 'vitest';
import { checkExitCode, runChecks } from '../../src/core/check.js';
import type { Subject } from '../../src/core/check-scope.js';
import type { CheckSettings } from '../../src/core/check-types.js';
import { counts } from '../helpers.js';

// Expected p-values below come from SciPy, not from this code: scipy.stats.binom for fixed bounds; for
// baselines the Farrington–Manning score test with its restricted MLE found by scipy.optimize.minimize_scalar
// on the constrained log-likelihood (not by the closed form the code uses), z → scipy.stats.norm.cdf.
const settings: CheckSettings = { thresholds: [], tolerance: 0.1, alpha: 0.05, strict: false, requireData: false };
const team = (dials: number, reached: number, meetings: number): Subject => ({ scope: '2026-W46', rep: null, counts: counts({ dials, reached, meetings }) });
const baselineOf = (dials: number, reached: number, meetings: number) => ({ team: counts({ dials, reached, meetings }), reps: new Map() });
const onRatio = { baselineRatios: ['meetings/reached'] as const };

function vsBaseline(current: Subject, base: ReturnType<typeof baselineOf>, over: Partial<CheckSettings> = {}) {
  const [r] = runChecks([current], { ...settings, baseline: base, ...onRatio, ...over });
  return r!;
}

describe('against a baseline (non-inferiority: is current < (1 − tolerance) × baseline? Farrington–Manning)', () => {
  const reference = baselineOf(106, 38, 9);

  it('9/38 → 2/40 is a regression: below the bound and p = 0.0148', () => {
    const r = vsBaseline(team(106, 40, 2), reference);
    expect(r).toMatchObject({ kind: 'baseline', finding: 'regression', verdict: 'regression', failed: true, test: 'farrington-manning', value: 0.05 });
    expect(r.bound).toBeCloseTo((9 / 38) * 0.9, 12);
    expect(r.p_value).toBeCloseTo(0.01475872142620116, 8);
    expect(r.p_adjusted).toBe(r.p_value); // a family of one check
    expect(r.baseline).toEqual({ num: 9, den: 38, value: 9 / 38, source: 'team' });
  });

  it('9/38 → 8/38 only wobbled: below the bound (21.1 % < 21.3 %) but p = 0.488', () => {
    const r = vsBaseline(team(104, 38, 8), reference);
    expect(r).toMatchObject({ finding: 'noise', verdict: 'pass', failed: false });
    expect(r.p_value).toBeCloseTo(0.4884309823214168, 8);
  });

  it('dropped beyond tolerance but not significant: 9/38 → 6/38 passes as possible noise', () => {
    const r = vsBaseline(team(100, 38, 6), reference);
    expect(r).toMatchObject({ finding: 'noise', verdict: 'pass' });
    expect(r.value!).toBeLessThan(r.bound!);
    expect(r.p_value).toBeCloseTo(0.2619696345773268, 8);
  });

  it('significant but within tolerance: 25 % of 4000 → 23 % of 10000 passes', () => {
    const r = vsBaseline(team(30000, 10000, 2300), baselineOf(12000, 4000, 1000));
    expect(r).toMatchObject({ finding: 'within-tolerance', verdict: 'pass', failed: false });
    expect(r.bound).toBeCloseTo(0.225, 12);
    expect(r.p_value).toBeCloseTo(0.7480278761279717, 8); // not below 22.5 %: far from a regression
    expect(r.p_below_baseline).toBeCloseTo(0.005889573890592432, 8); // but below 25 % beyond chance
  });

  it('a true drop of 5 % (inside the 10 % tolerance) on large counts is not a regression', () => {
    const r = vsBaseline(team(40000, 10000, 2375), baselineOf(40000, 10000, 2500));
    expect(r.finding).not.toBe('regression');
    expect(r.p_value!).toBeGreaterThan(0.5);
  });

  it('--strict fails on the point value alone', () => {
    expect(vsBaseline(team(104, 38, 8), reference, { strict: true })).toMatchObject({ finding: 'regression', failed: true });
  });

  it('--tolerance 0 makes the baseline itself the bound', () => {
    expect(vsBaseline(team(104, 38, 9), reference, { tolerance: 0 })).toMatchObject({ finding: 'ok', bound: 9 / 38 });
  });

  it('a rise is fine', () => expect(vsBaseline(team(100, 38, 15), reference).finding).toBe('ok'));

  it('compares every ratio the baseline records by default, skipping what it does not record', () => {
    const rs = runChecks([team(106, 40, 2)], { ...settings, baseline: reference });
    expect(rs.map((r) => [r.ratio, r.verdict])).toEqual([
      ['reached/dials', 'pass'],
      ['meetings/reached', 'regression'],
      ['meetings/dials', 'regression'],
    ]);
  });
});

describe('against fixed bounds (exact binomial, one-sided)', () => {
  const min = (v: number) => ({ ...settings, thresholds: [{ ratio: 'meetings/reached' as const, direction: 'min' as const, value: v }] });
  const max = (v: number) => ({ ...settings, thresholds: [{ ratio: 'meetings/reached' as const, direction: 'max' as const, value: v }] });

  it('--min 20 %: 2/40 fails, P(X ≤ 2 | 40, 0.2) = 0.0079', () => {
    const [r] = runChecks([team(106, 40, 2)], min(0.2));
    expect(r).toMatchObject({ kind: 'min', finding: 'regression', bound: 0.2, test: 'binomial' });
    expect(r!.p_value).toBeCloseTo(0.00794213727481489, 9);
  });
  it('--min 20 %: 6/38 is below but could be noise, P(X ≤ 6 | 38, 0.2) = 0.34', () => {
    const [r] = runChecks([team(100, 38, 6)], min(0.2));
    expect(r).toMatchObject({ finding: 'noise', verdict: 'pass' });
    expect(r!.p_value).toBeCloseTo(0.3403575436721351, 9);
  });
  it('--max 15 %: 9/38 could be noise (P(X ≥ 9) = 0.106), 12/38 is a regression (0.0077)', () => {
    const [a] = runChecks([team(100, 38, 9)], max(0.15));
    expect(a).toMatchObject({ kind: 'max', finding: 'noise' });
    expect(a!.p_value).toBeCloseTo(0.10571519721853447, 9);
    const [b] = runChecks([team(100, 38, 12)], max(0.15));
    expect(b).toMatchObject({ finding: 'regression', failed: true });
    expect(b!.p_value).toBeCloseTo(0.007732529764168481, 9);
  });
  it('at the bound passes', () => expect(runChecks([team(100, 40, 8)], min(0.2))[0]!.finding).toBe('ok'));
});

describe('no data', () => {
  const t = { ...settings, thresholds: [{ ratio: 'meetings/reached' as const, direction: 'min' as const, value: 0.2 }] };
  it('a zero denominator is "no data" and passes…', () => {
    expect(runChecks([team(50, 0, 0)], t)[0]).toMatchObject({ verdict: 'no data', failed: false, missing: 'current', value: null, p_value: null });
  });
  it('…unless --require-data', () => expect(runChecks([team(50, 0, 0)], { ...t, requireData: true })[0]!.failed).toBe(true));
  it('a baseline without data for the ratio', () => {
    const r = vsBaseline(team(100, 38, 9), baselineOf(10, 0, 0));
    expect(r).toMatchObject({ verdict: 'no data', missing: 'baseline' });
  });
  it('an asked-for ratio the data does not record', () => {
    const [r] = runChecks([team(100, 38, 9)], { ...settings, baseline: baselineOf(100, 38, 9), baselineRatios: ['callbacks/reached'] });
    expect(r).toMatchObject({ verdict: 'no data', missing: 'baseline' });
  });
});

describe('per rep', () => {
  const base = { team: counts({ dials: 300, reached: 80, meetings: 20 }), reps: new Map([['anna', counts({ dials: 150, reached: 40, meetings: 12 })]]) };
  const rep = (name: string, reached: number, meetings: number): Subject => ({ scope: '2026-W46', rep: name, counts: counts({ dials: 100, reached, meetings }) });

  it("a rep is held to their own baseline when it has one, else to the team's; Holm over both", () => {
    const [anna, bert] = runChecks([rep('anna', 30, 3), rep('bert', 30, 3)], { ...settings, baseline: base, ...onRatio });
    expect(anna).toMatchObject({ rep: 'anna', baseline: { num: 12, den: 40, source: 'rep' } });
    expect(anna!.p_value).toBeCloseTo(0.035927502655080976, 8);
    expect(bert).toMatchObject({ rep: 'bert', finding: 'noise', baseline: { num: 20, den: 80, source: 'team' } });
    expect(bert!.p_value).toBeCloseTo(0.0665586459465976, 8);
    // Holm, two checks: 2 × 0.0359 = 0.0719, then max(0.0719, 0.0666) — neither below 0.05.
    expect(anna!.p_adjusted).toBeCloseTo(2 * 0.035927502655080976, 8);
    expect(bert!.p_adjusted).toBeCloseTo(2 * 0.035927502655080976, 8);
    expect(anna!.finding).toBe('noise');
    // Alone, anna's drop would count.
    expect(runChecks([rep('anna', 30, 3)], { ...settings, baseline: base, ...onRatio })[0]!.finding).toBe('regression');
  });
});

describe('checkExitCode', () => {
  it('0 when nothing failed, 1 as soon as one check failed', () => {
    const base = { ...settings, baseline: baselineOf(106, 38, 9), ...onRatio };
    expect(checkExitCode(runChecks([team(104, 38, 8)], base))).toBe(0);
    expect(checkExitCode(runChecks([team(104, 38, 8), team(106, 40, 2)], base))).toBe(1);
    expect(checkExitCode([])).toBe(0);
  });
});

describe('callbacks adding up to more than reached (a warning on input)', () => {
  it('the value stays above 1 and the tests still run', () => {
    const over: Subject = { scope: '2026-W46', rep: null, counts: counts({ dials: 50, reached: 20, meetings: 2, callbacks_short: 15, callbacks_long: 15 }) };
    const [min, max] = runChecks([over], {
      ...settings,
      thresholds: [
        { ratio: 'callbacks/reached', direction: 'min', value: 0.5 },
        { ratio: 'callbacks/reached', direction: 'max', value: 0.7 },
      ],
    });
    expect(min).toMatchObject({ value: 1.5, finding: 'ok', p_value: 1 });
    expect(max).toMatchObject({ value: 1.5, finding: 'regression' });
    expect(max!.p_value).toBeCloseTo(0.7 ** 20, 12);
  });
});

describe('no data keeps the bound it was held to', () => {
  it('a fixed --min on a week with 0 dials: value and p are null, the bound stays 0.05', () => {
    const [r] = runChecks([team(0, 0, 0)], { ...settings, thresholds: [{ ratio: 'meetings/dials', direction: 'min', value: 0.05 }] });
    expect(r).toMatchObject({ finding: 'no-data', verdict: 'no data', value: null, p_value: null, bound: 0.05, baseline: null });
  });
  it('a baseline with data against a week with 0 reached: bound = 9/38 × 0.9, baseline shown', () => {
    const r = vsBaseline(team(20, 0, 0), baselineOf(106, 38, 9));
    expect(r).toMatchObject({ finding: 'no-data', value: null, p_value: null, missing: 'current' });
    expect(r.bound).toBeCloseTo((9 / 38) * 0.9, 12);
    expect(r.baseline).toEqual({ num: 9, den: 38, value: 9 / 38, source: 'team' });
  });
  it('a baseline without data: no bound', () => {
    expect(vsBaseline(team(50, 10, 2), baselineOf(0, 0, 0))).toMatchObject({ finding: 'no-data', bound: null, baseline: null, missing: 'baseline' });
  });
});

describe('Holm over the run', () => {
  const reference = { team: counts({ dials: 106, reached: 38, meetings: 9, callbacks_short: 16, callbacks_long: 3 }), reps: new Map() };
  const collapse: Subject = { scope: '2026-W46', rep: null, counts: counts({ dials: 106, reached: 40, meetings: 2, callbacks_short: 15, callbacks_long: 4 }) };

  it('the 9/38 → 2/40 collapse still fails with five checks: quiet checks (p > ½) leave the family, 0.0148 counts 2p = 0.0295', () => {
    const rs = runChecks([collapse], { ...settings, baseline: reference, thresholds: [{ ratio: 'reached/dials', direction: 'min', value: 0.3 }] });
    expect(rs.map((r) => [r.ratio, r.kind, r.finding])).toEqual([
      ['reached/dials', 'min', 'ok'],
      ['reached/dials', 'baseline', 'ok'],
      ['meetings/reached', 'baseline', 'regression'],
      ['meetings/dials', 'baseline', 'regression'],
      ['callbacks/reached', 'baseline', 'ok'],
    ]);
    expect(rs[2]!.p_adjusted).toBeCloseTo(2 * 0.01475872142620116, 8);
    // meetings/dials (p = 0.0233) rides on meetings/reached: max(0.0233, 0.0295).
    expect(rs[3]!.p_adjusted).toBeCloseTo(2 * 0.01475872142620116, 8);
    expect(checkExitCode(rs)).toBe(1);
  });

  it('with one or two checks, plain Holm: a single check keeps its own p', () => {
    const [r] = runChecks([collapse], { ...settings, baseline: reference, ...onRatio });
    expect(r!.p_adjusted).toBe(r!.p_value);
  });
});
