import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  betaBinomialCdf,
  betaBinomialPmf,
  betaCdf,
  betaInterval,
  betaPdf,
  betaQuantile,
  binomialCdf,
  binomialPmf,
  binomialSurvival,
  binomialTestLess,
  fisherExact,
  logBeta,
  logChoose,
  logGamma,
  minTrialsForTarget,
  minTrialsForTargetKnownRate,
  TIE_TOLERANCE,
  normalCdf,
  normalQuantile,
  posteriorBeta,
  regularizedBeta,
  twoProportionZ,
  wilson,
} from '../../src/core/stats.js';
import { mulberry32, sampleBeta, sampleBinomial } from '../stats-sim.js';

/** |actual − expected| ≤ tol · |expected| (relative agreement, the natural yardstick for tails). */
function expectRelative(actual: number, expected: number, tol: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
}

/** C(n, k) pᵏ (1−p)ⁿ⁻ᵏ by plain multiplication: an independent pmf for small n. */
function naivePmf(k: number, n: number, p: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c * p ** k * (1 - p) ** (n - k);
}

describe('normal distribution', () => {
  it('matches R qnorm', () => {
    // R 4.x: qnorm(0.95) = 1.6448536269514722, qnorm(0.975) = 1.959963984540054
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.5)).toBe(0);
  });
  it('matches high-precision values in the far tails', () => {
    // mpmath 1.3 at 30 digits: ncdf(-10) = 7.61985302416052606597e-24, ncdf(-1) = 0.158655253931457051
    expectRelative(normalCdf(-10), 7.619853024160526e-24, 1e-14);
    expectRelative(normalCdf(-1), 0.15865525393145705, 1e-15);
    // mpmath at 50 digits: findroot(ncdf(z) − 1e-20) = −9.26234008979840757
    expectRelative(normalQuantile(1e-20), -9.262340089798408, 1e-14);
  });
  it('is symmetric: Φ(z) + Φ(−z) = 1', () => {
    for (const z of [0.1, 0.6744, 0.7, 1.5, 3, 5.6, 6]) expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 15);
  });
  it('has the edge values', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalCdf(-40)).toBe(0);
  });
  it('quantile ∘ cdf is the identity (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 3, noNaN: true }), (z) => {
        expect(Math.abs(normalQuantile(normalCdf(z)) - z)).toBeLessThan(1e-9 * Math.max(1, Math.abs(z)));
      }),
    );
  });
  it('cdf is monotone and inside [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (z, step) => {
        const lo = normalCdf(z);
        const hi = normalCdf(z + step);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(hi).toBeGreaterThanOrEqual(lo);
      }),
    );
  });
});

describe('logGamma, logChoose, logBeta', () => {
  it('log Γ(n + 1) = log n! summed directly', () => {
    let logFactorial = 0;
    for (let n = 1; n <= 200; n++) {
      logFactorial += Math.log(n);
      expect(logGamma(n + 1)).toBeCloseTo(logFactorial, 10);
    }
  });
  it('log Γ(½) = log √π and log Γ(x + 1) = log Γ(x) + log x at non-integers', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    for (const x of [1e-8, 0.3, 2.5, 14.7, 15.2, 1234.5]) expect(logGamma(x + 1)).toBeCloseTo(logGamma(x) + Math.log(x), 10);
  });
  it('logChoose: exact small values and the large-n cases where log-gammas cancel', () => {
    expect(logChoose(40, 20)).toBeCloseTo(Math.log(137846528820), 12); // C(40,20), exact integer
    expect(logChoose(10, 0)).toBe(0);
    expect(logChoose(1e6, 1)).toBeCloseTo(Math.log(1e6), 12);
    expect(logChoose(1e6, 3)).toBeCloseTo(Math.log((1e6 * 999999 * 999998) / 6), 10);
    expect(logChoose(5, 6)).toBe(Number.NEGATIVE_INFINITY);
  });
  it('logBeta: B(a, 1) = 1/a, B(½, ½) = π, and B(a, b) = B(a + 1, b)·(a + b)/a at large arguments', () => {
    expect(logBeta(7.25, 1)).toBeCloseTo(-Math.log(7.25), 13);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
    expect(logBeta(0.5, 10100.5) - logBeta(1.5, 10100.5)).toBeCloseTo(Math.log(10101 / 0.5), 11);
  });
});

