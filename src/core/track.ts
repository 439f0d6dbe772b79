import { UsageError, plural } from '../errors.js';
import { NO_REP, groupBy, groupByWeek } from './funnel.js';
import { splitGap, type Effort, type Gap } from './track-gap.js';
import { conversionP, effortP, holmVerdicts, reachP, statusOf, type Status, type Verdict } from './track-odds.js';
import { WorkingCalendar, isoDate, isoWeekLabel, mondayOfIsoWeek, weekdayIndex, type Period, type PeriodKind } from './track-period.js';
import { plannedRates, type PlannedSubject, type TrackPlan } from './track-plan.js';
import type { ActivityRow, Counts } from './types.js';
import { appendAll } from './arrays.js';

/**
 * `funnel track`: a saved plan against the actuals. Pure: plan, rows and the date in; per week,
 * per rep and for the current period: planned vs actual, the gap split into effort and conversion,
 * and a status from the chance to still reach the period's target. Numbers are unrounded.
 */

export interface Volumes4 {
  dials: number;
  reached: number;
  meetings: number;
  /** null when an actual row leaves hours blank. */
  hours: number | null;
}

export interface WeekLine {
  week: string;
  /** Working days of the week done by --as-of, of its working_days (all of them for a past week). */
  days_done: number;
  working_days: number;
  planned: Volumes4;
  actual: Volumes4;
  gap: Gap;
}

interface Unjudged {
  /** Planned through the as-of date (pro-rated to the working days done). */
  planned: Volumes4;
  /** Planned for the whole period. */
  planned_period: Volumes4;
  actual: Volumes4;
  gap: Gap;
  /** Whole meetings the period asks for. */
  target_meetings: number;
  p_reach_target: number;
  /** Dials a working day so far, and the dials the remaining days would bring at that pace. */
  pace_dials_per_day: number;
  remaining_dials: number;
  /**
   * One-sided p-values: dials short of plan beyond their week-to-week spread (null when the plan's
   * history could not measure it), and meetings short of the planned rate given the dials made;
   * then Holm-adjusted across both tests of the team and every rep.
   */
  p_effort: number | null;
  p_conversion: number;
}

export interface Standing extends Unjudged, Verdict {
  status: Status;
}

export interface RepTrack extends Standing {
  rep: string;
  weeks: WeekLine[];
}

export interface Track {
  as_of: string;
  alpha: number;
  period: Period & Standing;
  weeks: WeekLine[];
  reps: RepTrack[];
  warnings: string[];
}

export interface TrackInput {
  plan: TrackPlan;
  rows: readonly ActivityRow[];
  asOf: number;
  period: PeriodKind;
  alpha: number;
}

const scale = (v: { dials: number; reached: number; meetings: number; hours: number | null }, f: number): Volumes4 => ({
  dials: v.dials * f, reached: v.reached * f, meetings: v.meetings * f, hours: v.hours === null ? null : v.hours * f,
});

const add = (x: Volumes4, y: Volumes4): Volumes4 => ({
  dials: x.dials + y.dials, reached: x.reached + y.reached, meetings: x.meetings + y.meetings,
  hours: x.hours === null || y.hours === null ? null : x.hours + y.hours,
});

const ZERO: Volumes4 = { dials: 0, reached: 0, meetings: 0, hours: 0 };
const actualOf = (c: Counts): Volumes4 => ({ dials: c.dials, reached: c.reached, meetings: c.meetings, hours: c.hours });

function gapOf(plan: PlannedSubject, planned: Volumes4, actual: Effort): Gap {
  return splitGap(planned.dials, planned.meetings, plannedRates(plan), actual);
}

interface DatedWeek {
  week: string;
  monday: number;
  counts: Counts;
}

