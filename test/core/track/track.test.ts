import { describe, expect, it } from 'vitest';
import { buildTrack } from '../../../src/core/track.js';
import { dayNumber } from '../../../src/core/track-period.js';
import { week } from '../../helpers.js';
import { betaBinomialCdfByIntegration, referencePlan } from './reference.js';

/**
 * The hand-computed case: the reference plan (3 meetings a day on 9/38/106: 35.33 dials a
 * day, 176.67 a week, 15 meetings) tracked against a week of 150 dials, 50 reached, 12 meetings.
 * 2026-W47 runs Monday 16 to Sunday 22 November 2026.
 */

const { plan } = referencePlan();
const q = 9 / 106;
// The plan's belief about meetings/dials is the Jeffreys posterior Beta(9.5, 97.5): a + b = 107.
const [A, B] = [q * 107, (1 - q) * 107];

describe('track: the reference plan against 150/50/12', () => {
  const track = buildTrack({ plan, rows: [week({ dials: 150, reached: 50, meetings: 12, hours: 8 }, { week: '2026-W47' })], asOf: dayNumber(2026, 11, 20), period: 'week', alpha: 0.05 });
  const p = track.period;

  it('plans 176.67 dials and 15 meetings for the whole week (5 of 5 days done by Friday)', () => {
    expect([p.label, p.working_days, p.elapsed_days, p.deadline]).toEqual(['2026-W47', 5, 5, 'Friday']);
    expect(p.planned.dials).toBeCloseTo(3 / q * 5, 9); // 176.666…
    expect(p.planned.meetings).toBeCloseTo(15, 9);
    expect(p.planned.reached).toBeCloseTo(15 / (9 / 38), 9); // 63.33
    expect(p.actual).toEqual({ dials: 150, reached: 50, meetings: 12, hours: 8 });
  });

  it('splits the gap of 3 into effort 2.264 and conversion 0.736 (and conversion into reach and meeting rate)', () => {
    const effort = (176.6666666666667 - 150) * (9 / 106); // 2.2642
    const conversion = 150 * (9 / 106) - 12; // 0.7358
    expect(p.gap.meetings).toBeCloseTo(3, 9);
    expect(p.gap.effort).toBeCloseTo(effort, 9);
    expect(p.gap.effort).toBeCloseTo(2.2642, 4);
    expect(p.gap.conversion).toBeCloseTo(conversion, 9);
    expect(p.gap.conversion).toBeCloseTo(0.7358, 4);
    expect(p.gap.reach).toBeCloseTo((150 * (38 / 106) - 50) * (9 / 38), 9); // 0.894
    expect(p.gap.meeting_rate).toBeCloseTo(50 * (9 / 38) - 12, 9); // -0.158
    expect(p.gap.effort + p.gap.conversion).toBeCloseTo(p.gap.meetings, 12);
  });

  it('status by hand: no day left and 12 < 15, so 0 % chance; not beyond chance, so "behind"', () => {
    expect(p.target_meetings).toBe(15);
    expect(p.p_reach_target).toBe(0);
    // Conversion: P(M ≤ 12) for M ~ BetaBinomial(150, 9.085, 97.915) = 0.5222 (scipy betabinom.cdf agrees).
    expect(p.p_conversion).toBeCloseTo(betaBinomialCdfByIntegration(12, 150, A, B), 6);
    expect(p.p_conversion).toBeCloseTo(0.5222, 4);
    // One week of history cannot measure how dials vary: effort is not judged, and a warning says so.
    expect(p.p_effort).toBeNull();
    expect(track.warnings).toEqual([
      'plan.json: its history could not measure how dials vary week to week, so effort shortfalls are not judged beyond chance (make the plan from 2 or more weeks of history)',
    ]);
    expect(p.beyond_chance).toBeNull();
    expect(p.status).toBe('behind');
  });

  it('the week line holds the same planned, actual and gap', () => {
    expect(track.weeks).toHaveLength(1);
    expect(track.weeks[0]!.planned.dials).toBeCloseTo(176.6667, 4);
    expect(track.weeks[0]!.gap.effort).toBeCloseTo(p.gap.effort, 12);
    expect(track.reps).toEqual([]);
  });
});

