import { describe, expect, it } from 'vitest';
import { WorkingCalendar, dayNumber, isoDate, isoWeekLabel, mondayOfIsoWeek, parseDate } from '../../../src/core/track-period.js';
import { buildTrack } from '../../../src/core/track.js';
import { week } from '../../helpers.js';
import { referencePlan } from './reference.js';

describe('the calendar of track', () => {
  it('finds the Monday of ISO weeks, also week 53 and week 1 starting in December', () => {
    expect(isoDate(mondayOfIsoWeek('2026-W01')!)).toBe('2025-12-29');
    expect(isoDate(mondayOfIsoWeek('2026-W48')!)).toBe('2026-11-23');
    expect(isoDate(mondayOfIsoWeek('2020-W53')!)).toBe('2020-12-28');
    expect(mondayOfIsoWeek('Week 3')).toBeNull();
    for (let d = dayNumber(2019, 12, 20); d < dayNumber(2027, 1, 10); d += 1) {
      expect(mondayOfIsoWeek(isoWeekLabel(d))).toBe(d - ((new Date(d * 86_400_000).getUTCDay() + 6) % 7));
    }
  });

  it('reads --as-of strictly', () => {
    expect(isoDate(parseDate('2026-02-28'))).toBe('2026-02-28');
    expect(() => parseDate('2026-02-30')).toThrow(expect.objectContaining({ message: '--as-of "2026-02-30" is not a date in the calendar', hint: 'write the date as YYYY-MM-DD, e.g. --as-of 2026-11-18' }));
    expect(() => parseDate('18/11/2026')).toThrow('--as-of must be a date as YYYY-MM-DD, got "18/11/2026"');
  });

  it('splits a week that straddles two months by its working days', () => {
    const cal = new WorkingCalendar(5);
    const nov = cal.period('month', dayNumber(2026, 12, 31) - 31); // 30 Nov 2026
    expect([nov.label, nov.working_days, nov.elapsed_days, nov.deadline]).toEqual(['2026-11', 21, 21, '30 November']);
    const w49 = mondayOfIsoWeek('2026-W49')!; // Mon 30 Nov .. Fri 4 Dec
    const after = dayNumber(2026, 12, 6);
    expect(cal.weekShare(w49, nov.from, nov.to, after)).toBeCloseTo(1 / 5, 12);
    const dec = cal.period('month', after);
    expect(cal.weekShare(w49, dec.from, dec.to, after)).toBeCloseTo(4 / 5, 12);
    // Done through Monday only: all of what was done so far is November's.
    expect(cal.weekShare(w49, nov.from, nov.to, w49)).toBe(1);
  });

  it('six calling days a week count Saturday', () => {
    const cal = new WorkingCalendar(6);
    expect(cal.period('week', dayNumber(2026, 11, 18)).working_days).toBe(6);
    expect(cal.period('week', dayNumber(2026, 11, 18)).deadline).toBe('Saturday');
  });
});

describe('track --period month', () => {
  const { plan } = referencePlan(); // 15 meetings and 176.67 dials a week of 5 days: 3 meetings a working day
  it('plans the month by its working days and takes a straddling week in proportion', () => {
    const rows = [
      week({ dials: 150, reached: 50, meetings: 15 }, { week: '2026-W44' }),
      week({ dials: 170, reached: 60, meetings: 14 }, { week: '2026-W45' }),
    ];
    // W44 2026 is Mon 26 Oct .. Sun 1 Nov: all five working days in October.
    const t = buildTrack({ plan, rows, asOf: dayNumber(2026, 11, 6), period: 'month', alpha: 0.05 });
    const p = t.period;
    expect([p.label, p.working_days, p.elapsed_days]).toEqual(['2026-11', 21, 5]);
    expect(p.planned_period.meetings).toBeCloseTo(3 * 21, 9);
    expect(p.planned.meetings).toBeCloseTo(15, 9);
    expect(p.actual.meetings).toBe(14);
    expect(p.target_meetings).toBe(63);
    // November's first week is W45 (Mon 2 Nov): the actuals have it; nothing is missing.
    expect(t.warnings.filter((w) => w.includes('no rows'))).toEqual([]);
    const later = buildTrack({ plan, rows, asOf: dayNumber(2026, 11, 18), period: 'month', alpha: 0.05 });
    expect(later.warnings).toContain('the actuals have no rows for 2026-W46, 2026-W47 of month 2026-11: counted as no activity (add the file that holds them)');
    const dec = buildTrack({ plan, rows: [week({ dials: 150, reached: 50, meetings: 10 }, { week: '2026-W49' })], asOf: dayNumber(2026, 12, 4), period: 'month', alpha: 0.05 });
    // W49: Mon 30 Nov is November's; Tue 1 .. Fri 4 Dec are December's: 4/5 of the week's actuals.
    expect(dec.period.actual.meetings).toBeCloseTo(8, 12);
    expect(dec.period.actual.dials).toBeCloseTo(120, 12);
    expect(dec.period.elapsed_days).toBe(4);
  });
});
