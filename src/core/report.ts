import { plural } from '../errors.js';
import { blankMeasureNote } from './partial.js';
import { INTERVAL_LEVEL, REP_ALPHA, evidence, evidenceNote, type Evidence } from './evidence.js';
import { NO_REP, RATIO_NAMES, chain, groupBy, groupByWeek, ratio, ratioParts, ratios, sumCounts, type RatioName, type Ratios } from './funnel.js';
import { fisherExact, wilson } from './stats.js';
import type { ActivityRow, Counts } from './types.js';

export type Interval = { lo: number; hi: number } | null;
export type Intervals = Record<RatioName, Interval>;

/** Time per dial, when hours were recorded: calls getting longer is a trend leads watch for. */
export interface Pace {
  'dials/hour': number | null;
  'minutes/dial': number | null;
}

export interface ReportPart {
  totals: Counts;
  ratios: Ratios;
  intervals: Intervals;
  pace: Pace;
}

export interface WeekPart extends ReportPart {
  week: string;
  /** Ratio change against the previous week, in absolute terms (0.05 = five percentage points). */
  change: Record<RatioName, number | null> | null;
}

export type Verdict = 'better' | 'worse' | 'same' | 'no data';

export interface Comparison {
  /** The pooled ratio of everyone else. */
  rest: number | null;
  /** Fisher's exact test, two-sided: could this rep's rate and the rest's come from one rate? */
  p_value: number | null;
  verdict: Verdict;
}

export interface RepPart extends ReportPart {
  rep: string;
  weeks: number;
  /** This rep's meetings/dials in each report week (null where the rep has no dials that week). */
  trend: (number | null)[];
  vs_team: Record<Exclude<RatioName, 'callbacks/reached'>, Comparison>;
}

export interface Report extends ReportPart {
  chain: string;
  evidence: Evidence;
  weeks: WeekPart[];
  reps?: RepPart[];
  warnings: string[];
}

export const COMPARED_RATIOS = ['reached/dials', 'meetings/reached', 'meetings/dials'] as const satisfies readonly RatioName[];

function intervals(c: Counts): Intervals {
  const entries = RATIO_NAMES.map((name) => {
    const parts = ratioParts(c, name);
    return [name, parts === null || parts.den === 0 || parts.num > parts.den ? null : wilson(parts.num, parts.den, INTERVAL_LEVEL)];
  });
  return Object.fromEntries(entries) as Intervals;
}

function pace(c: Counts): Pace {
  const h = c.hours;
  return {
    'dials/hour': h === null || h === 0 ? null : c.dials / h,
    'minutes/dial': h === null || c.dials === 0 ? null : (h * 60) / c.dials,
  };
}

export function reportPart(totals: Counts): ReportPart {
  return { totals, ratios: ratios(totals), intervals: intervals(totals), pace: pace(totals) };
}

function change(now: Ratios, before: Ratios | undefined): WeekPart['change'] {
  if (!before) return null;
  const entries = RATIO_NAMES.map((n) => {
    const a = now[n];
    const b = before[n];
    return [n, a === null || b === null ? null : a - b];
  });
  return Object.fromEntries(entries) as Record<RatioName, number | null>;
}

/** One rep against everyone else on one ratio, by Fisher's exact test on the 2×2 table. */
export function compareWithRest(rep: Counts, rest: Counts, name: RatioName, alpha = REP_ALPHA): Comparison {
  const a = ratioParts(rep, name);
  const b = ratioParts(rest, name);
  const restRatio = ratio(rest, name);
  if (a === null || b === null || a.den === 0 || b.den === 0) return { rest: restRatio, p_value: null, verdict: 'no data' };
  const p = fisherExact(a.num, a.den - a.num, b.num, b.den - b.num).twoSided;
  const better = a.num / a.den > b.num / b.den;
  return { rest: restRatio, p_value: p, verdict: p >= alpha ? 'same' : better ? 'better' : 'worse' };
}

function subtract(total: Counts, part: Counts): Counts {
  const minus = (x: number | null, y: number | null) => (x === null || y === null ? null : x - y);
  return {
    dials: total.dials - part.dials,
    reached: total.reached - part.reached,
    callbacks_short: minus(total.callbacks_short, part.callbacks_short),
    callbacks_long: minus(total.callbacks_long, part.callbacks_long),
    callbacks: minus(total.callbacks, part.callbacks),
    meetings: total.meetings - part.meetings,
    hours: minus(total.hours, part.hours),
  };
}

function reps(rows: readonly ActivityRow[], totals: Counts, weekOrder: readonly string[]): RepPart[] {
  return groupBy(rows, (r) => r.rep ?? NO_REP).map((g) => {
    const byWeek = new Map(groupBy(g.rows, (r) => r.week).map((w) => [w.key, ratio(w.totals, 'meetings/dials')]));
    const trend = weekOrder.map((w) => byWeek.get(w) ?? null);
    const rest = subtract(totals, g.totals);
    const vs = Object.fromEntries(COMPARED_RATIOS.map((n) => [n, compareWithRest(g.totals, rest, n)]));
    return { rep: g.key, weeks: byWeek.size, trend, ...reportPart(g.totals), vs_team: vs as RepPart['vs_team'] };
  });
}

/**
 * Weeks still maturing: callbacks are delayed conversions, so the latest week, while it has open
 * short-term callbacks, still has meetings to come. The warning and the HTML charts both ask here.
 */
export function maturingWeeks(weeks: readonly WeekPart[]): WeekPart[] {
  const last = weeks.at(-1);
  const pending = last?.totals.callbacks_short ?? null;
  return !last || weeks.length < 2 || pending === null || pending === 0 ? [] : [last];
}

function pendingCallbacksNote(weeks: readonly WeekPart[]): string | null {
  const last = maturingWeeks(weeks)[0];
  if (!last) return null;
  return `${last.week} has ${plural(last.totals.callbacks_short ?? 0, 'short-term callback')} still open: its meeting rate may rise as they turn into meetings`;
}

/** Everything `funnel report` shows, as data. Ratios are pooled over rows (sum ÷ sum). */
export function buildReport(rows: readonly ActivityRow[], readWarnings: readonly string[] = []): Report {
  const totals = sumCounts(rows.map((r) => r.counts));
  const weekGroups = groupByWeek(rows);
  const weeks: WeekPart[] = [];
  for (const g of weekGroups) {
    const part = reportPart(g.totals);
    weeks.push({ week: g.key, ...part, change: change(part.ratios, weeks.at(-1)?.ratios) });
  }
  const ev = evidence(weeks.length, totals.meetings);
  const warnings = [...readWarnings];
  const thin = evidenceNote(ev);
  if (thin) warnings.push(thin);
  const pending = pendingCallbacksNote(weeks);
  if (pending) warnings.push(pending);
  for (const field of ['hours', 'callbacks'] as const) {
    const blank = blankMeasureNote(rows, field, `${field} are left out of every total (a partial sum would understate them)`);
    if (blank) warnings.push(blank);
  }
  const report: Report = { ...reportPart(totals), chain: chain(totals), evidence: ev, weeks, warnings };
  if (rows.some((r) => r.rep !== null)) report.reps = reps(rows, totals, weeks.map((w) => w.week));
  return report;
}
