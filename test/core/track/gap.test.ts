import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mainCause, splitGap } from '../../../src/core/track-gap.js';
import { ratesFromCounts } from '../../../src/core/plan-model.js';

describe('splitGap', () => {
  it('effort + conversion = planned − actual meetings, and reach + meeting rate = conversion, for any plan and week', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 10_000, noNaN: true }), fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      (planDials, reach, meet, plannedDials, dials, r, m) => {
        const rates = { reach, meet, perDial: reach * meet };
        const reached = Math.floor(dials * r);
        const actual = { dials, reached, meetings: Math.floor(reached * m) };
        const planned = plannedDials * rates.perDial;
        const g = splitGap(plannedDials, planned, rates, actual);
        const scale = 1 + planDials + plannedDials + dials;
        expect(Math.abs(g.effort + g.conversion - g.meetings)).toBeLessThan(1e-9 * scale);
        expect(Math.abs(g.reach + g.meeting_rate - g.conversion)).toBeLessThan(1e-9 * scale);
        expect(g.meetings).toBeCloseTo(planned - actual.meetings, 9);
      },
    ));
  });

  it('a week exactly on plan has no gap at all', () => {
    const rates = ratesFromCounts({ dials: 106, reached: 38, meetings: 9 });
    const g = splitGap(106, 9, rates, { dials: 106, reached: 38, meetings: 9 });
    for (const v of Object.values(g)) expect(v).toBeCloseTo(0, 12);
    expect(mainCause(g)).toBe('none');
  });

  it('names the larger cause: fewer dials at planned ratios is effort; planned dials with fewer meetings per conversation is the meeting rate', () => {
    const rates = ratesFromCounts({ dials: 100, reached: 40, meetings: 10 });
    // "Bram's ratios held; he dialled 30 % less": 70 dials, 28 reached, 7 meetings.
    expect(mainCause(splitGap(100, 10, rates, { dials: 70, reached: 28, meetings: 7 }))).toBe('effort');
    expect(splitGap(100, 10, rates, { dials: 70, reached: 28, meetings: 7 }).conversion).toBeCloseTo(0, 12);
    // "Anna made her dials; her meetings/reached fell": 100 dials, 40 reached, 6 meetings.
    const anna = splitGap(100, 10, rates, { dials: 100, reached: 40, meetings: 6 });
    expect([anna.effort, anna.reach, anna.meeting_rate]).toEqual([0, 0, 4]);
    expect(mainCause(anna)).toBe('meeting rate');
    // Fewer conversations on the planned dials: reach.
    expect(mainCause(splitGap(100, 10, rates, { dials: 100, reached: 30, meetings: 7 }))).toBe('reach');
  });
});
