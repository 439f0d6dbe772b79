import { holmAdjust } from './stats/multiplicity.js';
import { studentTCdf, wobblyCdf } from './stats/weekly-wobble.js';
import { beliefAtPlan, type PlannedSubject } from './track-plan.js';
import type { Effort } from './track-gap.js';

/**
 * The probabilities behind a status. "Behind plan" has two causes, judged apart because they are
 * measured with very different precision:
 * - effortP: were the dials short of plan beyond their usual week-to-week spread? One-sided t test
 *   of actual against planned dials, with the relative spread of weekly dials in the plan's history
 *   (sd = cv × planned dials × √weeks, weeks possibly a fraction of one); null when the history could
 *   not measure that spread.
 * - conversionP: given the dials made, were the meetings short of the planned rate beyond chance?
 *   P(meetings ≤ actual) under the Beta-Binomial of the actual dials at the plan's rate belief, with
 *   the week-to-week wobble of meetings.
 * - reachP: the chance to still reach the period's target at the pace so far.
 */

export function effortP(plan: PlannedSubject, plannedDials: number, actualDials: number): number | null {
  if (plan.dialsCv === null || plan.df === 0 || plannedDials <= 0) return null;
  const weeks = plannedDials / plan.perWeek.dials;
  // The measured spread already holds every cause of wobble; a history whose weeks were all alike
  // would make any shortfall infinitely significant, so the spread is at least the Poisson one.
  const sd = Math.sqrt(Math.max((plan.dialsCv * plannedDials) ** 2 / weeks, plannedDials));
  return studentTCdf((actualDials - plannedDials) / sd, plan.df);
}

export function conversionP(plan: PlannedSubject, actual: Effort): number {
  const n = Math.round(actual.dials);
  if (n === 0) return 1;
  const { a, b } = beliefAtPlan(plan);
  return wobblyCdf(actual.meetings, n, a, b, plan.dispersion);
}

export interface ReachQuestion {
  /** Whole meetings the period asks for (the planned meetings rounded up). */
  target: number;
  /** This period so far. */
  actual: Effort;
  elapsedDays: number;
  remainingDays: number;
  /** Planned dials a working day: the pace assumed before any day is done. */
  plannedDialsPerDay: number;
}

export interface ReachAnswer {
  p: number;
  /** Dials a working day so far (the planned pace before any day is done). */
  pace: number;
  /** Dials expected in the remaining working days at that pace. */
  remaining_dials: number;
}

export function reachP(plan: PlannedSubject, q: ReachQuestion): ReachAnswer {
  const pace = q.elapsedDays > 0 ? q.actual.dials / q.elapsedDays : q.plannedDialsPerDay;
  const remaining = Math.round(pace * q.remainingDays);
  const need = Math.ceil(q.target - q.actual.meetings - 1e-9);
  if (need <= 0) return { p: 1, pace, remaining_dials: remaining };
  if (remaining < need) return { p: 0, pace, remaining_dials: remaining };
  const prior = beliefAtPlan(plan);
  // Update on this period's own counts (meetings can be fractional where a week is split across months).
  const a = prior.a + q.actual.meetings;
  const b = prior.b + Math.max(0, q.actual.dials - q.actual.meetings);
  return { p: 1 - wobblyCdf(need - 1, remaining, a, b, plan.dispersion), pace, remaining_dials: remaining };
}

/**
 * Status thresholds on the chance to reach the target. A rep exactly at plan pace sits near an even
 * chance, and mid-week that chance wobbles a lot: "behind" is kept for less than one in four, so an
 * on-pace rep is not called behind every other Wednesday (simulated in test/core/track/track.sim.test.ts).
 */
export const STATUS_BANDS = { ahead: 0.75, onTrack: 0.25 } as const;

export const STATUSES = ['ahead', 'on track', 'behind', 'behind beyond chance'] as const;
export type Status = (typeof STATUSES)[number];

/** Which shortfall is beyond chance (adjusted p below alpha) while meetings are short of plan. */
export function beyondChance(meetingGap: number, effort: number | null, conversion: number, alpha: number): 'effort' | 'conversion' | 'both' | null {
  if (!(meetingGap > 0)) return null;
  const e = effort !== null && effort < alpha;
  const c = conversion < alpha;
  return e && c ? 'both' : e ? 'effort' : c ? 'conversion' : null;
}

/** Beyond chance wins; otherwise the chance to reach the target decides. */
export function statusOf(pReach: number, beyond: ReturnType<typeof beyondChance>): Status {
  if (beyond !== null) return 'behind beyond chance';
  if (pReach >= STATUS_BANDS.ahead) return 'ahead';
  if (pReach >= STATUS_BANDS.onTrack) return 'on track';
  return 'behind';
}

export interface Verdict {
  /** The p-values after Holm's adjustment across every test of the run (null where effort is not judged). */
  p_effort_adjusted: number | null;
  p_conversion_adjusted: number;
  /** Which shortfall is beyond chance while meetings are short of plan, or null. */
  beyond_chance: 'effort' | 'conversion' | 'both' | null;
}

/**
 * Holm across the effort and conversion tests of every subject (the team and each rep) at once, so
 * the chance of any false alarm in the run stays at alpha however many reps there are.
 */
export function holmVerdicts(subjects: readonly { gap: { meetings: number }; p_effort: number | null; p_conversion: number }[], alpha: number): Verdict[] {
  const tests = subjects.flatMap((s, i) => [
    ...(s.p_effort === null ? [] : [{ i, kind: 'effort' as const, p: s.p_effort }]),
    { i, kind: 'conversion' as const, p: s.p_conversion },
  ]);
  const adjusted = holmAdjust(tests.map((t) => t.p));
  const at = (i: number, kind: 'effort' | 'conversion') => {
    const k = tests.findIndex((t) => t.i === i && t.kind === kind);
    return k < 0 ? null : adjusted[k]!;
  };
  return subjects.map((s, i) => {
    const effort = at(i, 'effort');
    const conversion = at(i, 'conversion') ?? 1;
    return { p_effort_adjusted: effort, p_conversion_adjusted: conversion, beyond_chance: beyondChance(s.gap.meetings, effort, conversion, alpha) };
  });
}