describe('regularized incomplete beta', () => {
  const xs = [1e-9, 0.01, 0.2, 0.5, 0.77, 0.999];
  it('closed forms: I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ, I_x(½, ½) = (2/π) asin √x', () => {
    for (const x of xs) {
      expectRelative(regularizedBeta(x, 0.5, 1), Math.sqrt(x), 1e-13);
      expectRelative(regularizedBeta(x, 3.7, 1), x ** 3.7, 1e-12);
      expectRelative(regularizedBeta(x, 1, 2.5), -Math.expm1(2.5 * Math.log1p(-x)), 1e-12);
      expectRelative(betaCdf(x, 0.5, 0.5), (2 / Math.PI) * Math.asin(Math.sqrt(x)), 1e-12);
    }
  });
  it('symmetry: I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    // Dyadic x, so 1 − x is exact and only the function's own error is measured.
    const dyadic = [2 ** -30, 2 ** -7, 0.25, 0.5, 0.75, 1 - 2 ** -10];
    for (const [a, b] of [[2, 3], [0.5, 40], [120, 7.5]] as const) {
      for (const x of dyadic) expect(regularizedBeta(x, a, b) + regularizedBeta(1 - x, b, a)).toBeCloseTo(1, 12);
    }
  });
  it('integer parameters: I_x(k, n − k + 1) = P(Binomial(n, x) ≥ k), summed directly', () => {
    const n = 30;
    for (const x of [0.05, 0.3, 0.8]) {
      for (const k of [1, 5, 15, 29]) {
        let tail = 0;
        for (let j = k; j <= n; j++) tail += naivePmf(j, n, x);
        expectRelative(regularizedBeta(x, k, n - k + 1), tail, 1e-11);
      }
    }
  });
  it('stays exact at huge, equal parameters: I_½(a, a) = ½', () => {
    expect(regularizedBeta(0.5, 1e5, 1e5)).toBeCloseTo(0.5, 11);
    expect(regularizedBeta(0.5, 1e6, 1e6)).toBeCloseTo(0.5, 11);
  });
});

