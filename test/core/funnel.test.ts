import { describe, expect, it } from 'vitest';
import { chain, orderWeeks, ratio, ratios, sumCounts } from '../../src/core/funnel.js';
import { counts } from '../helpers.js';

const reference = counts({ dials: 106, reached: 38, callbacks_short: 16, callbacks_long: 3, meetings: 9 });

describe('ratios of the reference week 9/38/106', () => {
  it('match the hand-computed values', () => {
    expect(ratio(reference, 'reached/dials')).toBeCloseTo(38 / 106, 12);
    expect(ratio(reference, 'meetings/reached')).toBeCloseTo(0.236842105263, 12);
    expect(ratio(reference, 'meetings/dials')).toBeCloseTo(0.084905660377, 12);
    expect(ratio(reference, 'callbacks/reached')).toBe(0.5);
  });
  it('is written 9/38/106', () => expect(chain(reference)).toBe('9/38/106'));
  it('the 108-dial variant gives 8.3 % per dial', () => {
    expect(ratio(counts({ dials: 108, reached: 38, meetings: 9 }), 'meetings/dials')).toBeCloseTo(0.0833333, 6);
  });
});

describe('sumCounts', () => {
  it('pools sums, not averages of ratios', () => {
    const total = sumCounts([counts({ dials: 100, reached: 10, meetings: 1 }), counts({ dials: 10, reached: 10, meetings: 9 })]);
    expect(total).toMatchObject({ dials: 110, reached: 20, meetings: 10 });
    expect(ratio(total, 'meetings/reached')).toBe(0.5);
  });
  it('an optional measure missing in one row makes the total null', () => {
    const total = sumCounts([counts({ dials: 1, reached: 1, meetings: 0, hours: 2 }), counts({ dials: 1, reached: 0, meetings: 0 })]);
    expect(total.hours).toBeNull();
  });
  it('a zero denominator gives null, not NaN', () => {
    expect(ratios(counts({ dials: 0, reached: 0, meetings: 0 }))['meetings/dials']).toBeNull();
  });
});

describe('orderWeeks', () => {
  it('sorts ISO weeks and keeps other labels in first-seen order after them', () => {
    expect(orderWeeks(['2026-W10', 'launch', '2025-W52', 'week b', '2026-W02'])).toEqual(['2025-W52', '2026-W02', '2026-W10', 'launch', 'week b']);
  });
});
