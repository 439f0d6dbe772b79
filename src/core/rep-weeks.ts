/**
 * Each rep's weeks, grouped once: a team of 20,000 reps over a year is a million rep-weeks, so they
 * live in flat typed columns (one slot per rep-week) instead of an object, a list and a sum per group.
 * The order is the one groupBy + groupByWeek give: reps as they first appear, each rep's weeks in
 * report order (ISO weeks sorted, other labels as they first appear in that rep's rows).
 *
 * Only the whole-number counts are kept per rep-week (dials, reached, meetings, callbacks): what the
 * wobble, the design effects and the weekly columns need. Their sums are exact in any order; hours
 * are fractional, so anything shown with hours is summed row by row in row order (CountsSum).
 */
import { CountsSum, RATIO_DEFS, RATIO_NAMES, isIsoWeek, orderWeeks, type RatioName } from './funnel.js';
import { FlatCells, estimateDispersionFlat } from './stats.js';
import type { Counts } from './types.js';
import { columnsOf, type Rows } from './row-columns-build.js';
import type { CountArray, RowColumns } from './row-columns.js';
import type { RatioDispersion } from './wobble.js';

type CellField = 'dials' | 'reached' | 'meetings' | 'callbacks';

export interface RepWeeks {
  /** Rep keys in order of first appearance (rows without a rep under the key given). */
  reps: string[];
  /** Every week label of the rows, in report order. */
  weeks: string[];
  /** Each row's rep (index into reps) and rep-week (cell). */
  repOfRow: Int32Array;
  cellOfRow: Int32Array;
  /** The cells of rep i are start[i] .. start[i + 1] − 1. */
  start: Int32Array;
  /** Each cell's week (index into weeks). */
  week: Int32Array;
  /** Each cell's counts; callbacks is NaN where a row of the cell did not record them. */
  columns: Record<CellField, CountArray>;
}

const built = new WeakMap<RowColumns, Map<string, RepWeeks>>();

/**
 * buildRepWeeks once per table and key: a check groups the same million rows for its wobble and for
 * its subjects. Kept only while the table lives.
 */
export function repWeeksOf(rows: Rows, noRep: string): RepWeeks {
  const t = columnsOf(rows);
  let byKey = built.get(t);
  if (byKey === undefined) built.set(t, (byKey = new Map()));
  let table = byKey.get(noRep);
  if (table === undefined) byKey.set(noRep, (table = buildRepWeeks(t, noRep)));
  return table;
}

/** Groups rows by rep (rows without one under `noRep`) and by week within each rep, in one pass. */
export function buildRepWeeks(rows: Rows, noRep: string): RepWeeks {
  const t = columnsOf(rows);
  const count = t.length;
  const repIndex = new Map<string, number>();
  const reps: string[] = [];
  const labels: string[] = [];
  const repOfRow = new Int32Array(count);
  const labelOfRow = new Int32Array(count);
  // The table's own rep and week numbers, renumbered in first appearance (slot 0: no rep).
  const repOfId = new Int32Array(t.repCount + 1).fill(-1);
  const labelOfId = new Int32Array(t.weekCount).fill(-1);
  for (let i = 0; i < count; i++) {
    const id = t.repId(i) + 1;
    let rep = repOfId[id]!;
    if (rep === -1) {
      const key = id === 0 ? noRep : t.repName(id - 1);
      let known = repIndex.get(key);
      if (known === undefined) {
        known = reps.length;
        repIndex.set(key, known);
        reps.push(key);
      }
      repOfId[id] = rep = known;
    }
    repOfRow[i] = rep;
    const w = t.weekId(i);
    let label = labelOfId[w]!;
    if (label === -1) {
      labelOfId[w] = label = labels.length;
      labels.push(t.weekName(w));
    }
    labelOfRow[i] = label;
  }
  const weeks = orderWeeks(labels);
  const position = new Map(weeks.map((w, i) => [w, i]));
  const rank = Int32Array.from(labels, (l) => position.get(l)!);
  const iso = Uint8Array.from(labels, (l) => (isIsoWeek(l) ? 1 : 0));
  const isoCount = iso.reduce((a, b) => a + b, 0);

  // The rows of each rep, in row order (a stable counting sort).
  const rowStart = new Int32Array(reps.length + 1);
  for (let i = 0; i < count; i++) rowStart[repOfRow[i]! + 1]!++;
  for (let p = 0; p < reps.length; p++) rowStart[p + 1]! += rowStart[p]!;
  const byRep = new Int32Array(count);
  const fill = rowStart.slice(0, reps.length);
  for (let i = 0; i < count; i++) byRep[fill[repOfRow[i]!]!++] = i;

  const cellOfRow = new Int32Array(count);
  const weekOfCell = new Int32Array(count);
  const start = new Int32Array(reps.length + 1);
  const seenBy = new Int32Array(labels.length).fill(-1);
  const slot = new Int32Array(labels.length);
  const own: number[] = [];
  let cells = 0;
  for (let p = 0; p < reps.length; p++) {
    start[p] = cells;
    own.length = 0;
    for (let j = rowStart[p]!; j < rowStart[p + 1]!; j++) {
      const l = labelOfRow[byRep[j]!]!;
      if (seenBy[l] !== p) {
        seenBy[l] = p;
        slot[l] = own.length;
        own.push(l);
      }
    }
    // groupByWeek's order within the rep: ISO weeks by their place in the report, then the rest as they came.
    const sortKey = (l: number) => (iso[l] ? rank[l]! : isoCount + slot[l]!);
    let sorted = true;
    for (let k = 1; k < own.length && sorted; k++) sorted = sortKey(own[k - 1]!) < sortKey(own[k]!);
    const ordered = sorted ? own : own.slice().sort((a, b) => sortKey(a) - sortKey(b));
    for (let k = 0; k < ordered.length; k++) {
      const l = ordered[k]!;
      weekOfCell[cells + k] = rank[l]!;
      slot[l] = cells + k;
    }
    for (let j = rowStart[p]!; j < rowStart[p + 1]!; j++) cellOfRow[byRep[j]!] = slot[labelOfRow[byRep[j]!]!]!;
    cells += ordered.length;
  }
  start[reps.length] = cells;

  const v = t.parts.values;
  // A cell sums at most the rows of its rep: while that many of the largest value stay within 2^24,
  // every partial sum is a whole number a 4-byte float holds exactly (half the memory of 8-byte ones).
  let mostRows = 0;
  for (let p = 0; p < reps.length; p++) mostRows = Math.max(mostRows, rowStart[p + 1]! - rowStart[p]!);
  const cellColumn = (values: CountArray | null): CountArray => {
    let largest = 0;
    if (values) for (let i = 0; i < count; i++) if (values[i]! > largest) largest = values[i]!;
    return largest * mostRows <= 2 ** 24 ? new Float32Array(cells) : new Float64Array(cells);
  };
  const columns: Record<CellField, CountArray> = { dials: cellColumn(v.dials), reached: cellColumn(v.reached), meetings: cellColumn(v.meetings), callbacks: cellColumn(v.callbacks) };
  const { dials, reached, meetings, callbacks } = columns;
  for (let i = 0; i < count; i++) {
    const k = cellOfRow[i]!;
    dials[k]! += v.dials[i]!;
    reached[k]! += v.reached[i]!;
    meetings[k]! += v.meetings[i]!;
    callbacks[k]! += v.callbacks?.[i] ?? Number.NaN;
  }
  return { reps, weeks, repOfRow, cellOfRow, start, week: weekOfCell.slice(0, cells), columns };
}

