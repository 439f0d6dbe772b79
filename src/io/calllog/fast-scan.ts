/**
 * The fast reader for the common shape of a call log: UTF-8, fields unquoted or
 * quoted ("a, b", "say ""hi""", values over several lines). It scans bytes, parses the
 * usual timestamp and duration shapes in place and interns rep and outcome values by their bytes, so
 * most rows create no string at all. Anything else in a row hands that row, as strings, to the shared
 * `addRecord` (identical results by construction); a quoting shape it cannot follow makes it give up
 * (`FastPathBail`) at the start of that line, and the general CSV parser reads on from there.
 */
import { INBOUND, type CallLogAggregate } from './aggregate.js';
import { ByteInterner, HASH_MASK, HASH_PRIME, HASH_SEED, decodeUtf8 } from './byte-interner.js';
import { UNIT_MS } from './duration.js';
import { FastPathBail } from './fast-path-bail.js';
import { DurationReader, NO } from './scan-numbers.js';
import { plainEnd, plainTextAbove, quotedEnd, skipFields } from './scan-skip.js';
import { NONE, ORDER_NAMES, TimestampReader } from './scan-timestamp.js';
import type { SlashOrder } from './timestamp.js';

export { FastPathBail }; // where the readers have always imported it from
const LF = 10, CR = 13, QUOTE = 34, COMMA = 44;
const INCOMPLETE = -2;
const DOUBLED_QUOTES = 1, LINE_BREAKS = 2;

/** What the scanner does with each column (SKIP: find where it ends, nothing more). */
const SKIP = 0, TIMESTAMP = 1, DURATION = 2, REP = 3, OUTCOME = 4, DIRECTION = 5, OUTCOME2 = 6;

export class FastScanner {
  /** Physical line number of the next line to scan (1-based; the caller sets it past the header). */
  line = 1;
  rows = 0;
  private readonly kinds: Uint8Array;
  /** The last column the report reads: the ones after it are only skipped to the line's end. */
  private readonly lastRead: number;
  private readonly plainAbove: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Per field of the current record: DOUBLED_QUOTES and/or LINE_BREAKS inside its quotes. */
  private readonly escaped: Uint8Array;
  private readonly reps: ByteInterner;
  private readonly outcomes: ByteInterner;
  /** A second outcome column: both are interned to texts here, and each pair once to the aggregate's id. */
  private readonly outcomes2: ByteInterner | null;
  private readonly texts: string[] = [];
  private readonly texts2: string[] = [];
  private readonly pairs = new Map<number, number>();
  private readonly directions: ByteInterner;
  private readonly times: TimestampReader;
  private readonly durations: DurationReader;
  private readonly hasDirection: boolean;
  private lastDay = NaN;
  private lastWeek = 0;

  constructor(readonly agg: CallLogAggregate, private readonly delimiter: number) {
    const layout = agg.layout;
    const width = layout.width;
    this.kinds = new Uint8Array(width); // SKIP unless a role says otherwise
    const roles = [[layout.timestamp, TIMESTAMP], [layout.duration, DURATION], [layout.rep, REP], [layout.outcome, OUTCOME], [layout.direction, DIRECTION], [layout.outcome2, OUTCOME2]] as const;
    for (const [column, kind] of roles) if (column >= 0) this.kinds[column] = kind;
    this.lastRead = Math.max(0, this.kinds.findLastIndex((kind) => kind !== SKIP));
    this.plainAbove = plainTextAbove(delimiter);
    this.starts = new Int32Array(width + 1);
    this.ends = new Int32Array(width + 1);
    this.escaped = new Uint8Array(width + 1);
    this.reps = new ByteInterner((t) => agg.repId(t));
    if (layout.outcome2 >= 0) {
      this.outcomes = new ByteInterner((t) => this.texts.push(t) - 1);
      this.outcomes2 = new ByteInterner((t) => this.texts2.push(t) - 1);
    } else {
      this.outcomes = new ByteInterner((t) => agg.outcomeId(t));
      this.outcomes2 = null;
    }
    this.directions = new ByteInterner((t) => agg.directionId(t));
    this.times = new TimestampReader(agg.settings.zone, delimiter !== COMMA, agg.settings.monthFirst ?? false);
    this.durations = new DurationReader(UNIT_MS[layout.durationUnit]);
    this.hasDirection = layout.direction >= 0;
  }

  /**
   * Scans buf[start, end): whole lines only, so buf[end - 1] is a line feed. Returns where it stopped:
   * `end`, or the start of a record whose quoted value goes on past `end` (read more, then scan from there).
   */
  scan(buf: Buffer, start: number, end: number): number {
    let pos = start;
    while (pos < end) {
      const next = this.fastRow(buf, pos);
      if (next !== NO) {
        this.rows++;
        this.line++;
        pos = next;
      } else {
        const after = this.slowRecord(buf, pos, end);
        if (after === INCOMPLETE) return pos;
        pos = after;
      }
    }
    return end;
  }

