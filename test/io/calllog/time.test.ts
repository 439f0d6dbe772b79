import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, isoWeekOfDay, yearOfDay } from '../../../src/io/calllog/time.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** An independent ISO week: the week of the Thursday, counted with Date objects (the textbook method). */
function isoWeekByDate(days: number): string {
  const d = new Date(days * 86_400_000);
  const thursday = new Date(d);
  thursday.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.round((thursday.getTime() - Date.UTC(year, 0, 4)) / 86_400_000 / 7 - 3 / 7 + ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

describe('ISO weeks of days', () => {
  it.each([
    ['2024-12-30', '2025-W01'], // Monday of week 1 lies in the previous year
    ['2025-12-28', '2025-W52'],
    ['2025-12-29', '2026-W01'],
    ['2026-01-04', '2026-W01'],
    ['2026-01-05', '2026-W02'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'], // Sunday of week 53 lies in the next year
    ['2021-01-04', '2021-W01'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['1970-01-01', '1970-W01'],
    ['1969-12-29', '1970-W01'],
  ])('%s is in %s', (date, week) => expect(isoWeekOfDay(day(date))).toBe(week));

  it('agree with an independent Date-based computation (1900–2200)', () => {
    fc.assert(fc.property(fc.integer({ min: -25_567, max: 84_000 }), (d) => isoWeekOfDay(d) === isoWeekByDate(d)), { numRuns: 5000 });
  });

  it('daysFromCivil and yearOfDay agree with Date.UTC', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1800-01-01'), max: new Date('2400-01-01'), noInvalidDate: true }), (date) => {
      const d = Math.floor(date.getTime() / 86_400_000);
      const civil = new Date(d * 86_400_000);
      return daysFromCivil(civil.getUTCFullYear(), civil.getUTCMonth() + 1, civil.getUTCDate()) === d && yearOfDay(d) === civil.getUTCFullYear();
    }), { numRuns: 2000 });
  });
});
