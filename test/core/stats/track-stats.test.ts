import { describe, expect, it } from 'vitest';
import { betaBinomialCdf } from '../../../src/core/stats.js';
import { fitBetaPrior, shrink } from '../../../src/core/stats/beta-prior-fit.js';
import { holmAdjust } from '../../../src/core/stats/multiplicity.js';
import { studentTCdf, weeklyWobble, wobblyBetaBinomial } from '../../../src/core/stats/weekly-wobble.js';
import { mulberry32, sampleBeta, sampleBinomial } from '../../stats-sim.js';

describe('fitBetaPrior (empirical Bayes over reps)', () => {
  it('finds the Beta-Binomial maximum likelihood prior (checked by a brute-force grid in scipy)', () => {
    // 1500 x 1500 grid over mean and log concentration, scipy.special.betaln: mean 0.0441, concentration 193.
    const prior = fitBetaPrior([{ successes: 6, trials: 124 }, { successes: 4, trials: 120 }, { successes: 2, trials: 118 }, { successes: 9, trials: 96 }, { successes: 3, trials: 92 }]);
    expect(prior.mean).toBeCloseTo(0.04415, 3);
    expect(prior.concentration / 193.1).toBeGreaterThan(0.95);
    expect(prior.concentration / 193.1).toBeLessThan(1.05);
    expect(prior.capped).toBe(false);
  });

  it('pulls everyone to the pooled rate when the reps differ no more than chance, but no tighter than the team', () => {
    const groups = [{ successes: 10, trials: 200 }, { successes: 10, trials: 200 }, { successes: 10, trials: 200 }];
    const prior = fitBetaPrior(groups);
    expect(prior.capped).toBe(true);
    expect(prior.mean).toBe(30 / 600);
    expect(prior.concentration).toBe(600);
  });

  it('shrinks a thin history more than a long one, toward the prior mean', () => {
    const prior = { a: 5, b: 95 }; // mean 5 %
    const thin = shrink(prior, { successes: 2, trials: 10 }); // own 20 %
    const long = shrink(prior, { successes: 200, trials: 1000 }); // own 20 %
    expect(thin.mean).toBeCloseTo(7 / 110, 12);
    expect(long.mean).toBeCloseTo(205 / 1100, 12);
    expect(0.2 - thin.mean).toBeGreaterThan(0.2 - long.mean);
  });

  it('recovers a known prior from many simulated reps (seeded)', () => {
    const rng = mulberry32(7);
    const groups = Array.from({ length: 400 }, () => {
      const q = sampleBeta(rng, 6, 94); // mean 6 %, concentration 100
      return { successes: sampleBinomial(rng, 300, q), trials: 300 };
    });
    const prior = fitBetaPrior(groups);
    expect(prior.mean).toBeCloseTo(0.06, 2);
    expect(prior.concentration).toBeGreaterThan(70);
    expect(prior.concentration).toBeLessThan(140);
  });

  it('refuses groups without a single success or failure', () => {
    expect(() => fitBetaPrior([{ successes: 0, trials: 10 }])).toThrow('a prior needs at least one success and one failure');
  });
});

describe('holmAdjust', () => {
  it('steps down: 0.01, 0.04, 0.03, 0.005 → 0.03, 0.06, 0.06, 0.02', () => {
    // Sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04 → running max 0.02, 0.03, 0.06, 0.06.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12));
    expect(holmAdjust([0.6, 0.9])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });
});

describe('week-to-week wobble', () => {
  it('measures the dispersion and the spread of dials by hand', () => {
    // Meetings 4, 8, 6 on 100 dials each: mean 6, q = 0.06, variance per week 6 × 0.94 = 5.64;
    // Σ(m − 6)² = 8 → φ = 8 / 5.64 / 2 = 0.709 → floored at 1. Dials all 100: cv 0.
    expect(weeklyWobble([{ meetings: [4, 8, 6], dials: [100, 100, 100] }])).toEqual({ dispersion: 1, df: 2, dials_cv: 0 });
    // Meetings 2, 10 on 80 and 120 dials: mean 6, q = 12/200 = 0.06; Σ(m − 6)² = 32 → φ = 32 / 5.64 / 1.
    // Dials: mean 100, ((80 − 100)/100)² + ((120 − 100)/100)² = 0.08 over 1 df → cv √0.08.
    const w = weeklyWobble([{ meetings: [2, 10], dials: [80, 120] }]);
    expect(w.dispersion).toBeCloseTo(32 / 5.64, 12);
    expect(w.dials_cv).toBeCloseTo(Math.sqrt(0.08), 12);
    expect(weeklyWobble([{ meetings: [3], dials: [50] }])).toEqual({ dispersion: 1, df: 0, dials_cv: null });
  });

  it('inflates the Beta-Binomial to the asked variance and keeps its mean', () => {
    const [n, a, b, phi] = [150, 9, 98, 2.5];
    const q = a / (a + b);
    const varQ = (q * (1 - q)) / (a + b + 1);
    const wanted = phi * n * q * (1 - q) + n * (n - 1) * varQ;
    const w = wobblyBetaBinomial(n, a, b, phi);
    const c = w.a + w.b;
    expect(w.a / c).toBeCloseTo(q, 12);
    expect(n * q * (1 - q) * (c + n) / (c + 1)).toBeCloseTo(wanted, 8);
    // φ = 1 is the plain Beta-Binomial.
    expect(wobblyBetaBinomial(n, a, b, 1)).toEqual({ a, b });
    expect(betaBinomialCdf(10, n, w.a, w.b)).toBeGreaterThan(betaBinomialCdf(10, n, a, b));
  });

  it("Student's t CDF matches scipy.stats.t.cdf", () => {
    expect(studentTCdf(-2.015048, 5)).toBeCloseTo(0.05, 6);
    expect(studentTCdf(1.5, 3)).toBeCloseTo(0.8847080674, 8);
    expect(studentTCdf(-0.3, 40)).toBeCloseTo(0.3828653584, 8);
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
  });
});
