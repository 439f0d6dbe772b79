import { describe, expect, it } from 'vitest';
import {
  benjaminiHochbergAdjust, betaBinomialCdf, dayRateNodes, designEffect, estimateDispersion, farringtonManningRatio, fitBetaPrior, holmAdjust,
  logGamma, MAX_PRIOR_STRENGTH, minTrialsPredictive, posteriorBeta, posteriorNodes, predictiveAtLeast, roundedEffective, shrink, twoProportionZ, wobbleSd,
} from '../../src/core/stats.js';
import { mulberry32, sampleBeta, sampleBinomial } from '../stats-sim.js';

describe('overdispersion (Williams 1982 moment estimate)', () => {
  it('anna 9, 8, 7 and bert 8, 7, 1 meetings of 30 a week: ρ by hand', () => {
    // Group rates 24/90 and 16/90. X² = Σ (x − n p̂)² / (n p̂(1 − p̂)); df = (3 − 1) × 2; slope = Σ (n − 1)(1 − n/N) = 6 × 29 × 2/3.
    const x2 = ([9, 8, 7].reduce((s, x) => s + (x - 8) ** 2, 0)) / (30 * (24 / 90) * (66 / 90)) + ([8, 7, 1].reduce((s, x) => s + (x - 16 / 3) ** 2, 0)) / (30 * (16 / 90) * (74 / 90));
    const rho = (x2 - 4) / (6 * 29 * (2 / 3));
    const d = estimateDispersion([[{ x: 9, n: 30 }, { x: 8, n: 30 }, { x: 7, n: 30 }], [{ x: 8, n: 30 }, { x: 7, n: 30 }, { x: 1, n: 30 }]]);
    expect(d.df).toBe(4);
    expect(d.rho).toBeCloseTo(rho, 12);
    expect(d.rho).toBeCloseTo(0.02481095907820045, 12); // the same, from a separate Python computation
    expect(d.phi).toBeCloseTo(x2 / 4, 12);
  });

  it('nothing to estimate: one cell per group, empty cells, rates of 0 or 1', () => {
    expect(estimateDispersion([[{ x: 3, n: 10 }], [{ x: 5, n: 10 }]])).toEqual({ rho: 0, phi: null, df: 0 });
    expect(estimateDispersion([[{ x: 0, n: 10 }, { x: 0, n: 20 }]]).rho).toBe(0);
    expect(estimateDispersion([[{ x: 3, n: 10 }, { x: 0, n: 0 }]]).df).toBe(0);
  });

  it('less spread than binomial floors at ρ = 0', () => {
    expect(estimateDispersion([[{ x: 10, n: 40 }, { x: 10, n: 40 }, { x: 10, n: 40 }]]).rho).toBe(0);
  });

  it('recovers a known ρ from seeded beta-binomial cells of unequal size (mean of 200 estimates within 10 %)', () => {
    const rng = mulberry32(11);
    const [p, rho] = [0.25, 0.04];
    const size = 1 / rho - 1;
    let sum = 0;
    for (let rep = 0; rep < 200; rep++) {
      const groups = Array.from({ length: 10 }, () =>
        Array.from({ length: 8 }, () => {
          const n = 20 + Math.floor(rng() * 40);
          return { x: sampleBinomial(rng, n, sampleBeta(rng, p * size, (1 - p) * size)), n };
        }),
      );
      sum += estimateDispersion(groups).rho;
    }
    expect(sum / 200).toBeGreaterThan(0.036);
    expect(sum / 200).toBeLessThan(0.044);
  });

  it('an estimated wobble widens intervals by (t_df / z)²: 1.3267 for 7 df at 90 % (SciPy t.ppf(0.95, 7) / norm.ppf(0.95))', async () => {
    const { smallSampleFactor } = await import('../../src/core/stats.js');
    expect(smallSampleFactor({ rho: 0.001, phi: 1.5, df: 7 }, 0.9)).toBeCloseTo(1.326693934792078, 9);
    expect(smallSampleFactor({ rho: 0.001, phi: 1.5, df: 3 }, 0.9)).toBeCloseTo(2.047026614146158, 9);
    expect(smallSampleFactor({ rho: 0, phi: 0.8, df: 7 }, 0.9)).toBe(1); // no wobble seen: binomial, nothing estimated
  });

  it('design effect 1 + ρ(Σn²/N − 1), SD √(ρ p(1 − p)), effective counts rounded for Fisher', () => {
    expect(designEffect([30, 30, 30], 0.02)).toBeCloseTo(1 + 0.02 * 29, 12);
    expect(designEffect([10, 30], 0.1)).toBeCloseTo(1 + 0.1 * ((100 + 900) / 40 - 1), 12);
    expect(designEffect([10, 30], 0)).toBe(1);
    expect(wobbleSd(0.04, 0.25)).toBeCloseTo(Math.sqrt(0.04 * 0.1875), 12);
    expect(roundedEffective(7, 30, 2)).toEqual({ x: 4, n: 15 }); // 7 × 15/30 = 3.5 rounds to 4
    expect(roundedEffective(7, 30, 1)).toEqual({ x: 7, n: 30 });
    expect(roundedEffective(1, 1, 5)).toEqual({ x: 1, n: 1 }); // the rate is kept: 1 of 1
    expect(roundedEffective(10, 100, 3)).toEqual({ x: 3, n: 33 });
  });
});

