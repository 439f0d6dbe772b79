import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyWhatIfs, perWeek, ratesFromCounts, ratesFromStages, repsNeeded, sensitivity, volumesFor } from '../../src/core/plan-model.js';
import { chooseTimeModel, dialsPerHour, hoursFor, type TimeModel } from '../../src/core/plan-time.js';
import { countsSource, historySource, ratesSource, referenceSource, selectHistory } from '../../src/core/plan-source.js';
import { DEFAULT_TIME_MODEL, REFERENCE_FUNNEL } from '../../src/domain/reference.js';
import { week } from '../helpers.js';

const reference = ratesFromCounts(REFERENCE_FUNNEL.counts);
const defaultTime: TimeModel = { kind: 'default', pace: 'per-outcome', minutesPerDial: 2, minutesPerConversation: 5 };
const twentyAnHour: TimeModel = { kind: 'flag', pace: 'per-dial', dialsPerHour: 20, measured: null };

describe('the reference check: 3 meetings a day on 9/38/106', () => {
  const day = volumesFor(3, reference, defaultTime);
  it('needs 35.333… dials and 12.666… conversations a day', () => {
    expect(day.dials).toBeCloseTo(3 / (9 / 106), 12);
    expect(day.dials).toBeCloseTo(35.3333333333, 9);
    expect(day.reached).toBeCloseTo(3 / (9 / 38), 12);
    expect(day.reached).toBeCloseTo(12.6666666667, 9);
  });
  it('and 176.67 dials, 63.33 conversations, 15 meetings a week of 5 days', () => {
    const week = perWeek(day, 5);
    expect(week.dials).toBeCloseTo(176.6666666667, 9);
    expect(week.reached).toBeCloseTo(63.3333333333, 9);
    expect(week.meetings).toBe(15);
  });
  it('takes (35.33 − 12.67) × 2 min + 12.67 × 5 min = 1.81 h under the default time model', () => {
    const expected = ((3 / (9 / 106) - 3 / (9 / 38)) * 2 + (3 / (9 / 38)) * 5) / 60;
    expect(day.hours).toBeCloseTo(expected, 12);
    expect(day.hours).toBeCloseTo(1.8111111111, 9);
  });
});

describe('time models', () => {
  it('the default model gives about 19.5 dials an hour on the reference reach rate, inside the published 17–22', () => {
    expect(dialsPerHour(defaultTime, reference)).toBeCloseTo(60 / ((68 / 106) * 2 + (38 / 106) * 5), 12);
    expect(dialsPerHour(defaultTime, reference)).toBeGreaterThan(17);
    expect(dialsPerHour(defaultTime, reference)).toBeLessThan(22);
  });
  it('the shipped defaults are the 2 and 5 minutes the comment justifies', () => {
    expect(DEFAULT_TIME_MODEL).toMatchObject({ minutesPerDial: 2, minutesPerConversation: 5 });
  });
  it('--dials-per-hour is a constant pace', () => {
    expect(hoursFor(twentyAnHour, 35, 12)).toBe(35 / 20);
  });
  it('a measured pace from the history: 106 dials in 5.3 h is 20 dials an hour', () => {
    const measured: TimeModel = { kind: 'history', pace: 'per-dial', dialsPerHour: 106 / 5.3, measured: { dials: 106, hours: 5.3 } };
    expect(volumesFor(3, reference, measured).hours).toBeCloseTo((3 / (9 / 106)) / (106 / 5.3), 12);
  });
});

describe('explicit rates --reach-rate 0.36 --meeting-rate 0.24', () => {
  it('need 3 ÷ (0.36 × 0.24) = 34.72 dials for 3 meetings', () => {
    const v = volumesFor(3, ratesFromStages(0.36, 0.24), twentyAnHour);
    expect(v.dials).toBeCloseTo(3 / (0.36 * 0.24), 12);
    expect(v.reached).toBeCloseTo(3 / 0.24, 12);
    expect(v.hours).toBeCloseTo(3 / (0.36 * 0.24) / 20, 12);
  });
});