/** Weeks of the actuals in calendar order, each with its Monday; non-ISO labels cannot be placed. */
function datedWeeks(rows: readonly ActivityRow[]): DatedWeek[] {
  return groupByWeek(rows).map((g) => {
    const monday = mondayOfIsoWeek(g.key);
    if (monday === null) {
      const at = g.rows[0]!.origin;
      throw new UsageError(
        `${at.file}:${at.line}: week "${g.key}" is not an ISO week, so track cannot place it in the calendar`,
        'give weeks as ISO weeks (2026-W47) or dates in the week column; track needs to know which days each row covers',
      );
    }
    return { week: g.key, monday, counts: g.totals };
  });
}

class Tracker {
  readonly cal: WorkingCalendar;
  readonly period: ReturnType<WorkingCalendar['period']>;
  constructor(readonly input: TrackInput) {
    this.cal = new WorkingCalendar(Math.min(7, Math.max(1, Math.round(input.plan.daysPerWeek))));
    this.period = this.cal.period(input.period, input.asOf);
  }

  /** ISO weeks with working days of the period done by --as-of that have no row in the actuals. */
  missingWeeks(weeks: readonly DatedWeek[]): string[] {
    const seen = new Set(weeks.map((w) => w.monday));
    const { from, to } = this.period;
    const missing: string[] = [];
    for (let monday = from - weekdayIndex(from); monday <= Math.min(to, this.input.asOf); monday += 7) {
      const done = this.cal.workingDays(Math.max(monday, from), Math.min(monday + 6, to, this.input.asOf));
      if (done.length > 0 && !seen.has(monday)) missing.push(isoWeekLabel(monday));
    }
    return missing;
  }

  /** Planned volumes for a number of working days. */
  plannedFor(plan: PlannedSubject, days: number): Volumes4 {
    return scale(plan.perWeek, days / this.cal.daysPerWeek);
  }

  weekLines(plan: PlannedSubject, weeks: readonly DatedWeek[]): WeekLine[] {
    return weeks.map((w) => {
      const done = this.cal.workingDays(w.monday, Math.min(w.monday + 6, this.input.asOf)).length;
      const planned = this.plannedFor(plan, done);
      const actual = actualOf(w.counts);
      return { week: w.week, days_done: done, working_days: this.cal.daysPerWeek, planned, actual, gap: gapOf(plan, planned, actual) };
    });
  }

  standing(plan: PlannedSubject, weeks: readonly DatedWeek[]): Unjudged {
    const { from, to, working_days, elapsed_days } = this.period;
    let actual = ZERO;
    for (const w of weeks) {
      if (w.monday > to || w.monday + 6 < from) continue;
      const share = this.cal.weekShare(w.monday, from, to, this.input.asOf);
      if (share > 0) actual = add(actual, scale(actualOf(w.counts), share));
    }
    const planned = this.plannedFor(plan, elapsed_days);
    const plannedPeriod = this.plannedFor(plan, working_days);
    const target = Math.ceil(plannedPeriod.meetings - 1e-9);
    const reach = reachP(plan, {
      target, actual, elapsedDays: elapsed_days, remainingDays: working_days - elapsed_days,
      plannedDialsPerDay: plan.perWeek.dials / this.cal.daysPerWeek,
    });
    return {
      planned, planned_period: plannedPeriod, actual, gap: gapOf(plan, planned, actual), target_meetings: target,
      p_reach_target: reach.p, pace_dials_per_day: reach.pace, remaining_dials: reach.remaining_dials,
      p_effort: effortP(plan, planned.dials, actual.dials),
      p_conversion: conversionP(plan, actual),
    };
  }
}