describe('multiplicity (values as R p.adjust gives them, worked by hand)', () => {
  const ps = [0.01, 0.04, 0.03, 0.005];
  it('Holm: sorted 0.005 × 4, 0.01 × 3, 0.03 × 2, 0.04 × 1, running maximum', () => {
    expect(holmAdjust(ps)).toEqual([0.03, 0.06, 0.06, 0.02].map((v) => expect.closeTo(v, 12)));
  });
  it('Benjamini–Hochberg: m p / rank, running minimum from the top', () => {
    expect(benjaminiHochbergAdjust(ps)).toEqual([0.02, 0.04, 0.04, 0.02].map((v) => expect.closeTo(v, 12)));
  });
  it('null stays null and is not counted; capped at 1', () => {
    expect(holmAdjust([0.02, null, 0.5])).toEqual([0.04, null, 0.5]);
    expect(benjaminiHochbergAdjust([0.9, null, 0.6])).toEqual([0.9, null, 0.9]);
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
  });
});

describe('Farrington–Manning ratio score test', () => {
  it('at θ = 1 it is the pooled two-proportion z test', () => {
    const fm = farringtonManningRatio(23, 100, 40, 120, 1);
    const z = twoProportionZ(23, 100, 40, 120)!;
    expect(fm.z).toBeCloseTo(z.z, 10);
    expect(fm.pLess).toBeCloseTo(z.pLess, 10);
  });
  it('matches SciPy (restricted MLE by numerical optimisation) at θ = 0.9', () => {
    expect(farringtonManningRatio(2, 40, 9, 38, 0.9).pLess).toBeCloseTo(0.01475872142620116, 8);
    expect(farringtonManningRatio(3, 30, 20, 80, 0.9).pLess).toBeCloseTo(0.0665586459465976, 8);
  });
  it('the null holds exactly at the margin: simulated at p₁ = 0.9 p₀ it rejects about alpha of the time', () => {
    const rng = mulberry32(5);
    let rejected = 0;
    const runs = 2000;
    for (let i = 0; i < runs; i++) {
      const x0 = sampleBinomial(rng, 400, 0.25);
      const x1 = sampleBinomial(rng, 200, 0.225);
      if (farringtonManningRatio(x1, 200, x0, 400, 0.9).pLess < 0.05) rejected++;
    }
    expect(rejected / runs).toBeGreaterThan(0.03);
    expect(rejected / runs).toBeLessThan(0.07);
  });
  it('nothing to test without successes', () => {
    expect(farringtonManningRatio(0, 10, 0, 10, 0.9).pLess).toBe(1);
  });
});

describe('empirical-Bayes prior (method of moments)', () => {
  it('10/100 and 30/100: τ² = (Σ n(p̂ − p̄)² − (k − 1)p̄(1 − p̄)) / (N − Σn²/N) by hand', () => {
    const tau2 = (100 * 0.01 + 100 * 0.01 - 0.16) / (200 - 20000 / 200);
    const s = 0.16 / tau2 - 1;
    const prior = fitBetaPrior([{ x: 10, n: 100 }, { x: 30, n: 100 }])!;
    expect(prior.mean).toBeCloseTo(0.2, 12);
    expect(prior.sd).toBeCloseTo(Math.sqrt(tau2), 12);
    expect(prior.a + prior.b).toBeCloseTo(s, 9);
    expect(shrink(prior, { x: 10, n: 100 }).mean).toBeCloseTo((0.2 * s + 10) / (s + 100), 9);
  });
  it('groups that vary no more than chance are all pulled to the team rate', () => {
    const prior = fitBetaPrior([{ x: 10, n: 40 }, { x: 10, n: 40 }, { x: 11, n: 40 }])!;
    expect(prior.a + prior.b).toBe(MAX_PRIOR_STRENGTH);
    expect(shrink(prior, { x: 2, n: 10 }).mean).toBeCloseTo(31 / 120, 4);
  });
});

