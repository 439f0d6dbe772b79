/**
 * The rows of a run held as columns: one typed array per count, and numbers for weeks, reps and
 * labels. A table of 20,000 reps over a year is a million rows; as objects (a row, its counts, a slot
 * in a list) they took about 160 bytes each, as columns 32 to 48.
 *
 * A blank optional measure is NaN (null in Counts); a measure blank in every row has no array at all.
 * Talk time comes only with call logs: -1 marks a row that has none (a weekly table's), NaN one whose
 * log had no duration. Making them: row-columns-build.ts.
 */
import type { ActivityRow, Counts } from './types.js';

export const REQUIRED_COLUMNS = ['dials', 'reached', 'meetings'] as const;
export const OPTIONAL_COLUMNS = ['callbacks_short', 'callbacks_long', 'callbacks', 'hours'] as const;
export type OptionalField = (typeof OPTIONAL_COLUMNS)[number];

/**
 * One typed array per count: 4-byte floats while every value is a whole number up to 2^24 (exact there),
 * 8-byte ones for bigger counts and for hours. An optional measure blank in every row has none.
 */
export type CountArray = Float32Array | Float64Array;
export type CountColumns = Record<(typeof REQUIRED_COLUMNS)[number], CountArray> & Record<OptionalField, CountArray | null>;

/** In the talk column: this row has no talk time at all (a weekly table's). */
export const NO_TALK = -1;

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

  constructor(readonly parts: ColumnParts) {
    this.length = parts.length;
  }

  week(i: number): string {
    return this.parts.weekNames[this.parts.weekOf[i]!]!;
  }

  /** The week's number: equal numbers, equal weeks (in order of first appearance). */
  weekId(i: number): number {
    return this.parts.weekOf[i]!;
  }

  get weekCount(): number {
    return this.parts.weekNames.length;
  }

  weekName(id: number): string {
    return this.parts.weekNames[id]!;
  }

  rep(i: number): string | null {
    const r = this.parts.repOf[i]!;
    return r < 0 ? null : this.parts.repNames[r]!;
  }

  /** The rep's number (-1 for none): equal numbers, equal reps. */
  repId(i: number): number {
    return this.parts.repOf[i]!;
  }

  get repCount(): number {
    return this.parts.repNames.length;
  }

  repName(id: number): string {
    return this.parts.repNames[id]!;
  }

  /** The week cell as written. */
  label(i: number): string {
    return this.parts.labelNames[this.parts.labelOf[i]!]!;
  }

  counts(i: number): Counts {
    const v = this.parts.values;
    const at = (c: CountArray | null) => (c === null || Number.isNaN(c[i]!) ? null : c[i]!);
    const counts: Counts = {
      dials: v.dials[i]!, reached: v.reached[i]!, meetings: v.meetings[i]!,
      callbacks_short: at(v.callbacks_short), callbacks_long: at(v.callbacks_long), callbacks: at(v.callbacks), hours: at(v.hours),
    };
    const talk = this.parts.talk?.[i];
    if (talk !== undefined && talk !== NO_TALK) counts.talk_seconds = Number.isNaN(talk) ? null : talk;
    return counts;
  }

  private segment(i: number): RowSegment {
    const s = this.parts.segments;
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
    return { file: this.segment(i).file, line: this.parts.lineOf[i]! };
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
    return this.parts.repOf.some((r) => r >= 0);
  }
}