describe('beta quantile', () => {
  it('qbeta(0.5, 1, 1) = 0.5 (R)', () => expect(betaQuantile(0.5, 1, 1)).toBeCloseTo(0.5, 14));
  it('closed forms: Beta(1, b) → 1 − (1 − p)^(1/b); Beta(a, 1) → p^(1/a); Beta(½, ½) → sin²(πp/2)', () => {
    for (const p of [1e-10, 0.001, 0.05, 0.5, 0.95, 0.999999]) {
      expectRelative(betaQuantile(p, 1, 4), -Math.expm1(Math.log1p(-p) / 4), 1e-11);
      expectRelative(betaQuantile(p, 0.5, 1), p * p, 1e-11);
      expectRelative(betaQuantile(p, 3, 1), p ** (1 / 3), 1e-12);
      expectRelative(betaQuantile(p, 0.5, 0.5), Math.sin((Math.PI * p) / 2) ** 2, 1e-11);
    }
  });
  it('edges', () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(betaQuantile(-0.1, 2, 3)).toBeNaN();
    expect(() => betaQuantile(0.5, 0, 3)).toThrow(RangeError);
  });
  it('cdf ∘ quantile is the identity, small and large shapes alike (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.2, max: 500, noNaN: true }),
        fc.double({ min: 0.2, max: 500, noNaN: true }),
        (p, a, b) => {
          const q = betaQuantile(p, a, b);
          // Beyond 1e-10 relative, allow what one ulp of q moves the cdf by: near 1 with small b
          // the quantile sits where doubles are sparse, and no algorithm can do better.
          const ulpEffect = betaPdf(q, a, b) * 8 * Number.EPSILON * q;
          expect(Math.abs(betaCdf(q, a, b) - p)).toBeLessThanOrEqual(1e-10 * Math.min(p, 1 - p) + ulpEffect);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('cdf is monotone in x and inside [0, 1] (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 300, noNaN: true }),
        fc.double({ min: 0.1, max: 300, noNaN: true }),
        (x1, x2, a, b) => {
          const [lo, hi] = x1 <= x2 ? [x1, x2] : [x2, x1];
          const fLo = betaCdf(lo, a, b);
          const fHi = betaCdf(hi, a, b);
          expect(fLo).toBeGreaterThanOrEqual(0);
          expect(fHi).toBeLessThanOrEqual(1);
          expect(fHi).toBeGreaterThanOrEqual(fLo - 1e-15);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('binomial', () => {
  it('pbinom(3, 10, 0.3) = 0.6496107184 (R; exact: Σ C(10,j)·0.3ʲ·0.7¹⁰⁻ʲ, j ≤ 3)', () => {
    expect(binomialCdf(3, 10, 0.3)).toBeCloseTo(0.6496107184, 14);
  });
  it('pmf agrees with direct multiplication and the cdf with the summed pmf', () => {
    for (const [n, p] of [[10, 0.3], [38, 0.237], [106, 0.085], [60, 0.999]] as const) {
      let sum = 0;
      for (let k = 0; k <= n; k++) {
        const direct = naivePmf(k, n, p);
        sum += direct;
        if (direct > 1e-280) expectRelative(binomialPmf(k, n, p), direct, 1e-11);
        expect(binomialCdf(k, n, p)).toBeCloseTo(Math.min(1, sum), 13);
      }
    }
  });
  it('cdf equals the summed pmf at n = 2000', () => {
    let sum = 0;
    for (let k = 0; k <= 260; k++) sum += binomialPmf(k, 2000, 0.12);
    expectRelative(binomialCdf(260, 2000, 0.12), sum, 1e-12);
  });
  it('is exact at n = 1e6 against closed forms', () => {
    // P(X = 0) = (1 − p)ⁿ and P(X ≤ n − 1) = 1 − pⁿ.
    expectRelative(binomialCdf(0, 1e6, 1e-6), Math.exp(1e6 * Math.log1p(-1e-6)), 1e-12);
    expectRelative(binomialSurvival(1e6 - 1, 1e6, 0.9999999), Math.exp(1e6 * Math.log(0.9999999)), 1e-10);
    // Symmetry at p = ½: P(X ≤ m) = (1 + P(X = m))/2 with n = 2m, and P(X = m) = C(2m, m)/4ᵐ,
    // whose asymptotic series is (πm)^(−½)(1 − 1/(8m) + 1/(128m²)) + O(m^(−7/2)).
    const m = 5e5;
    const central = (1 - 1 / (8 * m) + 1 / (128 * m * m)) / Math.sqrt(Math.PI * m);
    expectRelative(binomialPmf(m, 2 * m, 0.5), central, 1e-12);
    expectRelative(binomialCdf(m, 2 * m, 0.5), (1 + central) / 2, 1e-12);
  });
  it('matches a 40-digit summation at n = 1e6 (mpmath: pbinom(123456, 1e6, 0.1234) = 0.56834307365805936113)', () => {
    expectRelative(binomialCdf(123456, 1e6, 0.1234), 0.5683430736580594, 1e-13);
  });
  it('edges: p = 0, p = 1, k outside 0..n, non-integer k', () => {
    expect(binomialCdf(0, 10, 0)).toBe(1);
    expect(binomialCdf(9, 10, 1)).toBe(0);
    expect(binomialCdf(-1, 10, 0.5)).toBe(0);
    expect(binomialCdf(10, 10, 0.5)).toBe(1);
    expect(binomialCdf(2.7, 10, 0.3)).toBe(binomialCdf(2, 10, 0.3));
    expect(binomialPmf(11, 10, 0.5)).toBe(0);
    expect(() => binomialCdf(1, 10, 1.2)).toThrow(RangeError);
  });
  it('cdf is monotone in k, decreasing in p, inside [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n, u, p) => {
        const k = Math.floor(u * n);
        const f = binomialCdf(k, n, p);
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(1);
        expect(binomialCdf(k + 1, n, p)).toBeGreaterThanOrEqual(f - 1e-14);
        expect(binomialCdf(k, n, Math.min(1, p + 0.01))).toBeLessThanOrEqual(f + 1e-14);
      }),
      { numRuns: 300 },
    );
  });
  it('binomialTestLess is the lower tail; P(X ≤ 0) = (1 − p0)ⁿ', () => {
    expectRelative(binomialTestLess(0, 40, 0.2368), 0.7632 ** 40, 1e-12);
    let sum = 0;
    for (let k = 0; k <= 2; k++) sum += naivePmf(k, 40, 9 / 38);
    expectRelative(binomialTestLess(2, 40, 9 / 38), sum, 1e-12); // 9/38 → 2/40: clearly significant
    expect(binomialTestLess(2, 40, 9 / 38)).toBeLessThan(0.01);
    expect(() => binomialTestLess(41, 40, 0.5)).toThrow(RangeError);
  });
});

describe('Wilson interval', () => {
  /** The closed formula, written out again here so the test does not trust the implementation. */
  function wilsonByHand(x: number, n: number, z: number): [number, number] {
    const p = x / n;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    return [centre - half, centre + half];
  }
  it('9 of 38 at 90 % (z = 1.6448536269514722)', () => {
    const [lo, hi] = wilsonByHand(9, 38, 1.6448536269514722);
    const w = wilson(9, 38, 0.9);
    expect(w?.lo).toBeCloseTo(lo, 13);
    expect(w?.hi).toBeCloseTo(hi, 13);
    expect(w?.lo).toBeCloseTo(0.14334, 5);
    expect(w?.hi).toBeCloseTo(0.36533, 5);
  });
  it('95 % uses z = 1.959963984540054', () => {
    const [lo, hi] = wilsonByHand(9, 106, 1.959963984540054);
    expect(wilson(9, 106, 0.95)).toEqual({ lo: expect.closeTo(lo, 13), hi: expect.closeTo(hi, 13) });
  });
  it('null without trials; exact 0 and 1 at the extremes', () => {
    expect(wilson(0, 0)).toBeNull();
    expect(wilson(0, 10)?.lo).toBe(0);
    expect(wilson(10, 10)?.hi).toBe(1);
    expect(() => wilson(11, 10)).toThrow(RangeError);
  });
});

describe('Fisher exact test', () => {
  it("lady tasting tea: R fisher.test(matrix(c(3,1,1,3),2)) p = 0.4857143; tails by hand from C(4,k)C(4,4−k)/70", () => {
    const r = fisherExact(3, 1, 1, 3);
    expect(r.twoSided).toBeCloseTo(34 / 70, 12); // 0.4857143
    expect(r.less).toBeCloseTo(69 / 70, 12);
    expect(r.greater).toBeCloseTo(17 / 70, 12);
  });
  it('R documentation, Convictions (Fisher 1962): alternative = "less" gives p = 0.0004652', () => {
    // matrix(c(2, 10, 15, 3), nrow = 2) is [[2, 15], [10, 3]] (R fills by column).
    expect(fisherExact(2, 15, 10, 3).less).toBeCloseTo(0.0004652, 7);
  });
  it('counts of 10,000+ work (scipy.stats.fisher_exact 1.17: two-sided 0.015290062709044806)', () => {
    const r = fisherExact(10000, 5000, 9800, 5200);
    expectRelative(r.twoSided, 0.015290062709044806, 1e-9);
    expectRelative(r.greater, r.twoSided / 2, 1e-3); // large, balanced table: nearly symmetric
  });
  it('keeps full precision at 300,000 counts (mpmath, 40 digits, log-gamma sum: 1.3123738870773166e-14)', () => {
    expectRelative(fisherExact(100000, 50000, 98000, 52000).twoSided, 1.3123738870773166e-14, 1e-12);
  });
  it('symmetries: swapping the groups swaps the tails; transposing changes nothing', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.nat(30), fc.nat(30), (a, b, c, d) => {
        const r = fisherExact(a, b, c, d);
        const swapped = fisherExact(c, d, a, b);
        expect(swapped.less).toBeCloseTo(r.greater, 12);
        expect(swapped.greater).toBeCloseTo(r.less, 12);
        expect(swapped.twoSided).toBeCloseTo(r.twoSided, 12);
        const transposed = fisherExact(a, c, b, d);
        expect(transposed.twoSided).toBeCloseTo(r.twoSided, 12);
        expect(transposed.less).toBeCloseTo(r.less, 12);
        // less + greater counts the observed table twice, so it is at least 1.
        expect(r.less + r.greater).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(r.twoSided).toBeLessThanOrEqual(1);
        expect(r.twoSided).toBeGreaterThanOrEqual(Math.min(r.less, r.greater) - 1e-12);
      }),
      { numRuns: 200 },
    );
  });
  it('agrees with a naive implementation from exact binomial coefficients (property)', () => {
    const choose = (n: number, k: number): number => {
      let c = 1;
      for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
      return c;
    };
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), fc.nat(20), fc.nat(20), (a, b, c, d) => {
        const [m, n, k] = [a + b, c + d, a + c];
        const probs: number[] = [];
        for (let x = Math.max(0, k - n); x <= Math.min(k, m); x++) probs.push((choose(m, x) * choose(n, k - x)) / choose(m + n, k));
        const lo = Math.max(0, k - n);
        const observed = probs[a - lo] ?? 0;
        const sum = (keep: (p: number, x: number) => boolean): number => probs.reduce((s, p, i) => (keep(p, lo + i) ? s + p : s), 0);
        const r = fisherExact(a, b, c, d);
        expect(r.less).toBeCloseTo(sum((_, x) => x <= a), 12);
        expect(r.greater).toBeCloseTo(sum((_, x) => x >= a), 12);
        expect(r.twoSided).toBeCloseTo(Math.min(1, sum((p) => p <= observed * (1 + 1e-7))), 12);
      }),
      { numRuns: 200 },
    );
  });
  it('an empty table is no evidence', () => expect(fisherExact(0, 0, 0, 0)).toEqual({ twoSided: 1, less: 1, greater: 1 }));
});

