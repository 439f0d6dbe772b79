/**
 * Making RowColumns: row by row as a reader meets them, from rows as objects, by joining tables or
 * keeping some rows of one.
 */
import { NO_TALK, OPTIONAL_COLUMNS as OPTIONAL, REQUIRED_COLUMNS as REQUIRED, RowColumns, type CountArray, type CountColumns, type OptionalField, type RowSegment } from './row-columns.js';

type CountField = keyof CountColumns;
import type { ActivityRow, Counts } from './types.js';

/** Rows as a list of objects (tests, small inputs) or as columns (what the reader makes). */
export type Rows = readonly ActivityRow[] | RowColumns;

export function columnsOf(rows: Rows): RowColumns {
  return rows instanceof RowColumns ? rows : columnsFrom(rows);
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
    this.values = { dials: new Float32Array(this.capacity), reached: new Float32Array(this.capacity), meetings: new Float32Array(this.capacity), ...blank };
  }

  /** One row; `label` is its week cell as written. */
  add(week: string, rep: string | null, c: Counts, label: string, file: string, line: number, weekColumn: number): void {
    const i = this.slot(file, weekColumn);
    this.weekOf[i] = this.weeks.of(week);
    this.repOf[i] = rep === null ? -1 : this.reps.of(rep);
    this.labelOf[i] = this.labels.of(label);
    this.lineOf[i] = line;
    this.put('dials', i, c.dials);
    this.put('reached', i, c.reached);
    this.put('meetings', i, c.meetings);
    for (const f of OPTIONAL) this.put(f, i, c[f] ?? Number.NaN);
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
    for (const f of REQUIRED) this.put(f, at, p.values[f][i]!);
    for (const f of OPTIONAL) this.put(f, at, p.values[f]?.[i] ?? Number.NaN);
    const talk = p.talk?.[i];
    if (talk !== undefined && talk !== NO_TALK) this.talkColumn()[at] = talk;
  }

  done(): RowColumns {
    const n = this.length;
    const fit = <A extends Uint32Array | Int32Array | CountArray>(a: A): A => (a.length === n ? a : (a.slice(0, n) as A));
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

  /**
   * A count into its column. A blank (NaN) makes no column of an optional measure; its first value makes
   * one, every row before blank. A value a 4-byte float does not hold exactly widens the column.
   */
  private put(f: CountField, i: number, value: number): void {
    const blank = Number.isNaN(value);
    let column = this.values[f];
    if (column === null) {
      if (blank) return;
      column = this.values[f as OptionalField] = new (f === 'hours' ? Float64Array : Float32Array)(this.capacity).fill(Number.NaN);
    }
    if (column instanceof Float32Array && !blank && Math.fround(value) !== value) {
      const wide = new Float64Array(this.capacity);
      wide.set(column);
      column = this.values[f] = wide;
    }
    column[i] = value;
  }

  private talkColumn(): Float64Array {
    if (this.talk === null) this.talk = new Float64Array(this.capacity).fill(NO_TALK);
    return this.talk;
  }

  private grow(): void {
    const capacity = Math.ceil(this.capacity * 1.5);
    const grown = <A extends Uint32Array | Int32Array | CountArray>(a: A, fill = 0): A => {
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

export function columnsFrom(rows: readonly ActivityRow[]): RowColumns {
  const b = new RowColumnsBuilder(rows.length);
  for (const r of rows) b.add(r.week, r.rep, r.counts, r.week, r.origin.file, r.origin.line, 0);
  return b.done();
}

/** The rows of several tables, in order; one table as it is (a million rows are not copied). */
export function joinColumns(parts: readonly RowColumns[]): RowColumns {
  if (parts.length === 1) return parts[0]!;
  const b = new RowColumnsBuilder(parts.reduce((n, p) => n + p.length, 0));
  for (const part of parts) for (let i = 0; i < part.length; i++) b.copy(part, i);
  return b.done();
}

/** The rows `keep` says yes to; the table itself when that is all of them. */
export function keepRows(table: RowColumns, keep: (i: number) => boolean): RowColumns {
  const b = new RowColumnsBuilder(table.length);
  let all = true;
  for (let i = 0; i < table.length; i++) {
    if (keep(i)) b.copy(table, i);
    else all = false;
  }
  return all ? table : b.done();
}
