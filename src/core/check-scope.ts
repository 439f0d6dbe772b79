import { plural } from '../errors.js';
import { CountsSum, NO_REP, sumByWeek, weekOrder } from './funnel.js';
import { columnsOf, type Rows } from './row-columns-build.js';
import { repWeeksOf } from './rep-weeks.js';
import type { Counts } from './types.js';

/** Which weeks a check looks at: the latest (default), the last N pooled, or all of them. */
export type Scope = { kind: 'latest' } | { kind: 'window'; weeks: number } | { kind: 'all' };

/** Who is checked, over which weeks, with which pooled counts. */
export interface Subject {
  /** The weeks, as one label: "2026-W46", or "2026-W40..2026-W46" for several. */
  scope: string;
  /** null for the whole team. */
  rep: string | null;
  counts: Counts;
  /** The same counts week by week: the cells behind the design effect (absent: one cell, `counts`). */
  weekly?: Counts[];
}

/** The weeks in scope, in report order (ISO weeks chronologically, other labels as they came). */
export function weeksInScope(rows: Rows, scope: Scope): string[] {
  const weeks = weekOrder(rows);
  const take = scope.kind === 'all' ? weeks.length : scope.kind === 'window' ? scope.weeks : 1;
  return weeks.slice(Math.max(0, weeks.length - take));
}

function label(weeks: readonly string[]): string {
  if (weeks.length === 0) return '(no weeks)';
  return weeks.length === 1 ? weeks[0]! : `${weeks[0]}..${weeks[weeks.length - 1]}`;
}

/**
 * The team as one subject, or (by rep) each rep seen anywhere in the data — a rep with no rows in
 * the scope still appears, with zero counts, so that "no data" is said rather than silently skipped.
 */
export function subjects(input: Rows, scope: Scope, byRep: boolean): Subject[] {
  const rows = columnsOf(input);
  const weeks = weeksInScope(rows, scope);
  const inScope = new Set(weeks);
  const scopeLabel = label(weeks);
  if (!byRep) {
    const weekInScope = Array.from({ length: rows.weekCount }, (_, w) => inScope.has(rows.weekName(w)));
    const scoped = (i: number) => weekInScope[rows.weekId(i)]!;
    const team = new CountsSum();
    for (let i = 0; i < rows.length; i++) if (scoped(i)) team.addAt(rows, i);
    return [{ scope: scopeLabel, rep: null, counts: team.counts(), weekly: sumByWeek(rows, scoped).map((w) => w.totals) }];
  }
  // Reps grouped once (a rep-week is a cell); each cell in scope pooled row by row, in row order.
  const table = repWeeksOf(rows, NO_REP);
  const weekInScope = table.weeks.map((w) => inScope.has(w));
  const repSums = table.reps.map(() => new CountsSum());
  // Only the cells in scope get a sum (one week of a year's cells by default): slot k → index in `cells`.
  const slot = new Int32Array(table.week.length).fill(-1);
  const cells: CountsSum[] = [];
  for (let i = 0; i < rows.length; i++) {
    const k = table.cellOfRow[i]!;
    if (!weekInScope[table.week[k]!]) continue;
    repSums[table.repOfRow[i]!]!.addAt(rows, i);
    if (slot[k] === -1) slot[k] = cells.push(new CountsSum()) - 1;
    cells[slot[k]!]!.addAt(rows, i);
  }
  return table.reps.map((rep, p) => {
    const weekly: Counts[] = [];
    for (let k = table.start[p]!; k < table.start[p + 1]!; k++) {
      if (slot[k] !== -1) weekly.push(cells[slot[k]!]!.counts());
    }
    return { scope: scopeLabel, rep, counts: repSums[p]!.counts(), weekly };
  });
}

/** A window longer than the data is not an error (a new team has few weeks), but the reader should know. */
export function scopeNotes(rows: Rows, scope: Scope): string[] {
  if (scope.kind !== 'window') return [];
  const weeks = weeksInScope(rows, scope).length;
  if (weeks >= scope.weeks) return [];
  return [`--window ${scope.weeks}: the data has only ${plural(weeks, 'week')}; checked ${weeks === 1 ? 'that one' : `all ${weeks}`}`];
}
