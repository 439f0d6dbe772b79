/**
 * The rows of a run held as columns: one typed array per count, and numbers for weeks, reps and
 * labels. A table of 20,000 reps over a year is a million rows; as objects (a row, its counts, a slot
 * in a list) they took about 160 bytes each, as columns about 70.
 *
 * A blank optional measure is NaN (null in Counts), and a measure blank in every row has no array at all. Talk time comes only with call logs: -1 marks a
 * row that has none at all (a weekly table's), NaN one whose log had no duration.
 */
import type { ActivityRow, Counts } from './types.js';

const REQUIRED = ['dials', 'reached', 'meetings'] as const;
const OPTIONAL = ['callbacks_short', 'callbacks_long', 'callbacks', 'hours'] as const;
export const COLUMN_FIELDS = [...REQUIRED, ...OPTIONAL] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];
type OptionalField = (typeof OPTIONAL)[number];

/** One typed array per count; an optional measure blank in every row has none (a file without hours). */
export type CountColumns = Record<(typeof REQUIRED)[number], Float64Array> & Record<OptionalField, Float64Array | null>;

const NO_TALK = -1;

/** Where the rows of one input start, and what its messages name. */
export interface RowSegment {
  /** Index of the segment's first row. */
  start: number;
  file: string;
  /** The week column, 1-based (0 when the input has none, as a call log). */
  weekColumn: number;
}

export interface ColumnParts {
  length: number;
  weekOf: Uint32Array;
  weekNames: readonly string[];
  repOf: Int32Array;
  repNames: readonly string[];
  /** The week cell as written ("2026-02-02" for 2026-W06), for messages. */
  labelOf: Uint32Array;
  labelNames: readonly string[];
  lineOf: Uint32Array;
  values: Readonly<CountColumns>;
  talk: Float64Array | null;
  segments: readonly RowSegment[];
}

export class RowColumns {
  readonly length: number;
  private readonly p: ColumnParts;

  constructor(parts: ColumnParts) {
    this.p = parts;
    this.length = parts.length;
  }

  get parts(): ColumnParts {
    return this.p;
  }

  week(i: number): string {
    return this.p.weekNames[this.p.weekOf[i]!]!;
  }

  /** The week's number: equal numbers, equal weeks (in order of first appearance). */
  weekId(i: number): number {
    return this.p.weekOf[i]!;
  }

  get weekCount(): number {
    return this.p.weekNames.length;
  }

  weekName(id: number): string {
    return this.p.weekNames[id]!;
  }

  rep(i: number): string | null {
    const r = this.p.repOf[i]!;
    return r < 0 ? null : this.p.repNames[r]!;
  }

  /** The rep's number (-1 for none): equal numbers, equal reps. */
  repId(i: number): number {
    return this.p.repOf[i]!;
  }

  get repCount(): number {
    return this.p.repNames.length;
  }

  repName(id: number): string {
    return this.p.repNames[id]!;
  }

  /** The week cell as written. */
  label(i: number): string {
    return this.p.labelNames[this.p.labelOf[i]!]!;
  }

  counts(i: number): Counts {
    const v = this.p.values;
    const at = (c: Float64Array | null) => (c === null || Number.isNaN(c[i]!) ? null : c[i]!);
    const counts: Counts = {
      dials: v.dials[i]!, reached: v.reached[i]!, meetings: v.meetings[i]!,
      callbacks_short: at(v.callbacks_short), callbacks_long: at(v.callbacks_long), callbacks: at(v.callbacks), hours: at(v.hours),
    };
    const talk = this.p.talk?.[i];
    if (talk !== undefined && talk !== NO_TALK) counts.talk_seconds = Number.isNaN(talk) ? null : talk;
    return counts;
  }

  private segment(i: number): RowSegment {
    const s = this.p.segments;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    return s[lo]!;
  }

  origin(i: number): { file: string; line: number } {
    return { file: this.segment(i).file, line: this.p.lineOf[i]! };
  }