describe('--what-if', () => {
  it('meetings/reached=0.30 keeps the reach rate: 3 ÷ (38/106 × 0.30) dials', () => {
    const r = applyWhatIfs(reference, [{ ratio: 'meetings/reached', value: 0.3 }]);
    expect(volumesFor(3, r, twentyAnHour).dials).toBeCloseTo(3 / ((38 / 106) * 0.3), 12);
  });
  it('reached/dials=0.5 keeps the meeting rate: 3 ÷ (0.5 × 9/38) dials', () => {
    const r = applyWhatIfs(reference, [{ ratio: 'reached/dials', value: 0.5 }]);
    expect(volumesFor(3, r, twentyAnHour).dials).toBeCloseTo(3 / (0.5 * (9 / 38)), 12);
  });
  it('meetings/dials=0.1 keeps the reach rate and moves the meeting rate to 0.1 ÷ (38/106)', () => {
    const r = applyWhatIfs(reference, [{ ratio: 'meetings/dials', value: 0.1 }]);
    expect(r.perDial).toBe(0.1);
    expect(r.meet).toBeCloseTo(0.1 / (38 / 106), 12);
  });
  it('applies several in order', () => {
    const r = applyWhatIfs(reference, [{ ratio: 'reached/dials', value: 0.5 }, { ratio: 'meetings/reached', value: 0.2 }]);
    expect(r.perDial).toBeCloseTo(0.1, 12);
  });
  it('refuses a meetings/dials above the reach rate', () => {
    expect(() => applyWhatIfs(reference, [{ ratio: 'meetings/dials', value: 0.5 }])).toThrow(
      '--what-if "meetings/dials=0.5" needs more meetings than conversations at a reach rate of 0.3585',
    );
  });
});

describe('capacity', () => {
  it('1.81 h of calling is 1.81 ÷ (8 × 0.39) = 58 % of one rep', () => {
    expect(repsNeeded(1.8111111111, { workdayHours: 8, sellingShare: 0.39 })).toBeCloseTo(1.8111111111 / 3.12, 9);
  });
});

describe('sensitivity: +10 % in each stage', () => {
  const rows = sensitivity(3, reference, defaultTime, 0.1);
  const base = 3 / (9 / 106);
  it('a better reach rate saves dials but not conversations', () => {
    const row = rows[0]!;
    expect(row.ratio).toBe('reached/dials');
    expect(row.to).toBeCloseTo((38 / 106) * 1.1, 12);
    expect(row.dials_saved_per_day).toBeCloseTo(base - base / 1.1, 9);
    // Same 12.67 conversations, fewer non-reaching dials at 2 min each.
    expect(row.hours_saved_per_day).toBeCloseTo(((base - base / 1.1) * 2) / 60, 9);
  });
  it('a better meeting rate saves the same dials and more hours, because it saves conversations too', () => {
    const row = rows[1]!;
    const reachedSaved = 3 / (9 / 38) - 3 / ((9 / 38) * 1.1);
    expect(row.dials_saved_per_day).toBeCloseTo(base - base / 1.1, 9);
    const dialsSaved = base - base / 1.1;
    expect(row.hours_saved_per_day).toBeCloseTo(((dialsSaved - reachedSaved) * 2 + reachedSaved * 5) / 60, 9);
    expect(row.hours_saved_per_day).toBeGreaterThan(rows[0]!.hours_saved_per_day);
  });
  it('holds a lifted rate at 100 %', () => {
    const [reach] = sensitivity(1, ratesFromStages(0.95, 0.5), defaultTime, 0.1);
    expect(reach).toMatchObject({ to: 1, capped: true });
  });
});

describe('choosing the time model', () => {
  const history = { dials: 106, hours: 5.3, talkSeconds: 60 * 106 };
  it('--dials-per-hour wins over everything', () => {
    expect(chooseTimeModel({ dialsPerHour: 25 }, history)).toEqual({ kind: 'flag', pace: 'per-dial', dialsPerHour: 25, measured: null });
  });
  it('a minutes flag wins over the history and keeps the other default', () => {
    expect(chooseTimeModel({ minutesPerConversation: 8 }, history)).toEqual({ kind: 'flag', pace: 'per-outcome', minutesPerDial: 2, minutesPerConversation: 8 });
  });
  it('then the pace measured from the hours column: 106 ÷ 5.3 = 20 dials/h', () => {
    expect(chooseTimeModel({}, history)).toEqual({ kind: 'history', pace: 'per-dial', dialsPerHour: 20, measured: { dials: 106, hours: 5.3 } });
  });
  it('then a call log\'s talk time plus (55 + 61) / 68 min of dialling and logging per dial', () => {
    // 1 min of talk a dial + 1.706 min = 2.706 min a dial = 22.17 dials an hour.
    const model = chooseTimeModel({}, { dials: 106, hours: null, talkSeconds: 60 * 106 });
    expect(model).toMatchObject({ kind: 'history', pace: 'per-dial', measured: { dials: 106, talk_seconds: 6360, overhead_minutes_per_dial: 116 / 68 } });
    expect(model.pace === 'per-dial' && model.dialsPerHour).toBeCloseTo(60 / (1 + 116 / 68), 12);
  });
  it('then the defaults, also when the history has neither hours nor talk time', () => {
    const expected = { kind: 'default', pace: 'per-outcome', minutesPerDial: 2, minutesPerConversation: 5 };
    expect(chooseTimeModel({}, { dials: 106, hours: null, talkSeconds: null })).toEqual(expected);
    expect(chooseTimeModel({}, { dials: 106, hours: 0, talkSeconds: 0 })).toEqual(expected);
    expect(chooseTimeModel({}, null)).toEqual(expected);
  });
});

