import { plural } from '../errors.js';
import { NO_REP, groupBy, groupByWeek, sumCounts } from './funnel.js';
import type { ActivityRow, Counts } from './types.js';

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
export function weeksInScope(rows: readonly ActivityRow[], scope: Scope): string[] {
  const weeks = groupByWeek(rows).map((g) => g.key);
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
export function subjects(rows: readonly ActivityRow[], scope: Scope, byRep: boolean): Subject[] {
  const weeks = weeksInScope(rows, scope);
  const inScope = new Set(weeks);
  const scoped = rows.filter((r) => inScope.has(r.week));
  const scopeLabel = label(weeks);
  const weekly = (rs: readonly ActivityRow[]) => groupByWeek(rs).map((w) => w.totals);
  if (!byRep) return [{ scope: scopeLabel, rep: null, counts: sumCounts(scoped.map((r) => r.counts)), weekly: weekly(scoped) }];
  return groupBy(rows, (r) => r.rep ?? NO_REP).map((g) => {
    const own = g.rows.filter((r) => inScope.has(r.week));
    return { scope: scopeLabel, rep: g.key, counts: sumCounts(own.map((r) => r.counts)), weekly: weekly(own) };
  });
}

/** A window longer than the data is not an error (a new team has few weeks), but the reader should know. */
export function scopeNotes(rows: readonly ActivityRow[], scope: Scope): string[] {
  if (scope.kind !== 'window') return [];
  const weeks = weeksInScope(rows, scope).length;
  if (weeks >= scope.weeks) return [];
  return [`--window ${scope.weeks}: the data has only ${plural(weeks, 'week')}; checked ${weeks === 1 ? 'that one' : `all ${weeks}`}`];
}
