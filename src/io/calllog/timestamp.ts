/**
 * Call timestamps as exports write them, turned into the local day (in the report's time zone) the call
 * was made on. A timestamp with an offset, `Z` or Unix time is an instant and is converted into the zone;
 * one without (`2026-01-05 09:12`) is already wall-clock time and is taken as written.
 */
import { PLAUSIBLE_YEARS } from '../../domain/weeks.js';
import { MS_PER_DAY, daysFromCivil, isValidDate } from './time.js';
import type { ZoneOffsets } from './zone.js';

// Salesforce's US reports put a comma between date and time: "2/2/2026, 9:05 AM".
const TIME = String.raw`(?:(?:T|,?\s)\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);
const UNIX = /^(\d{9,13})(?:\.(\d+))?$/;
/** No timestamp is longer; TIME's runs of `\s*` backtrack quadratically over a long run of spaces. */
export const MAX_TIMESTAMP_TEXT = 64;

/**
 * What a `d/m/yyyy` or `m/d/yyyy` timestamp says about the log's order: a first part over 12 proves
 * day-first, a second part over 12 month-first; both 12 or less (and different) is ambiguous.
 */
export type SlashOrder = 'day-first' | 'month-first' | 'ambiguous';

export function slashOrder(text: string): SlashOrder | undefined {
  if (text.length > MAX_TIMESTAMP_TEXT) return undefined;
  const m = YEAR_LAST.exec(text.trim());
  if (!m || m[2] !== '/') return undefined;
  const [a, b] = [Number(m[1]), Number(m[3])];
  return a > 12 ? 'day-first' : b > 12 ? 'month-first' : a !== b ? 'ambiguous' : undefined;
}

/**
 * The local day number of a timestamp, or null when it is not a date we understand. `monthFirst`: the
 * log's slash dates were proven m/d/yyyy, so an ambiguous 02/03/2026 is February 3.
 */
export function parseTimestamp(text: string, zone: ZoneOffsets, monthFirst = false): number | null {
  if (text.length > MAX_TIMESTAMP_TEXT) return null;
  const t = text.trim();
  const unix = UNIX.exec(t);
  if (unix) return unixDay(unix[1]!, unix[2], zone);
  let m = YEAR_FIRST.exec(t);
  if (m) return fromParts(Number(m[1]), Number(m[3]), Number(m[4]), m.slice(5), zone);
  m = YEAR_LAST.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Day first (European) unless month-first is proven for the log or the only reading (2/13/2026).
    const [day, month] = m[2] === '/' && a <= 12 && (b > 12 || monthFirst) ? [b, a] : [a, b];
    return fromParts(Number(m[4]), month, day, m.slice(5), zone);
  }
  return null;
}

/** Calls before 1970 or after 2099 are empty dates (.NET's 0001-01-01, Excel's 1899-12-30) or typos. */
export const plausibleYear = (year: number) => year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max;
const PLAUSIBLE_MS = { min: Date.UTC(PLAUSIBLE_YEARS.min, 0, 1), max: Date.UTC(PLAUSIBLE_YEARS.max + 1, 0, 1) };
export const plausibleInstant = (ms: number) => ms >= PLAUSIBLE_MS.min && ms < PLAUSIBLE_MS.max;

/** UTC offsets in use run from −12:00 to +14:00; minutes past 59 are no offset at all. */
export const plausibleOffset = (hours: number, minutes: number) => minutes <= 59 && hours * 60 + minutes <= 14 * 60;

function unixDay(digits: string, fraction: string | undefined, zone: ZoneOffsets): number | null {
  // 9–10 digits are seconds (2001–2286), 12–13 are milliseconds; anything else is ambiguous.
  let ms: number;
  if (digits.length <= 10) ms = Number(digits) * 1000 + (fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0);
  else if (digits.length >= 12 && fraction === undefined) ms = Number(digits);
  else return null;
  if (!plausibleInstant(ms)) return null;
  return Math.floor((ms + zone.offsetAt(ms)) / MS_PER_DAY);
}

function fromParts(
  year: number, month: number, day: number, time: (string | undefined)[], zone: ZoneOffsets,
): number | null {
  if (!isValidDate(year, month, day) || !plausibleYear(year)) return null;
  const [hh, mm, ss, ampm, offset] = time;
  let hour = hh === undefined ? 0 : Number(hh);
  const minute = mm === undefined ? 0 : Number(mm);
  const second = ss === undefined ? 0 : Number(ss);
  if (ampm !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const days = daysFromCivil(year, month, day);
  if (offset === undefined) return days;
  const minutes = offsetMinutes(offset);
  return minutes === null ? null : instantDay(days, hour, minute, second, minutes, zone);
}

/** The local day of an instant given as UTC-offset wall-clock parts. Shared with the byte scanner. */
export function instantDay(
  days: number, hour: number, minute: number, second: number, offsetMin: number, zone: ZoneOffsets,
): number {
  const ms = days * MS_PER_DAY + ((hour * 60 + minute - offsetMin) * 60 + second) * 1000;
  return Math.floor((ms + zone.offsetAt(ms)) / MS_PER_DAY);
}

function offsetMinutes(offset: string): number | null {
  if (/^(Z|UTC|GMT)$/.test(offset)) return 0;
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || '0')];
  return plausibleOffset(hours, minutes) ? sign * (hours * 60 + minutes) : null;
}

/**
 * Why a timestamp parseTimestamp refused is not a call's time, in words: an implausible year, an
 * impossible time of day or UTC offset, or a shape we do not read at all.
 */
export function timestampProblem(text: string): { message: string; hint: string } {
  const t = text.trim();
  const shown = t.length > 40 ? `${t.slice(0, 40)}…` : t; // the message quotes it; a 10 MB cell stays out
  const unix = t.length > MAX_TIMESTAMP_TEXT ? null : UNIX.exec(t);
  if (unix && unix[1]!.length !== 11) {
    const year = new Date(Number(unix[1]) * (unix[1]!.length <= 10 ? 1000 : 1)).getUTCFullYear();
    if (!plausibleYear(year)) return { message: `"${shown}" is Unix time in the year ${year}, not a plausible call date (${PLAUSIBLE_YEARS.min}–${PLAUSIBLE_YEARS.max})`, hint: 'Unix time counts seconds (10 digits) or milliseconds (13 digits) since 1970' };
  }
  const m = t.length > MAX_TIMESTAMP_TEXT ? null : (YEAR_FIRST.exec(t) ?? YEAR_LAST.exec(t));
  if (m) {
    const year = Number(YEAR_FIRST.test(t) ? m[1] : m[4]);
    const [hh, mm, ss, , offset] = m.slice(5);
    if (!plausibleYear(year)) {
      return { message: `"${shown}" is in the year ${year}, not a plausible call date (${PLAUSIBLE_YEARS.min}–${PLAUSIBLE_YEARS.max})`, hint: 'an empty date exported as 0001-01-01 or 1899-12-30 is no call time: fix or remove the row, or pass --skip-bad-rows' };
    }
    if (Number(hh ?? 0) > 23 || Number(mm ?? 0) > 59 || Number(ss ?? 0) > 59) {
      return { message: `"${shown}" has an impossible time of day`, hint: 'times run from 00:00:00 to 23:59:59' };
    }
    if (offset !== undefined && offsetMinutes(offset) === null) {
      return { message: `"${shown}" has an impossible UTC offset (${offset})`, hint: 'offsets run from -12:00 to +14:00, e.g. +01:00' };
    }
  }
  return { message: `"${shown}" is not a date or time`, hint: 'use ISO 8601 (2026-01-05T09:30:00Z), yyyy-mm-dd hh:mm:ss, dd-mm-yyyy hh:mm or Unix time' };
}