describe('rate sources', () => {
  const team = [
    week({ dials: 100, reached: 30, meetings: 5, hours: 5 }, { week: '2026-W03', rep: 'Anna' }),
    week({ dials: 80, reached: 20, meetings: 2, hours: 4 }, { week: '2026-W01', rep: 'Ben' }),
    week({ dials: 90, reached: 40, meetings: 8, hours: 4 }, { week: '2026-W02', rep: 'Anna' }),
    week({ dials: 120, reached: 35, meetings: 4, hours: 6 }, { week: '2026-W03', rep: 'Ben' }),
  ];
  it('pools the whole history: (5+2+8+4)/(100+80+90+120) meetings per dial', () => {
    const h = selectHistory(team, {});
    expect(h).toMatchObject({ counts: { dials: 390, reached: 125, meetings: 19 }, hours: 19, weeks: ['2026-W01', '2026-W02', '2026-W03'] });
    const s = historySource(h, ['team.csv'], null);
    expect(s.rates.perDial).toBe(19 / 390);
    expect(s.label).toBe('the history: 19/125/390 over 3 weeks from team.csv');
  });
  it('--rep matches case-insensitively, --last keeps the last weeks in ISO order', () => {
    expect(selectHistory(team, { rep: 'anna' })).toMatchObject({ rep: 'Anna', counts: { dials: 190, reached: 70, meetings: 13 } });
    expect(selectHistory(team, { last: 1 })).toMatchObject({ weeks: ['2026-W03'], counts: { dials: 220, reached: 65, meetings: 9 } });
    expect(selectHistory(team, { rep: 'Ben', last: 1 })).toMatchObject({ counts: { dials: 120, reached: 35, meetings: 4 }, hours: 6 });
  });
  it('an unknown rep is an error that lists the reps', () => {
    expect(() => selectHistory(team, { rep: 'Carla' })).toThrow('no rep "Carla" in the history');
    try {
      selectHistory(team, { rep: 'Carla' });
    } catch (e) {
      expect((e as { hint?: string }).hint).toBe('reps found: Anna, Ben');
    }
  });
  it('--rep on a history without reps is an error', () => {
    expect(() => selectHistory([week({ dials: 10, reached: 5, meetings: 1 })], { rep: 'Anna' })).toThrow('--rep Anna: the history has no rep column');
  });
  it('zero meetings is an error, not Infinity', () => {
    const h = selectHistory([week({ dials: 50, reached: 10, meetings: 0 })], {});
    expect(() => historySource(h, ['x.csv'], null)).toThrow('the history has no meetings (0/10/50), so no number of dials is known to book one');
  });
  it('the reference funnel is 9/38/106 over one week', () => {
    expect(referenceSource()).toMatchObject({ kind: 'reference', weeks: 1, counts: { dials: 106, reached: 38, meetings: 9 } });
  });
  it('--ratios keeps its counts; --reach-rate/--meeting-rate have none', () => {
    expect(countsSource({ meetings: 9, reached: 38, dials: 106 })).toMatchObject({ kind: 'explicit', counts: { meetings: 9 }, weeks: null });
    expect(ratesSource(0.36, 0.24)).toMatchObject({ kind: 'explicit', counts: null, rates: { perDial: 0.36 * 0.24 } });
  });
});

describe('invariants of the back-solve (property-based)', () => {
  const funnel = fc
    .tuple(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0.001, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }))
    .map(([dials, a, b]) => {
      const reached = Math.max(1, Math.round(dials * a));
      return { dials, reached, meetings: Math.max(1, Math.round(reached * b)) };
    });
  it('dials ≥ conversations ≥ meetings; dials × meetings per dial = target; a week is days × a day', () => {
    fc.assert(
      fc.property(funnel, fc.double({ min: 0.1, max: 20, noNaN: true }), fc.integer({ min: 1, max: 7 }), (c, target, days) => {
        const day = volumesFor(target, ratesFromCounts(c), defaultTime);
        expect(day.dials).toBeGreaterThanOrEqual(day.reached - 1e-9);
        expect(day.reached).toBeGreaterThanOrEqual(day.meetings - 1e-9);
        expect(day.dials * (c.meetings / c.dials)).toBeCloseTo(target, 9);
        expect(perWeek(day, days).dials).toBeCloseTo(day.dials * days, 6);
      }),
    );
  });
  it('a lift in either stage never costs dials or hours', () => {
    fc.assert(
      fc.property(funnel, fc.double({ min: 0.1, max: 20, noNaN: true }), (c, target) => {
        for (const row of sensitivity(target, ratesFromCounts(c), defaultTime, 0.1)) {
          expect(row.dials_saved_per_day).toBeGreaterThanOrEqual(-1e-9);
          expect(row.hours_saved_per_day).toBeGreaterThanOrEqual(-1e-9);
        }
      }),
    );
  });
});
