import { plural } from '../errors.js';
import { appendAll } from './arrays.js';
import { blankMeasureNote } from './partial.js';
import { INTERVAL_LEVEL, evidence, evidenceNote, type Evidence } from './evidence.js';
import { CountsSum, NO_REP, RATIO_NAMES, chain, ratio, ratioParts, ratios, sumByWeek, type RatioName, type Ratios } from './funnel.js';
import { COMPARED_RATIOS, leaderboard, type Comparison } from './leaderboard.js';
import { designEffect, designEffectOfSums, smallSampleFactor, wilsonEffective, wobbleSd, type Dispersion } from './stats.js';
import type { Counts } from './types.js';
import { columnsOf, type Rows } from './row-columns-build.js';
import { buildRepWeeks, repCellSizes, repDispersion, repTotals, repTrend, type RepWeeks } from './rep-weeks.js';
import { cellSizes, dispersionOf, type RatioDispersion } from './wobble.js';
import { weekMoves, type Move } from './week-moves.js';

export { COMPARED_RATIOS, compareWithRest, type Comparison, type Verdict } from './leaderboard.js';

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
  /** Whether that change is beyond chance and the weekly wobble ('flat' when not); null where there is no change. */
  moved: Record<RatioName, Move | null> | null;
}

/** The wobble of one ratio: ρ, the rate's SD from cell to cell at the pooled rate, and the degrees of freedom behind it. */
export interface WobbleJson {
  rho: number;
  sd: number;
  df: number;
}

/** Week-to-week wobble beyond chance: of the team's weeks, and of each rep's weeks (when there are reps). */
export interface ReportWobble {
  weeks: Record<RatioName, WobbleJson>;
  rep_weeks: Record<RatioName, WobbleJson> | null;
}

export interface RepPart extends ReportPart {
  rep: string;
  weeks: number;
  /** This rep's meetings/dials in each report week (null where the rep has no dials that week). */
  trend: (number | null)[];
  vs_team: Record<(typeof COMPARED_RATIOS)[number], Comparison>;
  /** The rep's counts week by week (rep `index` of the table): what a later `check --by rep` needs to measure the wobble. */
  weekly: { table: RepWeeks; index: number };
}

export interface Report extends ReportPart {
  chain: string;
  evidence: Evidence;
  wobble: ReportWobble;
  weeks: WeekPart[];
  reps?: RepPart[];
  warnings: string[];
}

/** Wilson intervals at effective counts: `deff` gives each ratio's design effect (1: none). */
function intervals(c: Counts, deff: (name: RatioName) => number): Intervals {
  const entries = RATIO_NAMES.map((name) => {
    const parts = ratioParts(c, name);
    if (parts === null || parts.den === 0 || parts.num > parts.den) return [name, null];
    const d = deff(name);
    return [name, wilsonEffective(parts.num / d, parts.den / d, INTERVAL_LEVEL)];
  });
  return Object.fromEntries(entries) as Intervals;
}

/**
 * An estimated wobble is itself uncertain: Student's t on its degrees of freedom (smallSampleFactor),
 * one factor per ratio, the same for every group measured with that wobble.
 */
function tFactors(wobble: Partial<RatioDispersion>): Partial<Record<RatioName, number>> {
  const factors: Partial<Record<RatioName, number>> = {};
  for (const name of RATIO_NAMES) {
    const d: Dispersion | undefined = wobble[name];
    if (d) factors[name] = smallSampleFactor(d, INTERVAL_LEVEL);
  }
  return factors;
}

function pace(c: Counts): Pace {
  const h = c.hours;
  return {
    'dials/hour': h === null || h === 0 ? null : c.dials / h,
    'minutes/dial': h === null || c.dials === 0 ? null : (h * 60) / c.dials,
  };
}