describe('two-proportion z test', () => {
  it('15/50 vs 25/50: z² = 4.1667 = R prop.test(c(15,25), c(50,50), correct = FALSE) X-squared', () => {
    const r = twoProportionZ(15, 50, 25, 50);
    // By hand: pooled 0.4, se = √(0.4·0.6·(2/50)) = 0.0979796, z = −0.2/se.
    const z = -0.2 / Math.sqrt(0.4 * 0.6 * (2 / 50));
    expect(r?.z).toBeCloseTo(z, 12);
    expect((r?.z ?? 0) ** 2).toBeCloseTo(4.1667, 4);
    expect(r?.pLess).toBeCloseTo(0.02061341666858185, 12); // scipy norm.cdf(−2.0412414523193148)
    expect((r?.pLess ?? 0) + (r?.pGreater ?? 0)).toBeCloseTo(1, 14);
  });
  it('null without trials, no evidence when all rates are 0', () => {
    expect(twoProportionZ(0, 0, 1, 2)).toBeNull();
    expect(twoProportionZ(0, 10, 0, 20)).toEqual({ z: 0, pLess: 1, pGreater: 1 });
  });
});

describe('beta-binomial', () => {
  it('BetaBinomial(n, 1, 1) is uniform on 0..n: P(X ≤ k) = (k + 1)/(n + 1)', () => {
    for (const k of [0, 3, 17, 39]) expect(betaBinomialCdf(k, 40, 1, 1)).toBeCloseTo((k + 1) / 41, 13);
  });
  it('cdf is the summed pmf and reaches 1', () => {
    let sum = 0;
    for (let k = 0; k <= 60; k++) {
      sum += betaBinomialPmf(k, 60, 9.5, 97.5);
      expect(betaBinomialCdf(k, 60, 9.5, 97.5)).toBeCloseTo(sum, 13);
    }
    expect(sum).toBeCloseTo(1, 13);
  });
  it('agrees with a simulation (p ~ Beta, X ~ Binomial(n, p)), seed 42, within 4 standard errors', () => {
    const rng = mulberry32(42);
    const draws = 20_000;
    const [n, a, b] = [40, 9.5, 97.5]; // 40 dials with the reference week's posterior on meetings/dial
    const hits = new Array<number>(n + 1).fill(0);
    for (let i = 0; i < draws; i++) {
      const x = sampleBinomial(rng, n, sampleBeta(rng, a, b));
      hits[x] = (hits[x] ?? 0) + 1;
    }
    let cumulative = 0;
    for (let k = 0; k <= 8; k++) {
      cumulative += hits[k] ?? 0;
      const exact = betaBinomialCdf(k, n, a, b);
      const se = Math.sqrt((exact * (1 - exact)) / draws);
      expect(Math.abs(cumulative / draws - exact)).toBeLessThan(4 * se + 1e-9);
    }
  });
  it('handles n = 10,000 quickly and matches mpmath (30 digits)', () => {
    // mpmath: Σ_{x ≤ 5} C(n,x) B(x+a, n−x+b)/B(a,b) = 0.265316373247934931913799502698
    expectRelative(betaBinomialCdf(5, 10000, 0.5, 100.5), 0.26531637324793493, 1e-12);
    // mpmath: same sum to x = 3000 with a = 2, b = 5 → 0.579922207381125972258673765752
    expectRelative(betaBinomialCdf(3000, 10000, 2, 5), 0.579922207381126, 1e-11);
  });
  it('a tight posterior approaches the binomial', () => {
    expect(betaBinomialCdf(3, 40, 0.1 * 1e7, 0.9 * 1e7)).toBeCloseTo(binomialCdf(3, 40, 0.1), 6);
  });
});

