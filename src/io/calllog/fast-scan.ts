/**
 * The fast reader for the common shape of a call log: UTF-8, one record per line, fields unquoted or
 * simply quoted ("a, b" but no "" escapes and no line breaks inside quotes). It scans bytes, parses the
 * usual timestamp and duration shapes in place and interns rep and outcome values by their bytes, so
 * most rows create no string at all. Anything else in a row hands that row, as strings, to the shared
 * `addRecord` (identical results by construction); a quoting shape it cannot follow makes it give up
 * (`FastPathBail`) and the caller re-reads the file with the general CSV parser.
 */
import type { CallLogAggregate } from './aggregate.js';
import { ByteInterner, decodeUtf8 } from './byte-interner.js';
import { daysFromCivil, isValidDate } from './time.js';
import { instantDay } from './timestamp.js';

export class FastPathBail extends Error {
  constructor(readonly line: number, reason: string) {
    super(`fast path gave up at line ${line}: ${reason}`);
  }
}

const LF = 10, CR = 13, QUOTE = 34, DASH = 45, COLON = 58, PLUS = 43, DOT = 46, COMMA = 44, SPACE = 32, T = 84, Z = 90;
const NO = -1;

export class FastScanner {
  /** Physical line number of the next line to scan (1-based; the caller sets it past the header). */
  line = 1;
  rows = 0;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly reps: ByteInterner;
  private readonly outcomes: ByteInterner;
  private readonly directions: ByteInterner;
  private lastDateKey = -1;
  private lastDays = 0;
  private lastDay = NaN;
  private lastWeek = 0;

  constructor(readonly agg: CallLogAggregate, private readonly delimiter: number) {
    const width = agg.layout.width;
    this.starts = new Int32Array(width + 1);
    this.ends = new Int32Array(width + 1);
    this.reps = new ByteInterner((t) => agg.repId(t));
    this.outcomes = new ByteInterner((t) => agg.outcomeId(t));
    this.directions = new ByteInterner((t) => (agg.isInbound(t) ? 1 : 0));
  }

  /** Scans buf[start, end): whole lines only, so buf[end - 1] is a line feed. */
  scan(buf: Buffer, start: number, end: number): void {
    const { starts, ends, delimiter } = this;
    const width = this.agg.layout.width;
    let pos = start;
    while (pos < end) {
      let field = 0;
      let fieldStart = pos;
      let quotedEnd = NO;
      let i = pos;
      for (;;) {
        const c = buf[i]!;
        if (c === delimiter || c === LF) {
          if (field <= width) {
            starts[field] = fieldStart;
            ends[field] = quotedEnd !== NO ? quotedEnd : c === LF && i > fieldStart && buf[i - 1] === CR ? i - 1 : i;
          }
          field++;
          if (c === LF) break;
          fieldStart = i + 1;
          quotedEnd = NO;
        } else if (c === QUOTE) {
          if (i !== fieldStart) throw new FastPathBail(this.line, 'a quote inside a value');
          const close = buf.indexOf(QUOTE, i + 1);
          const lineEnd = buf.indexOf(LF, i + 1);
          if (close < 0 || close >= end || (lineEnd >= 0 && lineEnd < close)) throw new FastPathBail(this.line, 'a line break inside quotes');
          const after = buf[close + 1];
          if (after !== delimiter && after !== LF && !(after === CR && buf[close + 2] === LF)) throw new FastPathBail(this.line, 'text after a closing quote');
          fieldStart = i + 1;
          quotedEnd = close;
          i = close;
        }
        i++;
      }
      const lineEnd = i;
      if (!(lineEnd === pos || (lineEnd === pos + 1 && buf[pos] === CR))) this.row(buf, field);
      this.line++;
      pos = lineEnd + 1;
    }
  }

