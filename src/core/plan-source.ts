import { blankMeasureNote } from './partial.js';
import { UsageError, plural } from '../errors.js';
import { chain, groupByWeek, sumCounts } from './funnel.js';
import type { FunnelCounts, StageRates } from './plan-model.js';
import { ratesFromCounts, ratesFromStages } from './plan-model.js';
import { REFERENCE_FUNNEL } from '../domain/reference.js';
import type { ActivityRow } from './types.js';

/** Where a plan's rates come from; the output always says which. */
export interface PlanSource {
  kind: 'reference' | 'history' | 'explicit';
  files: string[];
  /** Weeks of history behind the rates; null when unknown (explicit rates). */
  weeks: number | null;
  /** The counts behind the rates; null for explicit rates given without counts (no sampling range then). */
  counts: FunnelCounts | null;
  rep: string | null;
  /** The --last N weeks used, when given. */
  last: number | null;
  label: string;
  rates: StageRates;
}

/** A history's chosen rows, pooled. `hours` (and `talkSeconds`) are null unless every chosen row records them. */
export interface History {
  counts: FunnelCounts;
  hours: number | null;
  /** Talk time summed from a call log's durations. */
  talkSeconds: number | null;
  weeks: string[];
  /** Weeks there were before --last. */
  available: number;
  rep: string | null;
  /** Meetings and dials week by week, for the week-to-week wobble. */
  series: { meetings: number[]; dials: number[] };
  /** Rows of the chosen weeks that leave hours blank while others have them (see blankMeasureNote); shown when the default time model is used. */
  blankHours: string | null;
}

/** Keeps one rep's rows (case-insensitive) and then the last N weeks in report order. */
export function selectHistory(rows: readonly ActivityRow[], opts: { rep?: string; last?: number }): History {
  let chosen = [...rows];
  let rep: string | null = null;
  if (opts.rep !== undefined) {
    const reps = [...new Set(rows.map((r) => r.rep).filter((r): r is string => r !== null))];
    if (reps.length === 0) throw new UsageError(`--rep ${opts.rep}: the history has no rep column`, 'leave out --rep, or add a column such as Rep, Verkoper or Verkäufer');
    const wanted = opts.rep.trim().toLowerCase();
    rep = reps.find((r) => r.trim().toLowerCase() === wanted) ?? null;
    if (rep === null) throw new UsageError(`no rep "${opts.rep}" in the history`, `reps found: ${reps.join(', ')}`);
    chosen = chosen.filter((r) => r.rep === rep);
  }
  const all = groupByWeek(chosen);
  const weeks = opts.last === undefined ? all : all.slice(-opts.last);
  const total = sumCounts(weeks.map((w) => w.totals));
  const kept = new Set(weeks.map((w) => w.key));
  const blankHours = blankMeasureNote(chosen.filter((r) => kept.has(r.week)), 'hours', 'the plan cannot measure its pace from them and uses the default time model');
  return {
    counts: { dials: total.dials, reached: total.reached, meetings: total.meetings },
    hours: total.hours,
    talkSeconds: total.talk_seconds ?? null,
    weeks: weeks.map((w) => w.key),
    available: all.length,
    rep,
    series: { meetings: weeks.map((w) => w.totals.meetings), dials: weeks.map((w) => w.totals.dials) },
    blankHours,
  };
}

/** Rates need a booked meeting: zero meetings would mean Infinity dials. */
export function checkPlannable(c: FunnelCounts, what: string): void {
  if (c.meetings > 0) return;
  throw new UsageError(
    `${what} has no meetings (${chain(c)}), so no number of dials is known to book one`,
    'use more weeks of history, or give rates with --ratios M/R/D or --reach-rate R --meeting-rate M',
  );
}

export function historySource(h: History, files: string[], last: number | null): PlanSource {
  const weeks = h.weeks.length;
  const what = `the history${h.rep ? ` of ${h.rep}` : ''}`;
  checkPlannable(h.counts, what);
  const c = h.counts;
  return {
    kind: 'history', files, weeks, counts: c, rep: h.rep, last,
    label: `${what}: ${chain(c)} over ${plural(weeks, 'week')} from ${files.join(', ')}`,
    rates: ratesFromCounts(c),
  };
}

export function referenceSource(): PlanSource {
  const c = { ...REFERENCE_FUNNEL.counts };
  return { kind: 'reference', files: [], weeks: REFERENCE_FUNNEL.weeks, counts: c, rep: null, last: null, label: `built-in ${REFERENCE_FUNNEL.label}`, rates: ratesFromCounts(c) };
}

/** --ratios M/R/D: counts, so the plan keeps a sampling range. */
export function countsSource(c: FunnelCounts): PlanSource {
  const label = `--ratios ${chain(c)}`;
  checkPlannable(c, label);
  return { kind: 'explicit', files: [], weeks: null, counts: c, rep: null, last: null, label, rates: ratesFromCounts(c) };
}

/** --reach-rate and --meeting-rate: rates without counts, so no sampling range (we do not invent counts). */
export function ratesSource(reach: number, meet: number): PlanSource {
  return {
    kind: 'explicit', files: [], weeks: null, counts: null, rep: null, last: null,
    label: `--reach-rate ${reach} --meeting-rate ${meet}`, rates: ratesFromStages(reach, meet),
  };
}
