/**
 * Timestamps read straight from bytes, for the byte scanner: ISO 8601 (`2026-01-05T09:12:00Z`, with an
 * offset, or wall-clock `2026-01-05 09:12`), Unix seconds or milliseconds, and dates with the year last —
 * day-first `05-01-2026 09:12:00` and `05.01.2026`, slash dates `5/1/2026 9:12 AM` read day-first or
 * month-first as parseTimestamp reads them. Anything else (and anything it refuses: implausible years,
 * offsets beyond ±14:00) returns NO and the string parser decides, so the scanner never accepts what
 * parseTimestamp refuses.
 */
import { MS_PER_DAY, daysFromCivil, isValidDate } from './time.js';
import { instantDay, plausibleInstant, plausibleOffset, plausibleYear } from './timestamp.js';
import type { ZoneOffsets } from './zone.js';
import { NO, isDigit, oneOrTwo, pair } from './scan-numbers.js';

const DASH = 45, SLASH = 47, DOT = 46, COLON = 58, PLUS = 43, COMMA = 44, SPACE = 32, T = 84, Z = 90;

/** What a slash date says about the log's day/month order (see slashOrder); NONE for any other date. */
export const NONE = 0, DAY_FIRST = 1, MONTH_FIRST = 2, AMBIGUOUS = 3;
export const ORDER_NAMES = ['', 'day-first', 'month-first', 'ambiguous'] as const;

export class TimestampReader {
  /** The local day `at` read. */
  day = 0;
  /** The slash-date order of the timestamp `at` read (NONE unless `d/m/yyyy` or `m/d/yyyy`). */
  order = NONE;
  private lastDateKey = -1;
  private lastDays = 0;

  /**
   * `commaFraction`: a comma may start a fraction of a second (the delimiter is not a comma).
   * `monthFirst`: the log's ambiguous slash dates are month/day (proven by a first read).
   */
  constructor(private readonly zone: ZoneOffsets, private readonly commaFraction: boolean, private readonly monthFirst: boolean) {}

  /** Reads a timestamp starting at s: returns where it stopped, or NO. */
  at(buf: Uint8Array, s: number): number {
    this.order = NONE;
    const c1 = buf[s + 1], c2 = buf[s + 2];
    if (c1 === DASH || c1 === SLASH || c1 === DOT || c2 === DASH || c2 === SLASH || c2 === DOT) return this.yearLastAt(buf, s);
    return buf[s + 4] === DASH ? this.isoAt(buf, s) : this.unixAt(buf, s);
  }

  /**
   * Unix time as Aircall writes it: 9–10 digits are seconds, 12–13 milliseconds (as in parseTimestamp);
   * a fraction or any other length is left to the string parser.
   */
  private unixAt(buf: Uint8Array, s: number): number {
    let p = s;
    let v = 0;
    for (;;) {
      const d = buf[p]! - 48;
      if (d >>> 0 > 9) break;
      v = v * 10 + d;
      p++;
    }
    const n = p - s;
    if (buf[p] === DOT || !(n === 9 || n === 10 || n === 12 || n === 13)) return NO;
    const ms = n <= 10 ? v * 1000 : v;
    if (!plausibleInstant(ms)) return NO;
    this.day = Math.floor((ms + this.zone.offsetAt(ms)) / MS_PER_DAY);
    return p;
  }

  /** `yyyy-mm-dd`, then the time of day (timeAt). */
  private isoAt(buf: Uint8Array, s: number): number {
    if (buf[s + 7] !== DASH) return NO;
    const century = pair(buf, s), yy = pair(buf, s + 2), month = pair(buf, s + 5), date = pair(buf, s + 8);
    if (century < 0 || yy < 0 || month < 0 || date < 0) return NO;
    return this.dateAt(century * 100 + yy, month, date) ? this.timeAt(buf, s + 10) : NO;
  }

