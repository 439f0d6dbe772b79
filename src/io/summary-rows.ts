import type { Counts } from '../core/types.js';
import { CountsSum, isIsoWeek } from '../core/funnel.js';
import { isSummaryLabel } from '../domain/fields.js';
import type { TableRow } from './weekly-table.js';

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

/** The pooled counts of each group and how many rows went in, added in file order. */
class Sums<K> {
  private readonly groups = new Map<K, { rows: number; sum: CountsSum }>();

  add(key: K, c: Counts): void {
    let g = this.groups.get(key);
    if (g === undefined) this.groups.set(key, (g = { rows: 0, sum: new CountsSum() }));
    g.rows++;
    g.sum.add(c);
  }

  /** True when the group holds at least `least` rows whose dials, reached and meetings add up to `c`'s. */
  matches(key: K, c: Counts, least = 1): boolean {
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
export function computedTotals(rows: readonly TableRow[], weekless: readonly TableRow[]): { rows: readonly TableRow[]; skipped: TableRow[]; weekless: TableRow[] } {
  const hasReps = rows.some((t) => t.rep !== null);
  const skipped: TableRow[] = [];
  let kept = rows;
  // A table with a rep on every row (or none) has no rep-less totals: no copy of its rows.
  if (hasReps && rows.some((t) => t.rep === null)) {
    const byWeek = new Sums<string>();
    for (const t of rows) if (t.rep !== null) byWeek.add(t.week, t.counts);
    kept = rows.filter((t) => {
      const isTotal = t.rep === null && byWeek.matches(t.week, t.counts);
      if (isTotal) skipped.push(t);
      return !isTotal;
    });
  }
  const unknown: TableRow[] = [];
  if (weekless.length > 0) {
    const all = new Sums<null>();
    const byRep = new Sums<string>();
    for (const o of kept) {
      all.add(null, o.counts);
      if (o.rep !== null) byRep.add(o.rep, o.counts);
    }
    for (const t of weekless) {
      const isTotal = t.rep === null ? all.matches(null, t.counts) : byRep.matches(t.rep, t.counts);
      (isTotal ? skipped : unknown).push(t);
    }
  }
  skipped.sort((a, b) => a.origin.line - b.origin.line);
  return { rows: kept, skipped, weekless: unknown };
}

/**
 * A total labelled in a language we have no word for ("Somme", "Σ"): in a column of real weeks, a
 * label that is no week, on a row that sums the weeks (of its rep). Returned apart, to be skipped.
 */
export function labelledTotals(rows: readonly TableRow[]): { rows: readonly TableRow[]; skipped: TableRow[] } {
  if (rows.every((t) => isIsoWeek(t.week)) || !rows.some((t) => isIsoWeek(t.week))) return { rows, skipped: [] };
  const all = new Sums<null>();
  const byRep = new Sums<string>();
  for (const o of rows) {
    if (!isIsoWeek(o.week)) continue;
    all.add(null, o.counts);
    if (o.rep !== null) byRep.add(o.rep, o.counts);
  }
  // A sum of one week is that week's copy, not a total: it needs at least two.
  const skipped = rows.filter((t) => !isIsoWeek(t.week) && (t.rep === null ? all.matches(null, t.counts, 2) : byRep.matches(t.rep, t.counts, 2)));
  const isSkipped = new Set(skipped);
  return { rows: rows.filter((t) => !isSkipped.has(t)), skipped };
}
