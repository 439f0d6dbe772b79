import type { Counts } from '../core/types.js';
import { isIsoWeek, sumCounts } from '../core/funnel.js';
import { isSummaryLabel } from '../domain/fields.js';
import type { TableRow } from './weekly-table.js';

/** Rows whose week or rep label says "total" (Total, Totaal, Gesamt, Summe…): the label found, if any. */
export function summaryLabel(labels: readonly (string | undefined)[]): string | undefined {
  return labels.find((v) => v !== undefined && isSummaryLabel(v));
}

/**
 * Total rows people leave unlabelled: a row without a week that sums the other rows (of its rep,
 * if it has one), and in a file with reps, a row without a rep that sums its week's reps.
 * A weekless row that is not such a sum is returned as an error.
 */
export function computedTotals(rows: readonly TableRow[], weekless: readonly TableRow[]): { rows: TableRow[]; skipped: TableRow[]; weekless: TableRow[] } {
  const matchesSum = (t: TableRow, others: readonly TableRow[]) =>
    others.length > 0 && sameCounts(t.counts, sumCounts(others.map((o) => o.counts)));
  const hasReps = rows.some((t) => t.rep !== null);
  const skipped: TableRow[] = [];
  const kept = rows.filter((t) => {
    if (!hasReps || t.rep !== null) return true;
    const isTotal = matchesSum(t, rows.filter((o) => o.rep !== null && o.week === t.week));
    if (isTotal) skipped.push(t);
    return !isTotal;
  });
  const unknown: TableRow[] = [];
  for (const t of weekless) {
    const others = kept.filter((o) => t.rep === null || o.rep === t.rep);
    (matchesSum(t, others) ? skipped : unknown).push(t);
  }
  skipped.sort((a, b) => a.origin.line - b.origin.line);
  return { rows: kept, skipped, weekless: unknown };
}

function sameCounts(a: Counts, b: Counts): boolean {
  return a.dials === b.dials && a.reached === b.reached && a.meetings === b.meetings;
}

/**
 * A total labelled in a language we have no word for ("Somme", "Σ"): in a column of real weeks, a
 * label that is no week, on a row that sums the weeks (of its rep). Returned apart, to be skipped.
 */
export function labelledTotals(rows: readonly TableRow[]): { rows: TableRow[]; skipped: TableRow[] } {
  const weeks = rows.filter((t) => isIsoWeek(t.week));
  if (weeks.length === 0) return { rows: [...rows], skipped: [] };
  const skipped = rows.filter((t) => {
    if (isIsoWeek(t.week)) return false;
    const others = weeks.filter((o) => t.rep === null || o.rep === t.rep);
    // A sum of one week is that week's copy, not a total: it needs at least two.
    return others.length > 1 && sameCounts(t.counts, sumCounts(others.map((o) => o.counts)));
  });
  return { rows: rows.filter((t) => !skipped.includes(t)), skipped };
}