  /**
   * The common row, parsed column by column in one pass: the timestamp and duration readers consume
   * their bytes, rep, outcome and direction are hashed while looking for the delimiter, and the other
   * columns are only searched for their end. A value may be quoted when it holds no doubled quote and
   * no line break. Returns the offset after the line feed, or NO (before changing anything) when the
   * row needs the careful path.
   */
  private fastRow(buf: Buffer, pos: number): number {
    const kinds = this.kinds;
    const width = kinds.length;
    const last = this.lastRead;
    const delimiter = this.delimiter;
    let day = 0, talk = 0, order = NONE, timeStart = 0, timeEnd = 0;
    let repStart = 0, repEnd = 0, repHash = 0, outStart = 0, outEnd = 0, outHash = 0, dirStart = 0, dirEnd = 0, dirHash = 0;
    let out2Start = 0, out2End = 0, out2Hash = 0;
    let p = pos;
    for (let column = 0; column <= last; column++) {
      const kind = kinds[column]!;
      const quoted = buf[p] === QUOTE;
      if (quoted) p++;
      const s = p;
      let h = 0;
      if (kind === SKIP) {
        p = quoted ? quotedEnd(buf, p) : plainEnd(buf, p, delimiter, this.plainAbove);
        if (p === NO) return NO;
      } else if (kind === TIMESTAMP) {
        p = this.times.at(buf, p);
        if (p === NO) return NO;
        day = this.times.day;
        order = this.times.order;
        timeStart = s;
        timeEnd = p;
      } else if (kind === DURATION) {
        p = this.durations.at(buf, p);
        if (p === NO) return NO;
        talk = this.durations.ms;
      } else {
        h = HASH_SEED;
        for (;;) {
          const c = buf[p]!;
          if (c === delimiter || c === LF || c === CR || c === QUOTE) break;
          h = Math.imul(h ^ c, HASH_PRIME);
          p++;
        }
        h &= HASH_MASK;
      }
      const e = p;
      if (quoted) {
        // A doubled quote, or text after the closing quote: the careful path reads (or refuses) it.
        if (buf[p] !== QUOTE || buf[p + 1] === QUOTE) return NO;
        p++;
      }
      if (kind === REP) [repStart, repEnd, repHash] = [s, e, h];
      else if (kind === OUTCOME) [outStart, outEnd, outHash] = [s, e, h];
      else if (kind === DIRECTION) [dirStart, dirEnd, dirHash] = [s, e, h];
      else if (kind === OUTCOME2) [out2Start, out2End, out2Hash] = [s, e, h];
      const c = buf[p];
      if (column < width - 1) {
        if (c !== delimiter) return NO;
      } else if (c === CR && buf[p + 1] === LF) p++;
      else if (c !== LF) return NO;
      p++;
    }
    // The columns after the last one read: only where the line ends, and that they are all there.
    if (last < width - 1) {
      p = skipFields(buf, p, width - 1 - last, delimiter, this.plainAbove);
      if (p === NO) return NO;
    }
    // Every column read: only now resolve values, so a row that fails leaves no trace.
    const agg = this.agg;
    if (order !== NONE) this.noteOrder(order, buf, timeStart, timeEnd); // inbound calls too: see addRecord
    if (this.hasDirection && agg.countDirection(this.directions.lookup(buf, dirStart, dirEnd, dirHash))) return p;
    const rep = agg.layout.rep >= 0 ? this.reps.lookup(buf, repStart, repEnd, repHash) : 0;
    const first = this.outcomes.lookup(buf, outStart, outEnd, outHash);
    const outcome = this.outcomes2 === null ? first : this.pair(first, this.outcomes2.lookup(buf, out2Start, out2End, out2Hash));
    if (day !== this.lastDay) {
      this.lastDay = day;
      this.lastWeek = agg.weekId(day);
    }
    agg.addCall(this.lastWeek, rep, outcome, talk, this.line);
    return p;
  }

  /** The first line (and text) of each kind of slash date, as addRecord keeps it. */
  private noteOrder(order: number, buf: Buffer, s: number, e: number): void {
    const name = ORDER_NAMES[order] as SlashOrder;
    this.agg.dates[name] ??= { line: this.line, text: decodeUtf8(buf, s, e) };
  }

