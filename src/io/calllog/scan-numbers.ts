/**
 * Digits and durations read straight from bytes, for the byte scanner. Each reader returns the offset
 * where it stopped, or NO for a shape it does not read: the row then goes to the string parsers
 * (duration.ts), which decide — so the scanner can be narrower than they are, never wider.
 */
export const NO = -1;

const COLON = 58;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function digits(buf: Uint8Array, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = buf[i]! - 48;
    if (d >>> 0 > 9) return NO; // also NaN (past the end) and bytes below '0'
    v = v * 10 + d;
  }
  return v;
}

/** Two digits, unrolled: the timestamp parser reads five such pairs per row. */
export function pair(buf: Uint8Array, at: number): number {
  const a = buf[at]! - 48;
  const b = buf[at + 1]! - 48;
  return a >>> 0 > 9 || b >>> 0 > 9 ? NO : a * 10 + b;
}

/** One or two digits (`5` or `05`) as value × 4 + how many digits, so one number carries both; NO for none. */
export function oneOrTwo(buf: Uint8Array, at: number): number {
  const a = buf[at]! - 48;
  if (a >>> 0 > 9) return NO;
  const b = buf[at + 1]! - 48;
  return b >>> 0 > 9 ? a * 4 + 1 : (a * 10 + b) * 4 + 2;
}

/** A plain run of 1–12 digits (an empty cell is 0, as in parseDuration); NO for anything else. */
export function wholeNumber(buf: Uint8Array, s: number, e: number): number {
  if (e - s > 12) return NO;
  return s === e ? 0 : digits(buf, s, e - s);
}

/**
 * Talk time from bytes: a whole number in the column's unit, `mm:ss` or `h:mm:ss` (HubSpot's UI export
 * writes `00:03:10`), as in parseDuration. Fractions, words and anything longer are left to it.
 */
export class DurationReader {
  /** The duration `at` read, in ms. */
  ms = 0;

  constructor(private readonly unitMs: number) {}

  at(buf: Uint8Array, s: number): number {
    let p = s;
    let v = 0;
    for (;;) {
      const d = buf[p]! - 48;
      if (d >>> 0 > 9) break;
      v = v * 10 + d;
      p++;
    }
    if (buf[p] !== COLON) {
      if (p - s > 12) return NO;
      this.ms = v * this.unitMs;
      return p;
    }
    // A clock: first part (1+ digits), then :ss, or :mm:ss.
    if (p === s || p - s > 6) return NO;
    const first = v;
    const second = pair(buf, p + 1);
    if (second < 0) return NO;
    p += 3;
    if (buf[p] !== COLON) {
      // mm:ss, minutes as 1–2 digits (parseDuration's CLOCK)
      if (p - 3 - s > 2 || second > 59 || isDigit(buf[p]!)) return NO;
      this.ms = (first * 60 + second) * 1000;
      return p;
    }
    const third = pair(buf, p + 1);
    if (third < 0 || second > 59 || third > 59 || isDigit(buf[p + 3]!)) return NO;
    this.ms = ((first * 60 + second) * 60 + third) * 1000;
    return p + 3;
  }
}
