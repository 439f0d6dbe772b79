import { describe, expect, it } from 'vitest';
import { weekNumberLabel } from '../../src/domain/week-numbers.js';
import { resolveWeekLabels } from '../../src/domain/weeks.js';

const weeks = (labels: string[], column: Parameters<typeof resolveWeekLabels>[1] = {}) =>
  resolveWeekLabels(labels, column).results.map((r) => (r.ok ? r.week : `error: ${r.message}`));

describe('week labels built from a week word and a number', () => {
  it.each([
    ['2026 week 5', { week: 5, year: 2026 }], ['Week 5 2026', { week: 5, year: 2026 }], ['Wk 5', { week: 5, year: null }], ['S06', { week: 6, year: null }],
    ['Semana 5', { week: 5, year: null }], ['Sett. 12', { week: 12, year: null }], ['KW 5', { week: 5, year: null }], ['Semaine n° 7 2026', { week: 7, year: 2026 }],
    ['week nr. 53', { week: 53, year: null }], ['2027-S01', { week: 1, year: 2027 }],
  ])('%s', (label, want) => expect(weekNumberLabel(label)).toEqual(want));

  it.each(['Sprint 3', 'Week 12-13', 'Q1 2026', '5', 'S', 'Week 54', 'Wk 0', 'TBC', 'n/a', '?', 'Semana', 'Anna 5', '2026'])('%s is no such week', (label) => {
    expect(weekNumberLabel(label)).toBeUndefined();
  });

  it('generated: every week word, before or after the year, any case and separator, becomes the ISO week', () => {
    const words = ['Week', 'Wk', 'W', 'KW', 'Woche', 'Semaine', 'Sem', 'Semana', 'Settimana', 'S'];
    const wrong: string[] = [];
    for (const w of words) for (const n of [1, 5, 10, 52]) for (const year of [2025, 2026]) {
      const nn = String(n).padStart(2, '0');
      const expected = `${year}-W${nn}`;
      for (const label of [`${w} ${n} ${year}`, `${year} ${w} ${n}`, `${w.toUpperCase()}${nn}/${year}`, `${w.toLowerCase()}.${n}, ${year}`, `${year}-${w}${nn}`]) {
        const got = weeks([label])[0];
        if (got !== expected) wrong.push(`${label} → ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('week columns: which week a date belongs to', () => {
  // 2026-02-01 is a Sunday; ISO week 5 of 2026 runs Monday 26 January to Sunday 1 February (1 January 2026 is a Thursday).
  it('a Sunday headed as a week start is the ISO week of the Monday after it; as a week ending, its own', () => {
    expect(weeks(['2026-02-01', '2026-02-08'], { anchor: 'start' })).toEqual(['2026-W06', '2026-W07']);
    expect(weeks(['2026-02-01', '2026-02-08'], { anchor: 'end' })).toEqual(['2026-W05', '2026-W06']);
    expect(weeks(['2026-02-01', '2026-02-08'])).toEqual(['2026-W05', '2026-W06']);
    // A Monday, or any weekday, is the week that contains it whatever the header says.
    expect(weeks(['2026-02-02', '2026-02-04'], { anchor: 'start' })).toEqual(['2026-W06', '2026-W06']);
    expect(resolveWeekLabels(['2026-02-01'], { anchor: 'start' }).notice).toBe('week start dates such as "2026-02-01" are Sundays (weeks from Sunday to Saturday): each is read as the ISO week of the Monday after it');
  });

  it('a Sunday start at the turn of the year moves to the next ISO year when its Monday is there', () => {
    // Sunday 28 December 2025 → Monday 29 December 2025, which is in 2026-W01.
    expect(weeks(['28/12/2025'], { anchor: 'start' })).toEqual(['2026-W01']);
  });

  it('a week-number column beside a year column', () => {
    expect(weeks(['5', '6', 'Wk 7', '52'], { years: ['2026', '2026', '2026', '2025'] })).toEqual(['2026-W05', '2026-W06', '2026-W07', '2025-W52']);
    expect(weeks(['5'], { years: ['26?'] })).toEqual(['error: "5" is a week number, and the year beside it ("26?") is not a year']);
    expect(weeks(['53'], { years: ['2025'] })).toEqual(['error: "53" is not a week of 2025 (it has 52 ISO weeks)']);
  });

  it('a week number without a year is kept as written, said once', () => {
    const r = resolveWeekLabels(['Wk 5', 'Wk 6']);
    expect(r.results).toEqual([{ ok: true, week: 'Wk 5', yearless: true }, { ok: true, week: 'Wk 6', yearless: true }]);
    expect(r.notice).toBe('weeks such as "Wk 5" name no year, so they are kept as written; write them as 2026-W05, or add a Year column beside them');
  });
});
