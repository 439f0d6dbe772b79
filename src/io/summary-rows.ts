import type { Counts } from '../core/types.js';
import { CountsSum, isIsoWeek } from '../core/funnel.js';
import type { RowColumns } from '../core/row-columns.js';
import { keepRows } from '../core/row-columns-build.js';
import { isSummaryLabel } from '../domain/fields.js';
import type { TableRow } from './weekly-row.js';

/**
 * Rows whose week or rep label says "total" (Total, Totaal, Gesamt, Summe…): for each row, the label
 * found, if any. Each label's answer is remembered (a million rows repeat a few thousand labels), in
 * bounded memory, so labels unique to every row cost time, never memory.
 */
export function summaryLabelOf(): (labels: readonly (string | undefined)[]) => string | undefined {
  const known = new Map<string, boolean>();
  const isSummary = (label: string) => {
    let answer = known.get(label);
    if (answer === undefined) {
      answer = isSummaryLabel(label);
      if (known.size < 65_536) known.set(label, answer);
    }
    return answer;
  };
  return (labels) => labels.find((v) => v !== undefined && isSummary(v));
}

/** A row named in a message: its week cell as written and where it is. */
export interface PlacedRow {
  weekLabel: string;
  origin: { file: string; line: number };
  weekColumn: number;
}

function placed(t: RowColumns, i: number): PlacedRow {
  return { weekLabel: t.label(i), origin: t.origin(i), weekColumn: t.weekColumn(i) };
}

/** The pooled counts of each group and how many rows went in, added in file order. */
class Sums<K> {
  private readonly groups = new Map<K, { rows: number; sum: CountsSum }>();

  private group(key: K): { rows: number; sum: CountsSum } {
    let g = this.groups.get(key);
    if (g === undefined) this.groups.set(key, (g = { rows: 0, sum: new CountsSum() }));
    g.rows++;
    return g;
  }

  add(key: K, c: Counts): void {
    this.group(key).sum.add(c);
  }

  addAt(key: K, t: RowColumns, i: number): void {
    this.group(key).sum.addAt(t, i);
  }

  /** True when the group holds at least `least` rows whose dials, reached and meetings add up to `c`'s. */
  matches(key: K, c: Pick<Counts, 'dials' | 'reached' | 'meetings'>, least = 1): boolean {
    const g = this.groups.get(key);
    if (g === undefined || g.rows < least) return false;
    const s = g.sum.counts();
    return s.dials === c.dials && s.reached === c.reached && s.meetings === c.meetings;
  }
}

/**
 * Total rows people leave unlabelled: a row without a week that sums the other rows (of its rep,
 * if it has one), and in a file with reps, a row without a rep that sums its week's reps.
 * A weekless row that is not such a sum is returned as an error. Sums are kept per week and per rep,
 * so a table of a million rows, some without a rep, is checked in one pass.
 */
export function computedTotals(rows: RowColumns, weekless: readonly TableRow[]): { rows: RowColumns; skipped: PlacedRow[]; weekless: TableRow[] } {
  const skipped: PlacedRow[] = [];
  let kept = rows;
  const repless = (i: number) => rows.repId(i) < 0;
  // A table with a rep on every row (or none) has no rep-less totals: no copy of its rows.
  if (rows.hasRep() && hasAny(rows.length, repless)) {
    const byWeek = new Sums<number>();
    for (let i = 0; i < rows.length; i++) if (!repless(i)) byWeek.addAt(rows.weekId(i), rows, i);
    kept = keepRows(rows, (i) => {
      const isTotal = repless(i) && byWeek.matches(rows.weekId(i), rows.counts(i));
      if (isTotal) skipped.push(placed(rows, i));
      return !isTotal;
    });
  }
  const unknown: TableRow[] = [];
  if (weekless.length > 0) {
    const all = new Sums<null>();
    const byRep = new Sums<string>();
    for (let i = 0; i < kept.length; i++) {
      all.addAt(null, kept, i);
      const rep = kept.rep(i);
      if (rep !== null) byRep.addAt(rep, kept, i);
    }
    for (const t of weekless) {
      const isTotal = t.rep === null ? all.matches(null, t.counts) : byRep.matches(t.rep, t.counts);
      (isTotal ? skipped : unknown).push(t);
    }
  }
  skipped.sort((a, b) => a.origin.line - b.origin.line);
  return { rows: kept, skipped, weekless: unknown };
}

function hasAny(n: number, test: (i: number) => boolean): boolean {
  for (let i = 0; i < n; i++) if (test(i)) return true;
  return false;
}

/** Whether each week of the table (by its number) is an ISO week. */
export function isoWeeks(rows: RowColumns): Uint8Array {
  return Uint8Array.from({ length: rows.weekCount }, (_, w) => (isIsoWeek(rows.weekName(w)) ? 1 : 0));
}

/**
 * A total labelled in a language we have no word for ("Somme", "Σ"): in a column of real weeks, a
 * label that is no week, on a row that sums the weeks (of its rep). Returned apart, to be skipped.
 */
export function labelledTotals(rows: RowColumns): { rows: RowColumns; skipped: PlacedRow[] } {
  const iso = isoWeeks(rows);
  if (iso.every((x) => x === 1) || !iso.some((x) => x === 1)) return { rows, skipped: [] };
  const isIso = (i: number) => iso[rows.weekId(i)] === 1;
  const all = new Sums<null>();
  const byRep = new Sums<string>();
  for (let i = 0; i < rows.length; i++) {
    if (!isIso(i)) continue;
    all.addAt(null, rows, i);
    const rep = rows.rep(i);
    if (rep !== null) byRep.addAt(rep, rows, i);
  }
  // A sum of one week is that week's copy, not a total: it needs at least two.
  const skipped: PlacedRow[] = [];
  const kept = keepRows(rows, (i) => {
    if (isIso(i)) return true;
    const rep = rows.rep(i);
    const c = rows.counts(i);
    const isTotal = rep === null ? all.matches(null, c, 2) : byRep.matches(rep, c, 2);
    if (isTotal) skipped.push(placed(rows, i));
    return !isTotal;
  });
  return { rows: kept, skipped };
}