  /**
   * One record with quotes, blanks or anything unusual: split it carefully, then read it. A quoted value
   * may hold doubled quotes and line breaks; such a record is read as strings, the way csv-parse sees it.
   * Returns the offset after the record, or INCOMPLETE when a quoted value goes on past `end`.
   */
  private slowRecord(buf: Buffer, pos: number, end: number): number {
    const { starts, ends, delimiter } = this;
    const width = this.agg.layout.width;
    let field = 0;
    let fieldStart = pos;
    let quotedEnd = NO;
    let stringRow = false;
    let breaks = 0; // line feeds inside quoted values
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
        if (i !== fieldStart) throw new FastPathBail(this.line, pos, 'a quote inside a value');
        // The closing quote is the first one not doubled: "say ""hi""" is the value say "hi".
        let close = buf.indexOf(QUOTE, i + 1);
        while (close >= 0 && close + 1 < end && buf[close + 1] === QUOTE) {
          if (field <= width) this.escaped[field]! |= DOUBLED_QUOTES;
          stringRow = true;
          close = buf.indexOf(QUOTE, close + 2);
        }
        if (close < 0 || close >= end) {
          this.escaped.fill(0); // the record is read again from its start once more bytes are in
          return INCOMPLETE;
        }
        for (let lf = buf.indexOf(LF, i + 1); lf >= 0 && lf < close; lf = buf.indexOf(LF, lf + 1)) {
          if (field <= width) this.escaped[field]! |= LINE_BREAKS;
          stringRow = true;
          breaks++;
        }
        const after = buf[close + 1];
        if (after !== delimiter && after !== LF && !(after === CR && buf[close + 2] === LF)) throw new FastPathBail(this.line, pos, 'text after a closing quote');
        fieldStart = i + 1;
        quotedEnd = close;
        i = close;
      }
      i++;
    }
    if (stringRow) {
      this.rows++;
      this.fallback(buf, field);
      this.escaped.fill(0);
    } else if (!(i === pos || (i === pos + 1 && buf[pos] === CR))) this.row(buf, field);
    this.line += 1 + breaks;
    return i + 1;
  }

  private row(buf: Buffer, fields: number): void {
    const { agg, starts, ends } = this;
    const layout = agg.layout;
    this.rows++;
    if (fields !== layout.width) return this.fallback(buf, fields);
    const direction = layout.direction >= 0 ? this.directions.get(buf, starts[layout.direction]!, ends[layout.direction]!) : -1;
    const [timeStart, timeEnd] = [starts[layout.timestamp]!, ends[layout.timestamp]!];
    if (this.times.at(buf, timeStart) !== timeEnd) return this.fallback(buf, fields);
    const day = this.times.day;
    const order = this.times.order;
    if (direction >= 0 && agg.directionKind[direction] === INBOUND) {
      if (order !== NONE) this.noteOrder(order, buf, timeStart, timeEnd);
      agg.countDirection(direction);
      return;
    }
    let talk = 0;
    if (layout.duration >= 0) {
      if (this.durations.at(buf, starts[layout.duration]!) !== ends[layout.duration]!) return this.fallback(buf, fields);
      talk = this.durations.ms;
    }
    if (order !== NONE) this.noteOrder(order, buf, timeStart, timeEnd);
    if (direction >= 0) agg.countDirection(direction); // only now: a row handed to `fallback` is counted there
    const rep = layout.rep >= 0 ? this.reps.get(buf, starts[layout.rep]!, ends[layout.rep]!) : 0;
    const first = this.outcomes.get(buf, starts[layout.outcome]!, ends[layout.outcome]!);
    const outcome = this.outcomes2 === null ? first : this.pair(first, this.outcomes2.get(buf, starts[layout.outcome2]!, ends[layout.outcome2]!));
    agg.addCall(agg.weekId(day), rep, outcome, talk, this.line);
  }

  /** The aggregate's outcome id of a pair of interned labels, looked up once per distinct pair. */
  private pair(first: number, second: number): number {
    const key = first * 0x200000 + second;
    let id = this.pairs.get(key);
    if (id === undefined) {
      id = this.agg.outcomePairId(this.texts[first]!, this.texts2[second]!);
      this.pairs.set(key, id);
    }
    return id;
  }

  /** A row the scanner does not read itself goes through the shared string path. */
  private fallback(buf: Buffer, fields: number): void {
    const values: string[] = [];
    for (let f = 0; f < Math.min(fields, this.agg.layout.width + 1); f++) {
      const value = decodeUtf8(buf, this.starts[f]!, this.ends[f]!);
      const flags = this.escaped[f]!;
      // As the general reader sees it: its text has CRLF turned into LF, then csv-parse undoubles quotes.
      const lf = flags & LINE_BREAKS ? value.replaceAll('\r\n', '\n') : value;
      values.push(flags & DOUBLED_QUOTES ? lf.replaceAll('""', '"') : lf);
    }
    for (let f = values.length; f < fields; f++) values.push(''); // only the count matters for a ragged row
    this.agg.addRecord(values, this.line);
  }
}