  weekColumn(i: number): number {
    return this.segment(i).weekColumn;
  }

  row(i: number): ActivityRow {
    return { week: this.week(i), rep: this.rep(i), counts: this.counts(i), origin: this.origin(i) };
  }

  /** Every row as an object: for the commands that read a few weeks of history, never a million rows. */
  toRows(): ActivityRow[] {
    const rows: ActivityRow[] = new Array<ActivityRow>(this.length);
    for (let i = 0; i < this.length; i++) rows[i] = this.row(i);
    return rows;
  }

  hasRep(): boolean {
    return this.p.repOf.some((r) => r >= 0);
  }

  /** The rows `keep` says yes to; this table itself when that is all of them. */
  filter(keep: (i: number) => boolean): RowColumns {
    const b = new RowColumnsBuilder(this.length);
    let all = true;
    for (let i = 0; i < this.length; i++) {
      if (keep(i)) b.copy(this, i);
      else all = false;
    }
    return all ? this : b.done();
  }

  static from(rows: readonly ActivityRow[], weekColumn = 0): RowColumns {
    const b = new RowColumnsBuilder(rows.length);
    for (const r of rows) b.add(r.week, r.rep, r.counts, r.week, r.origin.file, r.origin.line, weekColumn);
    return b.done();
  }

  /** The rows of several tables, in order; one table as it is (a million rows are not copied). */
  static concat(parts: readonly RowColumns[]): RowColumns {
    if (parts.length === 1) return parts[0]!;
    const b = new RowColumnsBuilder(parts.reduce((n, p) => n + p.length, 0));
    for (const part of parts) for (let i = 0; i < part.length; i++) b.copy(part, i);
    return b.done();
  }
}

/** Rows as a list of objects (tests, small inputs) or as columns (what the reader makes). */
export type Rows = readonly ActivityRow[] | RowColumns;

export function columnsOf(rows: Rows): RowColumns {
  return rows instanceof RowColumns ? rows : RowColumns.from(rows);
}

/** Numbers for strings, in order of first appearance. */
class Numbering {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  of(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      // A copy: a cell read from a file is a slice of its whole text, and would keep it alive.
      const copy = (' ' + name).slice(1);
      this.ids.set(copy, id);
      this.names.push(copy);
    }
    return id;
  }
}

/** Builds RowColumns one row at a time; the columns grow by half when full. */
export class RowColumnsBuilder {
  private length = 0;
  private capacity: number;
  private weekOf: Uint32Array;
  private repOf: Int32Array;
  private labelOf: Uint32Array;
  private lineOf: Uint32Array;
  private values: CountColumns;
  private talk: Float64Array | null = null;
  private readonly weeks = new Numbering();
  private readonly reps = new Numbering();
  private readonly labels = new Numbering();
  private readonly segments: RowSegment[] = [];

  constructor(expected = 1024) {
    this.capacity = Math.max(16, expected);
    this.weekOf = new Uint32Array(this.capacity);
    this.repOf = new Int32Array(this.capacity);
    this.labelOf = new Uint32Array(this.capacity);
    this.lineOf = new Uint32Array(this.capacity);
    const blank = { callbacks_short: null, callbacks_long: null, callbacks: null, hours: null };
    this.values = { dials: new Float64Array(this.capacity), reached: new Float64Array(this.capacity), meetings: new Float64Array(this.capacity), ...blank };
  }

  get size(): number {
    return this.length;
  }

  /** One row; `label` is its week cell as written. */
  add(week: string, rep: string | null, c: Counts, label: string, file: string, line: number, weekColumn: number): void {
    const i = this.slot(file, weekColumn);
    this.weekOf[i] = this.weeks.of(week);
    this.repOf[i] = rep === null ? -1 : this.reps.of(rep);
    this.labelOf[i] = this.labels.of(label);
    this.lineOf[i] = line;
    const v = this.values;
    v.dials[i] = c.dials;
    v.reached[i] = c.reached;
    v.meetings[i] = c.meetings;
    for (const f of OPTIONAL) {
      const value = c[f];
      if (value !== null) this.optional(f)[i] = value;
      else if (v[f] !== null) v[f][i] = Number.NaN;
    }
    if (c.talk_seconds !== undefined) this.talkColumn()[i] = c.talk_seconds ?? Number.NaN;
  }

