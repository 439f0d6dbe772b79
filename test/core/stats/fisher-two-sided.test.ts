import { describe, expect, it } from 'vitest';
import { fisherExact, fisherTwoSided } from '../../../src/core/stats.js';

describe('fisherTwoSided: the two-sided p of fisherExact without the one-sided tails', () => {
  it('equals fisherExact(…).twoSided exactly over a grid of tables, small and large', () => {
    let tables = 0;
    for (const [a, b, c, d] of [[0, 0, 0, 0], [3, 1, 1, 3], [9, 29, 40, 60], [120, 880, 4000, 26000], [0, 50, 7, 43]]) {
      for (const k of [1, 2, 7]) {
        const t = [a! * k, b! * k, c! + k, d! + 2 * k] as const;
        expect(fisherTwoSided(...t)).toBe(fisherExact(...t).twoSided);
        tables++;
      }
    }
    expect(tables).toBe(15);
  });
  it('R: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 0.4857143', () => {
    expect(fisherTwoSided(3, 1, 1, 3)).toBeCloseTo(0.4857143, 7);
  });
  it('rejects a count that is not a whole number, as fisherExact does', () => {
    expect(() => fisherTwoSided(1.5, 1, 1, 1)).toThrow(RangeError);
  });
});