  /** `d-m-yyyy`, `d.m.yyyy` (day first) or `d/m/yyyy` / `m/d/yyyy` (1–2 digit parts), then the time of day. */
  private yearLastAt(buf: Uint8Array, s: number): number {
    const first = oneOrTwo(buf, s);
    if (first < 0) return NO;
    let p = s + (first & 3);
    const sep = buf[p]!;
    if (sep !== DASH && sep !== SLASH && sep !== DOT) return NO;
    const second = oneOrTwo(buf, ++p);
    if (second < 0) return NO;
    p += second & 3;
    if (buf[p] !== sep) return NO;
    const century = pair(buf, p + 1), yy = pair(buf, p + 3);
    if (century < 0 || yy < 0 || isDigit(buf[p + 5]!)) return NO;
    const a = first >> 2, b = second >> 2;
    let day = a, month = b;
    if (sep === SLASH) {
      // As parseTimestamp: day first unless month-first is proven for the log or the only reading (2/13/2026).
      if (a <= 12 && (b > 12 || this.monthFirst)) [day, month] = [b, a];
      this.order = a > 12 ? DAY_FIRST : b > 12 ? MONTH_FIRST : a !== b ? AMBIGUOUS : NONE;
    }
    return this.dateAt(century * 100 + yy, month, day) ? this.timeAt(buf, p + 5) : NO;
  }

  /** Checks a date and keeps its day number (cached: consecutive rows share their date). */
  private dateAt(year: number, month: number, date: number): boolean {
    const key = year * 416 + month * 32 + date;
    if (key !== this.lastDateKey) {
      // Implausible years (0202 for 2020, Excel's empty 1899-12-30) are the string parser's to explain.
      if (!plausibleYear(year) || !isValidDate(year, month, date)) return false;
      this.lastDateKey = key;
      this.lastDays = daysFromCivil(year, month, date);
    }
    return true;
  }

  /**
   * After a date: nothing, or `T`/space, `h:mm[:ss[.fff]]`, an optional AM/PM, then an optional `Z` or
   * `±hh[:mm]`. Leaves the local day in `day`; returns where it stopped or NO.
   */
  private timeAt(buf: Uint8Array, at: number): number {
    const days = this.lastDays;
    let p = at;
    const sep = buf[p];
    if (sep !== T && sep !== SPACE) {
      this.day = days;
      return p;
    }
    const h = oneOrTwo(buf, p + 1);
    if (h < 0) return NO;
    p += 1 + (h & 3);
    let hour = h >> 2;
    if (buf[p] !== COLON) return NO;
    const minute = pair(buf, p + 1);
    p += 3;
    let second = 0;
    if (buf[p] === COLON) {
      second = pair(buf, p + 1);
      p += 3;
      const c = buf[p];
      if (c === DOT || (c === COMMA && this.commaFraction)) {
        const first = ++p;
        while (isDigit(buf[p]!)) p++;
        if (p === first) return NO;
      }
    }
    if (minute < 0 || minute > 59 || second < 0 || second > 59) return NO;
    // 12-hour clock: "9:05 AM", "12:30pm" (12 AM is midnight, 12 PM noon).
    let c = buf[p]!;
    if (c === SPACE && isMeridiem(buf, p + 1)) c = buf[++p]!;
    if (isMeridiem(buf, p)) {
      if (hour < 1 || hour > 12) return NO;
      hour = (hour % 12) + ((c | 0x20) === 0x70 ? 12 : 0);
      p += 2;
      c = buf[p]!;
    }
    if (hour > 23) return NO;
    if (c === SPACE) {
      const next = buf[p + 1];
      if (next === Z || next === PLUS || next === DASH) c = buf[++p]!; // "9:30 AM -05:00"
    }
    let offset: number;
    if (c === Z) {
      offset = 0;
      p++;
    } else if (c === PLUS || c === DASH) {
      const oh = pair(buf, p + 1);
      p += 3;
      let om = 0;
      if (buf[p] === COLON) {
        om = pair(buf, p + 1);
        p += 3;
      } else if (isDigit(buf[p]!)) {
        om = pair(buf, p);
        p += 2;
      }
      if (oh < 0 || om < 0 || !plausibleOffset(oh, om)) return NO;
      offset = (c === DASH ? -1 : 1) * (oh * 60 + om);
    } else {
      this.day = days;
      return p;
    }
    this.day = instantDay(days, hour, minute, second, offset, this.zone);
    return p;
  }
}

/** `AM`/`PM` in any case at p. */
function isMeridiem(buf: Uint8Array, p: number): boolean {
  const a = buf[p]! | 0x20;
  return (a === 0x61 || a === 0x70) && (buf[p + 1]! | 0x20) === 0x6d;
}