  /** Row i of another table. */
  copy(from: RowColumns, i: number): void {
    const p = from.parts;
    const origin = from.origin(i);
    const at = this.slot(origin.file, from.weekColumn(i));
    this.weekOf[at] = this.weeks.of(from.week(i));
    this.repOf[at] = p.repOf[i]! < 0 ? -1 : this.reps.of(from.rep(i)!);
    this.labelOf[at] = this.labels.of(from.label(i));
    this.lineOf[at] = origin.line;
    for (const f of REQUIRED) this.values[f][at] = p.values[f][i]!;
    for (const f of OPTIONAL) {
      const v = p.values[f]?.[i] ?? Number.NaN;
      if (!Number.isNaN(v)) this.optional(f)[at] = v;
    }
    const talk = p.talk?.[i];
    if (talk !== undefined && talk !== NO_TALK) this.talkColumn()[at] = talk;
  }

  done(): RowColumns {
    const n = this.length;
    const fit = <A extends Uint32Array | Int32Array | Float64Array>(a: A): A => (a.length === n ? a : (a.slice(0, n) as A));
    const v = this.values;
    const values: CountColumns = {
      dials: fit(v.dials), reached: fit(v.reached), meetings: fit(v.meetings),
      callbacks_short: v.callbacks_short && fit(v.callbacks_short), callbacks_long: v.callbacks_long && fit(v.callbacks_long),
      callbacks: v.callbacks && fit(v.callbacks), hours: v.hours && fit(v.hours),
    };
    return new RowColumns({
      length: n,
      weekOf: fit(this.weekOf), weekNames: this.weeks.names,
      repOf: fit(this.repOf), repNames: this.reps.names,
      labelOf: fit(this.labelOf), labelNames: this.labels.names,
      lineOf: fit(this.lineOf), values, talk: this.talk && fit(this.talk),
      segments: this.segments.length ? this.segments : [{ start: 0, file: '', weekColumn: 0 }],
    });
  }

  private slot(file: string, weekColumn: number): number {
    const last = this.segments.at(-1);
    if (!last || last.file !== file || last.weekColumn !== weekColumn) this.segments.push({ start: this.length, file, weekColumn });
    if (this.length === this.capacity) this.grow();
    return this.length++;
  }

  /** An optional measure's column, made on its first value: every row before was blank. */
  private optional(f: OptionalField): Float64Array {
    return (this.values[f] ??= new Float64Array(this.capacity).fill(Number.NaN));
  }

  private talkColumn(): Float64Array {
    if (this.talk === null) this.talk = new Float64Array(this.capacity).fill(NO_TALK);
    return this.talk;
  }

  private grow(): void {
    const capacity = Math.ceil(this.capacity * 1.5);
    const grown = <A extends Uint32Array | Int32Array | Float64Array>(a: A, fill = 0): A => {
      const b = new (a.constructor as new (n: number) => A)(capacity);
      b.set(a);
      if (fill !== 0) b.fill(fill, a.length);
      return b;
    };
    this.weekOf = grown(this.weekOf);
    this.repOf = grown(this.repOf);
    this.labelOf = grown(this.labelOf);
    this.lineOf = grown(this.lineOf);
    for (const f of REQUIRED) this.values[f] = grown(this.values[f]);
    for (const f of OPTIONAL) {
      const column = this.values[f];
      if (column !== null) this.values[f] = grown(column, Number.NaN);
    }
    if (this.talk) this.talk = grown(this.talk, NO_TALK);
    this.capacity = capacity;
  }
}
