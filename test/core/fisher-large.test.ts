import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExact, logHypergeometricPmf, normalCdf } from '../../src/core/stats.js';

/** Every term of the distribution summed, the slow and obvious way (the method fisherExact avoids). */
function fisherBySummingEverything(a: number, b: number, c: number, d: number) {
  const good = a + b, bad = c + d, drawn = a + c;
  const lo = Math.max(0, drawn - bad), hi = Math.min(drawn, good);
  const p = (x: number) => Math.exp(logHypergeometricPmf(x, good, bad, drawn));
  const observed = p(a);
  let less = 0, greater = 0, two = 0;
  for (let x = lo; x <= hi; x++) {
    const v = p(x);
    if (x <= a) less += v;
    if (x >= a) greater += v;
    if (v <= observed * (1 + 1e-7)) two += v;
  }
  return { twoSided: Math.min(1, two), less: Math.min(1, less), greater: Math.min(1, greater) };
}

describe('Fisher exact test on call-log sized tables', () => {
  it('agrees with summing every term, for tables of tens of thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 40000 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 40000 }), (a, b, c, d) => {
        const fast = fisherExact(a, b, c, d);
        const slow = fisherBySummingEverything(a, b, c, d);
        for (const k of ['twoSided', 'less', 'greater'] as const) {
          expect(Math.abs(fast[k] - slow[k])).toBeLessThanOrEqual(1e-9 * Math.max(slow[k], 1e-300) + 1e-14);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('handles counts in the millions: a 5.05 % vs 5.00 % rate on a million calls each', () => {
    const r = fisherExact(50_500, 949_500, 50_000, 950_000);
    // The normal approximation is excellent at this size: z = 0.0005 / se = 1.6184, two-sided p = 0.1056.
    const p1 = 0.0505, p2 = 0.05, pool = (p1 + p2) / 2;
    const z = (p1 - p2) / Math.sqrt(pool * (1 - pool) * (2 / 1e6));
    expect(z).toBeCloseTo(1.6184, 3);
    expect(Math.abs(r.twoSided - 2 * (1 - normalCdf(z)))).toBeLessThan(0.002);
    expect(r.less + r.greater).toBeGreaterThan(1); // the observed table counts in both tails
  });

  it('a difference far beyond chance gives p = 0 rather than a denormal or NaN', () => {
    const r = fisherExact(300_000, 6_000_000, 10_000_000, 300_000_000);
    expect(r).toEqual({ twoSided: 0, less: 1, greater: 0 });
  });
});