/** Reps of the actuals matched to the plan's names (case- and space-insensitively, as --rep does). */
function repRows(plan: TrackPlan, rows: readonly ActivityRow[], warnings: string[]): Map<string, ActivityRow[]> {
  const byRep = new Map<string, ActivityRow[]>();
  if (plan.reps === null) return byRep;
  const key = (s: string) => s.trim().toLowerCase();
  const names = new Map([...plan.reps.keys()].map((r) => [key(r), r]));
  for (const name of plan.reps.keys()) byRep.set(name, []);
  const unknown: string[] = [];
  for (const g of groupBy(rows, (r) => r.rep ?? NO_REP)) {
    if (g.key === NO_REP) {
      const at = g.rows[0]!.origin;
      throw new UsageError(
        `${at.file}:${at.line}: a row without a rep, but ${plan.file} plans each rep`,
        'fill in the rep of every row of the actuals, or track them against a team plan (funnel plan without --by rep)',
      );
    }
    const name = names.get(key(g.key));
    if (name === undefined) unknown.push(g.key);
    else appendAll(byRep.get(name)!, g.rows);
  }
  if (unknown.length > 0) {
    throw new UsageError(
      `the actuals have ${plural(unknown.length, 'rep')} the plan has no plan for: ${unknown.join(', ')}`,
      `the plan in ${plan.file} covers ${[...plan.reps.keys()].join(', ')}; make it again with funnel plan --by rep from a history that includes them, or leave their rows out`,
    );
  }
  for (const [name, list] of byRep) if (list.length === 0) warnings.push(`${name} is in the plan but has no rows in the actuals: counted as no activity`);
  return byRep;
}

export function buildTrack(input: TrackInput): Track {
  const { plan, rows, alpha } = input;
  const warnings: string[] = [];
  const t = new Tracker(input);
  const all = datedWeeks(rows);
  const future = all.filter((w) => w.monday > input.asOf);
  if (future.length > 0) warnings.push(`${future.map((w) => w.week).join(', ')} ${future.length === 1 ? 'starts' : 'start'} after --as-of ${isoDate(input.asOf)}: left out`);
  const dated = all.filter((w) => w.monday <= input.asOf);
  const last = dated[dated.length - 1];
  if (last === undefined || last.monday + 6 < t.period.from) {
    const latest = last === undefined ? null : t.cal.workingDays(last.monday, last.monday + 6).at(-1) ?? last.monday;
    throw new UsageError(
      `the actuals ${last === undefined ? 'have no week up to' : `end in ${last.week}, before the current ${input.period} ${t.period.label} of`} --as-of ${isoDate(input.asOf)}: every number would be a shortfall`,
      latest === null ? 'check the week column and --as-of' : `to track the latest week of the actuals, add --as-of ${isoDate(latest)}`,
    );
  }
  const missing = t.missingWeeks(dated);
  if (missing.length > 0) warnings.push(`the actuals have no rows for ${missing.join(', ')} of ${input.period} ${t.period.label}: counted as no activity (add the file that holds them)`);
  const repsRows = repRows(plan, rows.filter((r) => { const m = mondayOfIsoWeek(r.week); return m !== null && m <= input.asOf; }), warnings);
  const teamPart = t.standing(plan.team, dated);
  const repParts = [...repsRows].map(([rep, list]) => {
    const subject = plan.reps!.get(rep)!;
    const weeks = datedWeeks(list);
    return { rep, weeks: t.weekLines(subject, weeks), ...t.standing(subject, weeks) };
  });
  const subjects: Unjudged[] = [teamPart, ...repParts];
  const verdicts = holmVerdicts(subjects, alpha).map((v, i) => ({ ...v, status: statusOf(subjects[i]!.p_reach_target, v.beyond_chance) }));
  if (plan.team.dialsCv === null) warnings.push(`${plan.file}: its history could not measure how dials vary week to week, so effort shortfalls are not judged beyond chance (make the plan from 2 or more weeks of history)`);
  const { from: _f, to: _t, ...period } = t.period;
  return {
    as_of: isoDate(input.asOf),
    alpha,
    period: { ...period, ...teamPart, ...verdicts[0]! },
    weeks: t.weekLines(plan.team, dated),
    reps: repParts.map((r, i) => ({ ...r, ...verdicts[i + 1]! })),
    warnings,
  };
}