describe('planning: minimum trials for a target', () => {
  const reference = posteriorBeta(9, 106); // 9 meetings from 106 dials, Jeffreys prior

  it('posteriorBeta is Jeffreys: Beta(x + ½, n − x + ½)', () => {
    expect(reference).toEqual({ a: 9.5, b: 97.5 });
    expect(() => posteriorBeta(5, 4)).toThrow(RangeError);
  });
  it('betaInterval of Beta(½, ½) is sin²(π·0.05/2) … sin²(π·0.95/2)', () => {
    const i = betaInterval(posteriorBeta(0, 0), 0.9);
    expect(i.lo).toBeCloseTo(Math.sin((Math.PI * 0.05) / 2) ** 2, 12);
    expect(i.hi).toBeCloseTo(Math.sin((Math.PI * 0.95) / 2) ** 2, 12);
  });
  it('3 meetings a day on 90 % of days from 9/106: the smallest such n, and 69 (scipy betabinom.sf)', () => {
    const n = minTrialsForTarget({ target: 3, posterior: reference, confidence: 0.9 });
    expect(n).toBe(69);
    const hit = (m: number): number => 1 - betaBinomialCdf(2, m, reference.a, reference.b);
    expect(hit(69)).toBeGreaterThanOrEqual(0.9);
    expect(hit(68)).toBeLessThan(0.9);
  });
  it('known rate 9/106: 61 dials, and more rate uncertainty asks for more dials', () => {
    const known = minTrialsForTargetKnownRate(3, 9 / 106, 0.9);
    expect(known).toBe(61);
    expect(binomialSurvival(2, 61, 9 / 106)).toBeGreaterThanOrEqual(0.9);
    expect(binomialSurvival(2, 60, 9 / 106)).toBeLessThan(0.9);
    // Ten times the history at the same rate lands between the two.
    const tenWeeks = minTrialsForTarget({ target: 3, posterior: posteriorBeta(90, 1060), confidence: 0.9 }) ?? 0;
    expect(tenWeeks).toBeGreaterThanOrEqual(61);
    expect(tenWeeks).toBeLessThan(69);
  });
  it('target 1 with a known rate has the closed form ⌈log(1 − c)/log(1 − p)⌉', () => {
    for (const [p, c] of [[0.085, 0.9], [0.01, 0.95], [0.3, 0.5]] as const) {
      expect(minTrialsForTargetKnownRate(1, p, c)).toBe(Math.ceil(Math.log(1 - c) / Math.log(1 - p)));
    }
  });
  it('is minimal for arbitrary targets and posteriors (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 40, max: 400 }), fc.double({ min: 0.5, max: 0.95, noNaN: true }), (k, x, n, c) => {
        const post = posteriorBeta(x, n);
        const m = minTrialsForTarget({ target: k, posterior: post, confidence: c });
        expect(m).not.toBeNull();
        const need = m ?? 0;
        expect(1 - betaBinomialCdf(k - 1, need, post.a, post.b)).toBeGreaterThanOrEqual(c - TIE_TOLERANCE); // an exact tie counts as reached
        if (need > k) expect(1 - betaBinomialCdf(k - 1, need - 1, post.a, post.b)).toBeLessThan(c);
      }),
      { numRuns: 100 },
    );
  });
  it('edge cases: target 0 needs nothing; a zero rate or a low cap is unreachable', () => {
    expect(minTrialsForTarget({ target: 0, posterior: reference, confidence: 0.9 })).toBe(0);
    expect(minTrialsForTargetKnownRate(3, 0, 0.9)).toBeNull();
    expect(minTrialsForTarget({ target: 3, posterior: reference, confidence: 0.9, maxTrials: 50 })).toBeNull();
    expect(() => minTrialsForTarget({ target: 3, posterior: reference, confidence: 1 })).toThrow(RangeError);
  });
  it('a history with no meetings still gives a finite (large) answer', () => {
    const n = minTrialsForTarget({ target: 3, posterior: posteriorBeta(0, 106), confidence: 0.9 }) ?? 0;
    expect(n).toBeGreaterThan(10_000);
    expect(1 - betaBinomialCdf(2, n, 0.5, 106.5)).toBeGreaterThanOrEqual(0.9);
  });
});
