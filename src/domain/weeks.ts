/**
 * Week labels as people write them, normalised to ISO 8601 weeks ("2026-W05") where the label
 * says which week it is: ISO weeks ("2026-W5", "W05 2026", "KW 5/2026") and dates (the ISO week
 * containing the date). Anything else ("45", "Week 45", "Sprint 3") is kept as written.
 */

/** `yearless`: a week number without a year ("Wk 5"), kept as written. */
import { dateText, fullYear, namedMonthDate } from './date-words.js';
import { bareWeekNumber, weekNumberLabel } from './week-numbers.js';
import { orderByWeekday, type SlashDate } from './weekday-evidence.js';

export type WeekResult = { ok: true; week: string; yearless?: true } | { ok: false; message: string; hint: string };

export interface ResolvedWeeks {
  results: WeekResult[];
  /** Said once per file when a guess was needed (day/month order of slash dates). */
  notice?: string;
}

const DAY_MS = 86_400_000;

/**
 * Years a week or a call may plausibly fall in (as Excel serial dates are read below): earlier or later
 * ones are empty dates (0001-01-01, 1899-12-30), two-digit slips (0050) or typos, never activity.
 */
export const PLAUSIBLE_YEARS = { min: 1970, max: 2099 } as const;

function implausibleYear(label: string, year: number): Extract<WeekResult, { ok: false }> {
  return { ok: false, message: `"${label}" is in the year ${year}, outside ${PLAUSIBLE_YEARS.min}–${PLAUSIBLE_YEARS.max}`, hint: 'check the year: an empty date exported as 0001-01-01 or 1899-12-30 is no week' };
}

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

