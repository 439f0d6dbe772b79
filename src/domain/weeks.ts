/**
 * Week labels as people write them, normalised to ISO 8601 weeks ("2026-W05") where the label
 * says which week it is: ISO weeks ("2026-W5", "W05 2026", "KW 5/2026") and dates (the ISO week
 * containing the date). Anything else ("45", "Week 45", "Sprint 3") is kept as written.
 */

export type WeekResult = { ok: true; week: string } | { ok: false; message: string; hint: string };

export interface ResolvedWeeks {
  results: WeekResult[];
  /** Said once per file when a guess was needed (day/month order of slash dates). */
  notice?: string;
}

const DAY_MS = 86_400_000;

/** The ISO week (Monday-based; week 1 holds the year's first Thursday) of a calendar date. */
export function isoWeekOf(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS / 7) + 1;
  return { year: isoYear, week };
}

/** 52 or 53: December 28 always lies in the year's last ISO week. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(year, 12, 28).week;
}

export function formatIsoWeek(year: number, week: number): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function isDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?`;
const ISO_WEEK = /^(\d{4})\s*-?\s*W\s*(\d{1,2})$/i;
const WEEK_YEAR = /^(?:W|Wk|Week|KW|Woche|Wo)\.?\s*(\d{1,2})\s*[-/,.' ]\s*(\d{4})$/i;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
// Two-digit years (dd.mm.yy, Excel's short German/Dutch format) are read as 20yy.
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
// "2 Feb 2026", "2. Februar 2026", "2-feb-26", "Feb 2, 2026", "2 mrt. 2026".
const DAY_MONTH_NAME = /^(\d{1,2})\.?[\s-]*(\p{L}+)\.?[\s,-]*(\d{4}|\d{2})$/u;
const MONTH_NAME_DAY = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u;

/** Month names and abbreviations in English, Dutch and German, by their first three letters (accents removed). */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, maa: 3, mrt: 3, apr: 4, may: 5, mai: 5, mei: 5, jun: 6, jul: 7, aug: 8,
  sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, dez: 12,
};

function monthNumber(name: string): number | undefined {
  const key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // Three letters, or a full name that starts like one ("September", "Oktober", "maart").
  return key.length >= 3 ? MONTHS[key.slice(0, 3)] : undefined;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function namedMonthDate(label: string): { year: number; month: number; day: number } | undefined {
  const a = DAY_MONTH_NAME.exec(label);
  const b = a ? null : MONTH_NAME_DAY.exec(label);
  const [day, name, year] = a ? [a[1], a[2], a[3]] : b ? [b[2], b[1], b[3]] : [];
  const month = monthNumber(name ?? '');
  return month === undefined || !day || !year ? undefined : { year: fullYear(year), month, day: Number(day) };
}

function weekResult(label: string, year: number, week: number): WeekResult {
  if (week >= 1 && week <= isoWeeksInYear(year)) return { ok: true, week: formatIsoWeek(year, week) };
  return { ok: false, message: `"${label}" is not a week of ${year} (it has ${isoWeeksInYear(year)} ISO weeks)`, hint: 'check the week number' };
}

function dateResult(label: string, year: number, month: number, day: number): WeekResult {
  if (!isDate(year, month, day)) {
    return { ok: false, message: `"${label}" is not a valid date`, hint: 'write dates as 2026-02-02 (year-month-day)' };
  }
  const w = isoWeekOf(year, month, day);
  return { ok: true, week: formatIsoWeek(w.year, w.week) };
}

/**
 * Excel shows a date cell that lost its format as its serial number (46055 = 2026-02-02, days since
 * 1899-12-30). Five-digit numbers in 1970–2099 are read that way: plain week numbers never get there.
 */
const EXCEL_SERIAL = /^(\d{5})(?:\.\d+)?$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function excelSerialDate(label: string): { year: number; month: number; day: number } | undefined {
  const m = EXCEL_SERIAL.exec(label);
  const serial = Number(m?.[1]);
  if (!m || serial < 25569 || serial > 73050) return undefined;
  const date = new Date(EXCEL_EPOCH_MS + serial * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

type Order = 'day-first' | 'month-first';

/**
 * The day/month order of dd/mm/yyyy-style dates, decided for the whole column: a first part
 * over 12 proves day-first, a second part over 12 proves month-first. Without proof we read
 * day-first, as Dutch, German, Belgian and British exports write dates (and say so for "/").
 */
function columnOrder(labels: readonly string[]): { order: Order; conflict: boolean; guessed: string | undefined } {
  let dayFirst = false;
  let monthFirst = false;
  let guessed: string | undefined;
  for (const label of labels) {
    const m = YEAR_LAST.exec(label.trim());
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) monthFirst = true;
    else if (m[2] === '/' && a !== b) guessed ??= label.trim();
  }
  return { order: monthFirst && !dayFirst ? 'month-first' : 'day-first', conflict: dayFirst && monthFirst, guessed: dayFirst || monthFirst ? undefined : guessed };
}

/** Resolves a whole week column at once, because the day/month order is a property of the column. */
export function resolveWeekLabels(labels: readonly string[]): ResolvedWeeks {
  const { order, conflict, guessed } = columnOrder(labels);
  const results = labels.map((raw): WeekResult => {
    const label = raw.trim();
    let m = ISO_WEEK.exec(label) ?? WEEK_YEAR.exec(label);
    if (m) {
      const [year, week] = ISO_WEEK.test(label) ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
      return weekResult(label, year, week);
    }
    m = YEAR_FIRST.exec(label);
    if (m) return dateResult(label, Number(m[1]), Number(m[3]), Number(m[4]));
    const named = namedMonthDate(label);
    if (named) return dateResult(label, named.year, named.month, named.day);
    m = YEAR_LAST.exec(label);
    if (m) {
      const [a, b, year] = [Number(m[1]), Number(m[3]), fullYear(m[4] ?? '')];
      if (conflict && a <= 12 && b <= 12 && a !== b) {
        return { ok: false, message: `"${label}" could be day/month or month/day, and this column has dates of both kinds`, hint: 'write all dates one way, best as 2026-02-02 (year-month-day)' };
      }
      return order === 'day-first' ? dateResult(label, year, b, a) : dateResult(label, year, a, b);
    }
    const serial = excelSerialDate(label);
    if (serial) return dateResult(label, serial.year, serial.month, serial.day);
    return { ok: true, week: label };
  });
  const notice = guessed
    ? `dates such as "${guessed}" were read as day/month (no date in the column shows the order); write them as year-month-day if they are month/day`
    : undefined;
  return notice ? { results, notice } : { results };
}