/** The Beta density through log-gamma, evaluated on a fine grid: an integral independent of the quantile function. */
function riemann(f: (q: number) => number, a: number, b: number, steps = 200_000): number {
  const logNorm = logGamma(a + b) - logGamma(a) - logGamma(b);
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    const q = (i + 0.5) / steps;
    sum += f(q) * Math.exp(logNorm + (a - 1) * Math.log(q) + (b - 1) * Math.log(1 - q));
  }
  return sum / steps;
}

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

describe('the planner predictive (Gauss–Legendre on the probability scale)', () => {
  it('scale 1, no wobble: the Beta-Binomial tail exactly', () => {
    const post = posteriorBeta(9, 106);
    const nodes = posteriorNodes(post);
    for (const n of [30, 69, 200]) expect(predictiveAtLeast(3, n, nodes)).toBeCloseTo(1 - betaBinomialCdf(2, n, post.a, post.b), 9);
  });
  it('a scaled rate (--what-if): against a 200,000-point integral of the binomial tail over the Beta density', () => {
    const post = posteriorBeta(1, 4); // thin: Beta(1.5, 3.5)
    const nodes = dayRateNodes(posteriorNodes(post), 0.25, 0);
    for (const n of [20, 58, 150]) expect(predictiveAtLeast(1, n, nodes)).toBeCloseTo(riemann((q) => atLeast(1, n, 0.25 * q), post.a, post.b), 5);
  });
  it('a known long-run rate with wobble ρ is Beta-Binomial(n, qM, (1 − q)M), M = 1/ρ − 1', () => {
    const nodes = dayRateNodes([{ rate: 0.1, weight: 1 }], 1, 0.02);
    const M = 1 / 0.02 - 1;
    for (const n of [20, 50, 120]) expect(predictiveAtLeast(3, n, nodes)).toBeCloseTo(1 - betaBinomialCdf(2, n, 0.1 * M, 0.9 * M), 7);
  });
  it('minTrialsPredictive is the smallest n that reaches the confidence', () => {
    const nodes = dayRateNodes(posteriorNodes(posteriorBeta(1, 4)), 0.25, 0);
    const n = minTrialsPredictive(1, nodes, 0.9)!;
    expect(riemann((q) => atLeast(1, n, 0.25 * q), 1.5, 3.5)).toBeGreaterThanOrEqual(0.9 - 1e-6);
    expect(riemann((q) => atLeast(1, n - 1, 0.25 * q), 1.5, 3.5)).toBeLessThan(0.9);
  });
});

describe('posteriorInterval', () => {
  it('exact for moderate shapes; the Cornish–Fisher shortcut for large ones agrees with the exact quantiles to 1e-6', async () => {
    const { betaInterval, posteriorInterval } = await import('../../src/core/stats.js');
    expect(posteriorInterval(30, 70, 0.9)).toEqual(betaInterval({ a: 30, b: 70 }, 0.9));
    for (const [a, b] of [[2000, 18000], [600, 200000], [60, 20000], [150000, 850000]] as const) {
      const fast = posteriorInterval(a, b, 0.9);
      const exact = betaInterval({ a, b }, 0.9);
      expect(Math.abs(fast.lo - exact.lo)).toBeLessThan(1e-6);
      expect(Math.abs(fast.hi - exact.hi)).toBeLessThan(1e-6);
    }
  });
});

describe('Holm on conditional p-values (Zhao, Small & Su 2019)', () => {
  it('drops p above ½ (adjusted 1) and runs Holm on 2p for the rest', async () => {
    const { conditionalHolmAdjust } = await import('../../src/core/stats.js');
    // 0.015 and 0.02 stay: 2p = 0.03, 0.04; Holm over two: 0.06, then max(0.06, 0.04) = 0.06.
    expect(conditionalHolmAdjust([0.015, 0.81, 0.02, 0.59, null])).toEqual([expect.closeTo(0.06, 12), 1, expect.closeTo(0.06, 12), 1, null]);
    expect(conditionalHolmAdjust([0.015, 0.9, 0.95])).toEqual([expect.closeTo(0.03, 12), 1, 1]);
  });
});
