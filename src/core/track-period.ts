import { UsageError } from '../errors.js';

/**
 * The calendar of `funnel track`: which period is current, its working days, how many have passed,
 * and how much of each ISO week falls in it. Dates are day numbers (days since 1970-01-01, UTC),
 * so no time zone or daylight-saving change can move a day.
 *
 * Working days are the first D days of each ISO week from Monday, D = the plan's days per week
 * rounded (5: Monday to Friday). A month holds its own working days; an ISO week that straddles two
 * months is split between them by its working days (W48 of 2026, Mon 23 Nov to Sun 29 Nov, is all
 * November; W49, Mon 30 Nov to Fri 4 Dec, is 1/5 November and 4/5 December).
 */

export type PeriodKind = 'week' | 'month';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: number): number {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

/** --as-of YYYY-MM-DD → a day number; anything else (or an impossible date) is a usage error. */
export function parseDate(raw: string, flag = '--as-of'): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  const hint = `write the date as YYYY-MM-DD, e.g. ${flag} 2026-11-18`;
  if (!m) throw new UsageError(`${flag} must be a date as YYYY-MM-DD, got "${raw}"`, hint);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = dayNumber(y, mo, d);
  if (y < 1900 || isoDate(day) !== `${m[1]}-${m[2]}-${m[3]}`) throw new UsageError(`${flag} "${raw}" is not a date in the calendar`, hint);
  return day;
}

/** The Monday of an ISO week "2026-W47" (week 1 holds 4 January), or null for any other label. */
export function mondayOfIsoWeek(label: string): number | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!m) return null;
  const jan4 = dayNumber(Number(m[1]), 1, 4);
  return jan4 - weekdayIndex(jan4) + (Number(m[2]) - 1) * 7;
}

/** The ISO week label of a day. */
export function isoWeekLabel(day: number): string {
  const thursday = day - weekdayIndex(day) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export interface Period {
  kind: PeriodKind;
  /** "2026-W47" or "2026-11". */
  label: string;
  /** First and last calendar day (ISO dates). */
  start: string;
  end: string;
  /** Working days in the period, and how many of them are done by the as-of date (which counts as done). */
  working_days: number;
  elapsed_days: number;
  /** How a reader says the deadline: "Friday" or "30 November". */
  deadline: string;
}

/** A calendar that knows the working days of a week. */
export class WorkingCalendar {
  constructor(readonly daysPerWeek: number) {}

  isWorking(day: number): boolean {
    return weekdayIndex(day) < this.daysPerWeek;
  }

  workingDays(from: number, to: number): number[] {
    const days: number[] = [];
    for (let d = from; d <= to; d++) if (this.isWorking(d)) days.push(d);
    return days;
  }

  /** The week or month around asOf, with working days counted through asOf. */
  period(kind: PeriodKind, asOf: number): Period & { from: number; to: number } {
    let from: number, to: number, label: string;
    if (kind === 'week') {
      from = asOf - weekdayIndex(asOf);
      to = from + 6;
      label = isoWeekLabel(asOf);
    } else {
      const d = new Date(asOf * DAY_MS);
      const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
      from = dayNumber(y, m, 1);
      to = dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1;
      label = isoDate(from).slice(0, 7);
    }
    const days = this.workingDays(from, to);
    const last = days[days.length - 1] ?? to;
    const deadline = kind === 'week' ? WEEKDAYS[weekdayIndex(last)]! : `${new Date(last * DAY_MS).getUTCDate()} ${MONTHS[new Date(last * DAY_MS).getUTCMonth()]}`;
    return {
      kind, label, start: isoDate(from), end: isoDate(to), from, to,
      working_days: days.length, elapsed_days: days.filter((d) => d <= asOf).length, deadline,
    };
  }

  /**
   * The share of an ISO week's activity that belongs to [from, to], counting only days through asOf
   * (a week's row holds what was done so far): working days of the week in the period and done, over
   * working days of the week done. 0 for a week not yet begun.
   */
  weekShare(monday: number, from: number, to: number, asOf: number): number {
    const done = this.workingDays(monday, Math.min(monday + 6, asOf));
    if (done.length === 0) return 0;
    return done.filter((d) => d >= from && d <= to).length / done.length;
  }
}
