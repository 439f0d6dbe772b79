import { describe, expect, it } from 'vitest';
import { moveOf } from '../../src/core/week-moves.js';
import { counts } from '../helpers.js';

describe('week-on-week moves beyond the wobble', () => {
  const before = counts({ dials: 300, reached: 100, meetings: 30 });
  const now = counts({ dials: 300, reached: 100, meetings: 45 });

  it('30/100 → 45/100 is up without wobble: z = 0.15 / √(0.375 × 0.625 × 2/100) = 2.19, p = 0.028', () => {
    expect(moveOf(before, now, 'meetings/reached', 0)).toBe('up');
    expect(moveOf(now, before, 'meetings/reached', 0)).toBe('down');
  });

  it('the same change is flat when weeks wobble with ρ = 0.01: each week counts 1 + 99 × 0.01 = 1.99 times the variance, z = 1.55', () => {
    expect(moveOf(before, now, 'meetings/reached', 0.01)).toBe('flat');
  });

  it('no denominator, no move', () => {
    expect(moveOf(counts({ dials: 10, reached: 0, meetings: 0 }), now, 'meetings/reached', 0)).toBeNull();
  });
});