// A time after the date changes nothing: the date as written is the writer's own (so an offset is ignored).
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:Z|\s?[+-]\d{2}:?\d{2})?)?`;
// An ISO week date ("2026-W05-1", Monday) is its week.
const ISO_WEEK = /^(\d{4})\s*-?\s*W\s*(\d{1,2})(?:-[1-7])?$/i;
// "KW05/26": a two-digit year only after "/" or "'" ("Week 12-13" is two weeks, not 2013).
const WEEK_YEAR = /^(?:W|Wk|Week|KW|Woche|Wo)\.?\s*(\d{1,2})\s*(?:[-/,.' ]\s*(\d{4})|[/']\s*(\d{2}))$/i;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
// Two-digit years (dd.mm.yy, Excel's short German/Dutch format) are read as 20yy.
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/**
 * YEAR_LAST.exec, only for a text that starts as it must (one or two digits, then "-", "/" or "."): an
 * ISO week label never does, and the expression costs a start 0.2 ms to compile.
 */
function yearLast(text: string): RegExpExecArray | null {
  const sep = text[isDigit(text.charCodeAt(1)) ? 2 : 1];
  return isDigit(text.charCodeAt(0)) && (sep === '-' || sep === '/' || sep === '.') ? YEAR_LAST.exec(text) : null;
}
function weekResult(label: string, year: number, week: number): WeekResult {
  if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max) return implausibleYear(label, year);
  if (week >= 1 && week <= isoWeeksInYear(year)) return { ok: true, week: formatIsoWeek(year, week) };
  return { ok: false, message: `"${label}" is not a week of ${year} (it has ${isoWeeksInYear(year)} ISO weeks)`, hint: 'check the week number' };
}

/** The ISO week of a calendar date (one readDate accepted, so a real date). */
function dateResult(d: Ymd): WeekResult {
  const w = isoWeekOf(d.year, d.month, d.day);
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
  const slashDates: SlashDate[] = [];
  for (const label of labels) {
    const parts = splitRange(label) ?? [label];
    const dates = parts.map((p) => yearLast(dateText(p)));
    for (const [i, m] of dates.entries()) {
      if (!m) continue;
      const [a, b] = [Number(m[1]), Number(m[3])];
      slashDates.push({ a, b, year: fullYear(m[4] ?? '') });
      if (a > 12 && b <= 12) dayFirst = true;
      else if (b > 12 && a <= 12) monthFirst = true;
      else if (m[2] === '/' && a !== b) guessed ??= parts[i];
    }
    // A range is a week under one reading only ("2/2/2026 - 2/8/2026" is 7 days month-first, 182 day-first).
    const [from, to] = dates;
    if (from && to) {
      const span = (o: Order) => {
        const ymd = (m: RegExpExecArray) => (o === 'day-first' ? [m[3], m[1]] : [m[1], m[3]]).map(Number) as [number, number];
        const [[fm, fd], [tm, td]] = [ymd(from), ymd(to)];
        return (Date.UTC(fullYear(to[4] ?? ''), tm - 1, td) - Date.UTC(fullYear(from[4] ?? ''), fm - 1, fd)) / DAY_MS + 1;
      };
      const week = (o: Order) => span(o) >= 1 && span(o) <= 7;
      if (week('day-first') && !week('month-first')) dayFirst = true;
      else if (week('month-first') && !week('day-first')) monthFirst = true;
    }
  }
  if (!dayFirst && !monthFirst && guessed !== undefined) {
    const byWeekday = orderByWeekday(slashDates);
    if (byWeekday) return { order: byWeekday, conflict: false, guessed: undefined };
  }
  return { order: monthFirst && !dayFirst ? 'month-first' : 'day-first', conflict: dayFirst && monthFirst, guessed: dayFirst || monthFirst ? undefined : guessed };
}

type Ymd = { year: number; month: number; day: number };

/**
 * The time after a date is ignored, but an impossible one (25:00, +99:99) says the cell is not what it
 * seems: "time of day" or "UTC offset" when so, else undefined. Only called on text TIME matched.
 */
function impossibleClock(text: string): string | undefined {
  const time = /[T ](\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
  if (!time) return undefined;
  if (Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59) return 'time of day';
  const offset = /[+-](\d{2}):?(\d{2})$/.exec(text.slice(time.index + time[0].length));
  return offset && (Number(offset[2]) > 59 || Number(offset[1]) * 60 + Number(offset[2]) > 14 * 60) ? 'UTC offset' : undefined;
}

/** A label's calendar date, an error, or undefined when the label is not a date. */
function readDate(label: string, order: Order, conflict: boolean): Ymd | Extract<WeekResult, { ok: false }> | undefined {
  const text = dateText(label);
  const m = YEAR_FIRST.exec(text);
  const ymd = (year: number, month: number, day: number) =>
    year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max ? implausibleYear(label, year)
    : isDate(year, month, day) ? { year, month, day } : { ok: false as const, message: `"${label}" is not a valid date`, hint: 'write dates as 2026-02-02 (year-month-day)' };
  const clock = (m ?? yearLast(text)) && impossibleClock(text);
  if (clock) return { ok: false, message: `"${label}" has an impossible ${clock}`, hint: 'times run from 00:00 to 23:59, UTC offsets from -12:00 to +14:00; or give the date alone' };
  if (m) return ymd(Number(m[1]), Number(m[3]), Number(m[4]));
  const named = namedMonthDate(text);
  if (named) return ymd(named.year, named.month, named.day);
  const y = yearLast(text);
  if (y) {
    const [a, b, year] = [Number(y[1]), Number(y[3]), fullYear(y[4] ?? '')];
    if (conflict && a <= 12 && b <= 12 && a !== b) {
      return { ok: false, message: `"${label}" could be day/month or month/day, and this column has dates of both kinds`, hint: 'write all dates one way, best as 2026-02-02 (year-month-day)' };
    }
    return order === 'day-first' ? ymd(year, b, a) : ymd(year, a, b);
  }
  return excelSerialDate(text);
}

/** "2026-02-02 - 2026-02-08", "2.2.2026 – 8.2.2026", "02/02/2026 to 08/02/2026": a hyphen needs spaces around it. */
// \u2013 and \u2014 are the en and em dash (escaped: the bundle stays ASCII, see test/e2e/bundles.e2e.test.ts).
const RANGE = /^(.+?)(?:\s+[-\u2013\u2014]\s+|\s*[\u2013\u2014]\s*|\s+(?:to|bis|tot|t\/m|until)\s+)(.+)$/i;

// Every separator of RANGE holds a blank or a dash: a label with neither is no range (and skips compiling RANGE).
const RANGE_MARK = /[\s\u2013\u2014]/;

function splitRange(label: string): [string, string] | undefined {
  const m = RANGE_MARK.test(label) ? RANGE.exec(label) : null;
  return m?.[1] && m[2] ? [m[1], m[2]] : undefined;
}

/**
 * A date range is the week it covers: the ISO week of its middle day, so a Sunday-to-Saturday
 * week counts as the Monday week holding six of its days. Ranges longer than a week are refused.
 */
function rangeResult(label: string, from: Ymd, to: Ymd): WeekResult {
  const start = Date.UTC(from.year, from.month - 1, from.day);
  const days = (Date.UTC(to.year, to.month - 1, to.day) - start) / DAY_MS + 1;
  if (days < 1 || days > 7) {
    return { ok: false, message: `"${label}" is ${days < 1 ? 'a range that ends before it starts' : `a range of ${days} days`}, not one week`, hint: 'give each row one week: its Monday\'s date or an ISO week such as 2026-W05' };
  }
  const middle = new Date(start + Math.floor((days - 1) / 2) * DAY_MS);
  return dateResult({ year: middle.getUTCFullYear(), month: middle.getUTCMonth() + 1, day: middle.getUTCDate() });
}

/**
 * The start of a range that leaves its year to the end ("02.02. - 08.02.2026", "29/12 - 04/01/2027",
 * "2 Feb - 8 Feb 2026"): the end's year, or the year before when that would start after the end.
 */
function startWithoutYear(start: string, end: Ymd, order: Order, conflict: boolean): Ymd | undefined {
  const t = start.trim();
  const sep = t.endsWith('.') ? '' : /\d[./-]\d/.test(t) ? (/[./-]/.exec(t)?.[0] ?? ' ') : ' ';
  const withYear = (year: number) => readDate(`${t}${sep}${year}`, order, conflict);
  const same = withYear(end.year);
  if (!same || 'ok' in same) return undefined;
  const after = same.month > end.month || (same.month === end.month && same.day > end.day);
  const first = after ? withYear(end.year - 1) : same;
  return first && !('ok' in first) ? first : undefined;
}

/** What the header and the columns beside say about a week column. */
export interface WeekColumn {
  /** The header says its dates start their weeks ("Week commencing", "W/C") or end them ("Week ending"). */
  anchor?: 'start' | 'end' | null;
  /** Per label, the cell of a year column beside a week-number column. */
  years?: readonly (string | undefined)[];
}

/**
 * A Sunday that starts a week (US weeks run Sunday to Saturday) belongs to the ISO week of the Monday
 * after it; any other date, and a Sunday that ends a week, to the ISO week that contains it.
 */
function anchored(d: Ymd, anchor: WeekColumn['anchor']): Ymd {
  if (anchor !== 'start' || new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() !== 0) return d;
  const monday = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() };
}

const isSunday = (d: Ymd) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() === 0;

/** One label, given what the column says about day/month order. */
function resolveLabel(label: string, order: Order, conflict: boolean, anchor: WeekColumn['anchor'] = null, yearCell?: string): WeekResult {
  const iso = ISO_WEEK.exec(label);
  if (iso) return weekResult(label, Number(iso[1]), Number(iso[2]));
  const wy = WEEK_YEAR.exec(label);
  if (wy) return weekResult(label, wy[2] ? Number(wy[2]) : fullYear(wy[3] ?? ''), Number(wy[1]));
  const numbered = weekNumberLabel(label) ?? (yearCell !== undefined ? mapBare(label) : undefined);
  if (numbered) {
    const year = numbered.year ?? (yearCell !== undefined && /^\d{4}$/.test(yearCell.trim()) ? Number(yearCell.trim()) : null);
    if (year !== null) return weekResult(label, year, numbered.week);
    if (yearCell !== undefined) return { ok: false, message: `"${label}" is a week number, and the year beside it ("${yearCell.trim()}") is not a year`, hint: 'write the year as four digits, e.g. 2026' };
    return { ok: true, week: label, yearless: true };
  }
  const date = readDate(label, order, conflict);
  if (date && !('ok' in date)) return dateResult(anchored(date, anchor));
  if (date) return date;
  const range = splitRange(label);
  if (range) {
    const to = readDate(range[1], order, conflict);
    const from = readDate(range[0], order, conflict) ?? (to && !('ok' in to) ? startWithoutYear(range[0], to, order, conflict) : undefined);
    if (from && to) {
      if ('ok' in from) return from;
      if ('ok' in to) return to;
      return rangeResult(label, from, to);
    }
  }
  return { ok: true, week: label };
}

/**
 * No week label, date or range is longer. A longer cell is refused before any pattern sees it: the
 * patterns above backtrack over runs of spaces, and a 100,000-character cell took seconds.
 */
export const MAX_WEEK_LABEL = 100;

function tooLong(label: string): WeekResult {
  return { ok: false, message: `${label.length} characters are too long for a week label (at most ${MAX_WEEK_LABEL})`, hint: 'give each row one week: its Monday\'s date or an ISO week such as 2026-W05' };
}

/** Resolves a whole week column at once, because the day/month order is a property of the column. */
export function resolveWeekLabels(labels: readonly string[], column: WeekColumn = {}): ResolvedWeeks {
  const trimmed = labels.map((l) => l.trim());
  const { order, conflict, guessed } = columnOrder(trimmed.filter((l) => l.length <= MAX_WEEK_LABEL));
  const results = trimmed.map((label, i) => (label.length > MAX_WEEK_LABEL ? tooLong(label) : resolveLabel(label, order, conflict, column.anchor, column.years?.[i])));
  const notices: string[] = [];
  if (guessed) notices.push(`dates such as "${guessed}" were read as day/month (no date in the column shows the order); write them as year-month-day if they are month/day`);
  const yearless = trimmed.find((_, i) => { const r = results[i]; return r?.ok === true && r.yearless === true; });
  if (yearless !== undefined) notices.push(`weeks such as "${yearless}" name no year, so they are kept as written; write them as 2026-W05, or add a Year column beside them`);
  const sunday = column.anchor === 'start' ? trimmed.find((label) => { const d = readDate(label, order, conflict); return d !== undefined && !('ok' in d) && isSunday(d); }) : undefined;
  if (sunday !== undefined) notices.push(`week start dates such as "${sunday}" are Sundays (weeks from Sunday to Saturday): each is read as the ISO week of the Monday after it`);
  return notices.length ? { results, notice: notices.join('; ') } : { results };
}

function mapBare(label: string): { week: number; year: null } | undefined {
  const week = bareWeekNumber(label);
  return week === undefined ? undefined : { week, year: null };
}