/**
 * Σ n and Σ n² of a ratio's denominators over one rep's weeks, or every rep's (rep null), in cell order
 * as designEffect sums them; 0 where the ratio is not recorded.
 */
export function repCellSizes(t: RepWeeks, rep: number | null, name: RatioName): { sum: number; squares: number } {
  const { num, den } = RATIO_DEFS[name];
  const nums = t.columns[num];
  const dens = t.columns[den];
  let sum = 0;
  let squares = 0;
  const from = rep === null ? 0 : t.start[rep]!;
  const to = rep === null ? t.week.length : t.start[rep + 1]!;
  for (let k = from; k < to; k++) {
    const n = Number.isNaN(nums[k]!) ? 0 : dens[k]!;
    sum += n;
    squares += n * n;
  }
  return { sum, squares };
}

/**
 * ρ per ratio with each rep's weeks as a group (what dispersionOf gives for the reps' weekly counts).
 * `order`: the reps in the order their groups are pooled (default: all, as they first appeared);
 * `keepWeek`: which weeks count (default: all).
 */
export function repDispersion(t: RepWeeks, order?: Iterable<number>, keepWeek?: (week: number) => boolean): RatioDispersion {
  const entries = RATIO_NAMES.map((name) => {
    const flat = new FlatCells(t.week.length);
    const nums = t.columns[RATIO_DEFS[name].num];
    const dens = t.columns[RATIO_DEFS[name].den];
    for (const rep of order ?? t.reps.keys()) {
      for (let k = t.start[rep]!; k < t.start[rep + 1]!; k++) {
        if (keepWeek && !keepWeek(t.week[k]!)) continue;
        // cellOf: (min(num, den), den), none where the ratio is not recorded (callbacks left blank).
        const x = nums[k]!;
        if (!Number.isNaN(x)) flat.push(Math.min(x, dens[k]!), dens[k]!);
      }
      flat.endGroup();
    }
    return [name, estimateDispersionFlat(flat)];
  });
  return Object.fromEntries(entries) as RatioDispersion;
}

/** A rep's meetings/dials in each week of the report (null where the rep has no dials that week). */
export function repTrend(t: RepWeeks, rep: number): (number | null)[] {
  const trend: (number | null)[] = new Array<number | null>(t.weeks.length).fill(null);
  const { dials, meetings } = t.columns;
  for (let k = t.start[rep]!; k < t.start[rep + 1]!; k++) trend[t.week[k]!] = dials[k] === 0 ? null : meetings[k]! / dials[k]!;
  return trend;
}

/** A rep's counts as columns aligned with the report's weeks (null where the rep has no row that week). */
export function repWeeklyColumns(t: RepWeeks, rep: number): Record<CellField, (number | null)[]> {
  const column = (field: CellField) => {
    const values: (number | null)[] = new Array<number | null>(t.weeks.length).fill(null);
    const source = t.columns[field];
    for (let k = t.start[rep]!; k < t.start[rep + 1]!; k++) {
      const v = source[k]!;
      values[t.week[k]!] = Number.isNaN(v) ? null : v;
    }
    return values;
  };
  return { dials: column('dials'), reached: column('reached'), meetings: column('meetings'), callbacks: column('callbacks') };
}

/** Pooled counts per rep of the rows kept (row order, so fractional hours sum exactly as sumCounts does). */
export function repTotals(rows: Rows, t: RepWeeks, keepRow?: (i: number) => boolean): Counts[] {
  const table = columnsOf(rows);
  const sums = t.reps.map(() => new CountsSum());
  for (let i = 0; i < table.length; i++) if (!keepRow || keepRow(i)) sums[t.repOfRow[i]!]!.addAt(table, i);
  return sums.map((s) => s.counts());
}
