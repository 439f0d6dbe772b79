import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExact, logHypergeometricPmf } from '../../src/core/stats.js';

/** The textbook sums over the whole support, for comparison with the trimmed ones. */
function fullSupport(a: number, b: number, c: number, d: number) {
  const [good, bad, drawn] = [a + b, c + d, a + c];
  const xs: number[] = [];
  for (let x = Math.max(0, drawn - bad); x <= Math.min(drawn, good); x++) xs.push(x);
  const logs = xs.map((x) => logHypergeometricPmf(x, good, bad, drawn));
  const max = Math.max(...logs);
  const rel = logs.map((v) => Math.exp(v - max));
  const total = rel.reduce((s, v) => s + v, 0);
  const observed = rel[xs.indexOf(a)]!;
  const sum = (keep: (x: number, v: number) => boolean) => rel.reduce((s, v, i) => (keep(xs[i]!, v) ? s + v : s), 0) / total;
  return { twoSided: Math.min(1, sum((_, v) => v <= observed * (1 + 1e-7))), less: Math.min(1, sum((x) => x <= a)), greater: Math.min(1, sum((x) => x >= a)) };
}

const close = (x: number, y: number) => Math.abs(x - y) <= 1e-10 * Math.max(x, y) + 1e-300;

describe('Fisher on big tables sums only the terms that matter', () => {
  it('matches the full-support sums', () => {
    fc.assert(
      fc.property(fc.nat({ max: 3000 }), fc.nat({ max: 3000 }), fc.nat({ max: 3000 }), fc.nat({ max: 3000 }), (a, b, c, d) => {
        const got = fisherExact(a, b, c, d);
        const want = fullSupport(a, b, c, d);
        return close(got.twoSided, want.twoSided) && close(got.less, want.less) && close(got.greater, want.greater);
      }),
      { numRuns: 300 },
    );
  });

  it('a rep with 50,000 dials against a team of millions still gets a p-value', () => {
    const p = fisherExact(9_000, 41_000, 1_790_000, 8_160_000).twoSided;
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
  });
});