  private row(buf: Buffer, fields: number): void {
    const { agg, starts, ends } = this;
    const layout = agg.layout;
    this.rows++;
    if (fields !== layout.width) return this.fallback(buf, fields);
    if (layout.direction >= 0 && this.directions.get(buf, starts[layout.direction]!, ends[layout.direction]!) === 1) {
      agg.inbound++;
      return;
    }
    const day = this.day(buf, starts[layout.timestamp]!, ends[layout.timestamp]!);
    if (day === NO) return this.fallback(buf, fields);
    let talk = 0;
    if (layout.duration >= 0) {
      talk = wholeNumber(buf, starts[layout.duration]!, ends[layout.duration]!);
      if (talk === NO) return this.fallback(buf, fields);
      if (layout.durationUnit === 'seconds') talk *= 1000;
    }
    const rep = layout.rep >= 0 ? this.reps.get(buf, starts[layout.rep]!, ends[layout.rep]!) : 0;
    const outcome = this.outcomes.get(buf, starts[layout.outcome]!, ends[layout.outcome]!);
    if (day !== this.lastDay) {
      this.lastDay = day;
      this.lastWeek = agg.weekId(day);
    }
    agg.addCall(this.lastWeek, rep, outcome, talk, this.line);
  }

  /** A row the scanner does not read itself goes through the shared string path. */
  private fallback(buf: Buffer, fields: number): void {
    const values: string[] = [];
    for (let f = 0; f < Math.min(fields, this.agg.layout.width + 1); f++) values.push(decodeUtf8(buf, this.starts[f]!, this.ends[f]!));
    for (let f = values.length; f < fields; f++) values.push(''); // only the count matters for a ragged row
    this.agg.addRecord(values, this.line);
  }

  /**
   * The local day of `yyyy-mm-dd`, `yyyy-mm-ddThh:mm[:ss[.fff]]` with an optional `Z` or `±hh[:mm]`, or NO
   * for anything else (the string parser then decides, so unusual shapes cannot read differently).
   */
  private day(buf: Buffer, s: number, e: number): number {
    if (e - s < 10 || buf[s + 4] !== DASH || buf[s + 7] !== DASH) return NO;
    const year = digits(buf, s, 4), month = digits(buf, s + 5, 2), date = digits(buf, s + 8, 2);
    if (year < 0 || month < 0 || date < 0) return NO;
    const key = year * 416 + month * 32 + date;
    if (key !== this.lastDateKey) {
      if (!isValidDate(year, month, date)) return NO;
      this.lastDateKey = key;
      this.lastDays = daysFromCivil(year, month, date);
    }
    const days = this.lastDays;
    if (e - s === 10) return days;
    const sep = buf[s + 10];
    if ((sep !== T && sep !== SPACE) || e - s < 16 || buf[s + 13] !== COLON) return NO;
    const hour = digits(buf, s + 11, 2), minute = digits(buf, s + 14, 2);
    let second = 0;
    let p = s + 16;
    const hasSeconds = p < e && buf[p] === COLON;
    if (hasSeconds) {
      second = p + 3 <= e ? digits(buf, p + 1, 2) : NO;
      p += 3;
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return NO;
    if (hasSeconds && p < e && (buf[p] === DOT || buf[p] === COMMA)) {
      const first = ++p;
      while (p < e && isDigit(buf[p]!)) p++;
      if (p === first) return NO;
    }
    if (p === e) return days;
    let offset: number;
    if (buf[p] === Z && p + 1 === e) offset = 0;
    else if (buf[p] === PLUS || buf[p] === DASH) {
      const oh = p + 3 <= e ? digits(buf, p + 1, 2) : NO;
      let om = 0;
      if (p + 3 === e) om = 0;
      else if (p + 6 === e && buf[p + 3] === COLON) om = digits(buf, p + 4, 2);
      else if (p + 5 === e) om = digits(buf, p + 3, 2);
      else return NO;
      if (oh < 0 || om < 0) return NO;
      offset = (buf[p] === DASH ? -1 : 1) * (oh * 60 + om);
    } else return NO;
    return instantDay(days, hour, minute, second, offset, this.agg.settings.zone);
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digits(buf: Buffer, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return NO;
    v = v * 10 + d;
  }
  return v;
}

/** A plain run of 1–12 digits (an empty cell is 0, as in parseDuration); NO for anything else. */
function wholeNumber(buf: Buffer, s: number, e: number): number {
  if (e - s > 12) return NO;
  return s === e ? 0 : digits(buf, s, e - s);
}