/** Counts pooled over wobbling weeks enter the intervals at their effective size (ρ per ratio, the weeks as cells). */
export function reportPart(totals: Counts, weekly: readonly Counts[] = [], wobble: Partial<RatioDispersion> = {}): ReportPart {
  const factors = tFactors(wobble);
  const deff = (name: RatioName) => {
    const d = wobble[name];
    return d ? designEffect(cellSizes(weekly, name), d.rho) * factors[name]! : 1;
  };
  return { totals, ratios: ratios(totals), intervals: intervals(totals, deff), pace: pace(totals) };
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

function rhoOf(d: RatioDispersion): Record<RatioName, number> {
  return Object.fromEntries(RATIO_NAMES.map((n) => [n, d[n].rho])) as Record<RatioName, number>;
}

function wobbleJson(d: RatioDispersion, totals: Counts): Record<RatioName, WobbleJson> {
  const entries = RATIO_NAMES.map((n) => [n, { rho: d[n].rho, sd: wobbleSd(d[n].rho, ratio(totals, n) ?? 0), df: d[n].df }]);
  return Object.fromEntries(entries) as Record<RatioName, WobbleJson>;
}

function reps(table: RepWeeks, totalsByRep: readonly Counts[], totals: Counts, wobble: RatioDispersion): RepPart[] {
  const rho = rhoOf(wobble);
  const board = leaderboard(table, totalsByRep, totals, rho);
  const factors = tFactors(wobble);
  return table.reps.map((rep, i) => {
    const t = totalsByRep[i]!;
    const deff = (name: RatioName) => {
      const s = repCellSizes(table, i, name);
      return designEffectOfSums(s.sum, s.squares, wobble[name].rho) * factors[name]!;
    };
    const part: ReportPart = { totals: t, ratios: ratios(t), intervals: intervals(t, deff), pace: pace(t) };
    // The trend is read from the table when shown: a year of weeks for 20,000 reps is 25 MB held as lists.
    return {
      rep, weeks: table.start[i + 1]! - table.start[i]!, get trend() { return repTrend(table, i); },
      ...part, vs_team: board[i]!, weekly: { table, index: i },
    };
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

/** What a report needs of its rows: with it, the rows themselves can be let go (a million rows, 50 MB). */
export interface GroupedRows {
  totals: Counts;
  byWeek: { week: string; totals: Counts }[];
  /** Each rep's weeks, and each rep's pooled counts; null without reps. */
  table: RepWeeks | null;
  repTotals: Counts[] | null;
  /** Optional measures blank in some rows but not all. */
  blankNotes: string[];
}

export function groupRows(input: Rows): GroupedRows {
  const rows = columnsOf(input);
  const team = new CountsSum();
  for (let i = 0; i < rows.length; i++) team.addAt(rows, i);
  const table = rows.hasRep() ? buildRepWeeks(rows, NO_REP) : null;
  const blankNotes: string[] = [];
  for (const field of ['hours', 'callbacks'] as const) {
    const blank = blankMeasureNote(rows, field, `${field} are left out of every total (a partial sum would understate them)`);
    if (blank) blankNotes.push(blank);
  }
  return { totals: team.counts(), byWeek: sumByWeek(rows), table, repTotals: table && repTotals(rows, table), blankNotes };
}

/** Everything `funnel report` shows, as data. Ratios are pooled over rows (sum ÷ sum). */
export function buildReport(rows: Rows, readWarnings: readonly string[] = []): Report {
  return reportOf(groupRows(rows), readWarnings);
}

/** The report of rows already grouped (groupRows). */
export function reportOf(grouped: GroupedRows, readWarnings: readonly string[] = []): Report {
  const { totals, byWeek, table } = grouped;
  const weekly = byWeek.map((w) => w.totals);
  const teamWobble = dispersionOf([weekly]);
  const repWobble = table ? repDispersion(table) : null;
  const teamRho = rhoOf(teamWobble);
  const weeks: WeekPart[] = [];
  byWeek.forEach(({ week }, i) => {
    const part = reportPart(weekly[i]!);
    const before = weeks.at(-1);
    weeks.push({ week, ...part, change: change(part.ratios, before?.ratios), moved: before ? weekMoves(before.totals, weekly[i]!, teamRho) : null });
  });
  const ev = evidence(weeks.length, totals.meetings);
  const warnings = [...readWarnings];
  const thin = evidenceNote(ev);
  if (thin) warnings.push(thin);
  const pending = pendingCallbacksNote(weeks);
  if (pending) warnings.push(pending);
  appendAll(warnings, grouped.blankNotes);
  const wobble: ReportWobble = { weeks: wobbleJson(teamWobble, totals), rep_weeks: repWobble && wobbleJson(repWobble, totals) };
  const report: Report = { ...reportPart(totals, weekly, teamWobble), chain: chain(totals), evidence: ev, wobble, weeks, warnings };
  if (table) report.reps = reps(table, grouped.repTotals!, totals, repWobble!);
  return report;
}