describe('track: pro-rated to the working days done', () => {
  // Wednesday: 3 of 5 days done, so 3/5 of the week is planned so far: 106 dials, 9 meetings.
  const track = buildTrack({ plan, rows: [week({ dials: 80, reached: 30, meetings: 7 }, { week: '2026-W47' })], asOf: dayNumber(2026, 11, 18), period: 'week', alpha: 0.05 });
  const p = track.period;

  it('plans 3/5 of the week so far, the whole week for the target', () => {
    expect(p.elapsed_days).toBe(3);
    expect(p.planned.dials).toBeCloseTo(106, 9);
    expect(p.planned.meetings).toBeCloseTo(9, 9);
    expect(p.planned_period.meetings).toBeCloseTo(15, 9);
    expect(p.gap.effort).toBeCloseTo(26 * (9 / 106), 9);
    expect(p.gap.conversion).toBeCloseTo(80 * (9 / 106) - 7, 9);
  });

  it('the chance to reach 15: 8 more meetings from round(80/3 × 2) = 53 dials at the rate updated on 7/80 — 10.8 %', () => {
    expect(p.pace_dials_per_day).toBeCloseTo(80 / 3, 12);
    expect(p.remaining_dials).toBe(53);
    const expected = 1 - betaBinomialCdfByIntegration(7, 53, A + 7, B + 73);
    expect(p.p_reach_target).toBeCloseTo(expected, 6);
    expect(p.p_reach_target).toBeCloseTo(0.1076, 4); // scipy: 1 - betabinom.cdf(7, 53, a, b)
    expect(p.status).toBe('behind'); // 10.8 % < 25 %
  });

  it('a target already met is a certainty, and ahead', () => {
    const done = buildTrack({ plan, rows: [week({ dials: 120, reached: 50, meetings: 15 }, { week: '2026-W47' })], asOf: dayNumber(2026, 11, 18), period: 'week', alpha: 0.05 });
    expect(done.period.p_reach_target).toBe(1);
    expect(done.period.status).toBe('ahead');
  });
});

describe('track: what it refuses', () => {
  it('says when the actuals end before the current period, with the --as-of that tracks them', () => {
    expect(() => buildTrack({ plan, rows: [week({ dials: 1, reached: 1, meetings: 0 }, { week: '2026-W40' })], asOf: dayNumber(2026, 11, 30), period: 'week', alpha: 0.05 }))
      .toThrow(expect.objectContaining({
        message: 'the actuals end in 2026-W40, before the current week 2026-W49 of --as-of 2026-11-30: every number would be a shortfall',
        hint: 'to track the latest week of the actuals, add --as-of 2026-10-02',
      }));
  });

  it('refuses a week label it cannot place in the calendar', () => {
    expect(() => buildTrack({ plan, rows: [week({ dials: 1, reached: 1, meetings: 0 }, { week: 'Week 3' })], asOf: dayNumber(2026, 11, 30), period: 'week', alpha: 0.05 }))
      .toThrow('test.csv:2: week "Week 3" is not an ISO week, so track cannot place it in the calendar');
  });

  it('refuses rows without a rep against a plan per rep', () => {
    const perRep = { ...plan, reps: new Map([['Anna', plan.team]]) };
    expect(() => buildTrack({ plan: perRep, rows: [week({ dials: 1, reached: 1, meetings: 0 }, { week: '2026-W47' })], asOf: dayNumber(2026, 11, 20), period: 'week', alpha: 0.05 }))
      .toThrow(expect.objectContaining({
        message: 'test.csv:2: a row without a rep, but plan.json plans each rep',
        hint: 'fill in the rep of every row of the actuals, or track them against a team plan (funnel plan without --by rep)',
      }));
  });

  it('leaves out weeks after --as-of, and says so', () => {
    const t = buildTrack({
      plan, asOf: dayNumber(2026, 11, 20), period: 'week', alpha: 0.05,
      rows: [week({ dials: 150, reached: 50, meetings: 12 }, { week: '2026-W47' }), week({ dials: 10, reached: 5, meetings: 1 }, { week: '2026-W48' })],
    });
    expect(t.weeks.map((w) => w.week)).toEqual(['2026-W47']);
    expect(t.warnings[0]).toBe('2026-W48 starts after --as-of 2026-11-20: left out');
  });
});
