/**
 * Where the columns the report does not use end, found without reading them. Wide exports carry 20 and
 * more such columns (ids, URLs, free-text notes): most of a row's bytes. A byte above every byte that can
 * end or quote a value (delimiter, quote, CR, LF) costs one comparison — for `,` and tab files that is
 * every letter and digit. The scanner passes whole lines, so every loop meets a line feed.
 */
import { NO } from './scan-numbers.js';

const LF = 10, CR = 13, QUOTE = 34;

/** The highest byte that can end or quote a value: anything above it is plain text. */
export function plainTextAbove(delimiter: number): number {
  return Math.max(delimiter, QUOTE, CR, LF);
}

/**
 * Where an unquoted value starting at `p` ends: at its delimiter or line end. NO for a quote or a lone CR
 * in it: the careful path decides.
 */
export function plainEnd(buf: Buffer, p: number, delimiter: number, plainAbove: number): number {
  for (;;) {
    const c = buf[p]!;
    if (c > plainAbove) {
      // Two plain bytes a turn where they come in a run: a sixth less time on a wide export's skipped columns.
      p += (buf[p + 1]! > plainAbove) ? 2 : 1;
      continue;
    }
    if (c === delimiter || c === LF) return p;
    if (c === QUOTE) return NO;
    if (c === CR) return buf[p + 1] === LF ? p : NO;
    p++;
  }
}

/** Past this many bytes a quoted value is searched natively: two `indexOf` calls cost what a loop over ~50 bytes does. */
const SHORT_VALUE = 64;

/**
 * The closing quote of a quoted value whose text starts at `p` (doubled quotes allowed); NO when the value
 * goes on past the line (the careful path reads values over several lines). Short values (most quoted
 * values of exports: names, companies) by a byte loop; a long one (free-text notes) by `indexOf`.
 */
export function quotedEnd(buf: Buffer, p: number): number {
  for (const stop = p + SHORT_VALUE; p < stop; ) {
    const c = buf[p]!;
    if (c > QUOTE) {
      p += (buf[p + 1]! > QUOTE) ? 2 : 1;
      continue;
    }
    if (c === QUOTE) {
      if (buf[p + 1] !== QUOTE) return p;
      p += 2;
      continue;
    }
    if (c === LF) return NO;
    p++;
  }
  let close = buf.indexOf(QUOTE, p);
  while (close >= 0 && buf[close + 1] === QUOTE) close = buf.indexOf(QUOTE, close + 2);
  const lineEnd = buf.indexOf(LF, p);
  return close < 0 || (lineEnd >= 0 && lineEnd < close) ? NO : close;
}

/**
 * The last `fields` values of a record, `p` at the start of the first of them: the offset after the line
 * feed that ends the record, or NO when they are not exactly `fields` values that end the line (a ragged
 * row, a value over several lines, a stray quote or CR: the careful path reads those).
 */
export function skipFields(buf: Buffer, p: number, fields: number, delimiter: number, plainAbove: number): number {
  for (let left = fields; ; left--) {
    if (buf[p] === QUOTE) {
      p = quotedEnd(buf, p + 1);
      if (p === NO) return NO;
      p++;
    } else {
      p = plainEnd(buf, p, delimiter, plainAbove);
      if (p === NO) return NO;
    }
    const c = buf[p];
    if (left > 1) {
      if (c !== delimiter) return NO;
    } else {
      if (c === CR && buf[p + 1] === LF) p++;
      else if (c !== LF) return NO;
      return p + 1;
    }
    p++;
  }
}
