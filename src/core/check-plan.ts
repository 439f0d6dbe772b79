import { UsageError } from '../errors.js';
import { NO_REP } from './funnel.js';
import { subjects, weeksInScope, type Scope } from './check-scope.js';
import { splitGap, type Gap } from './track-gap.js';
import { conversionP, effortP, holmVerdicts, type Verdict } from './track-odds.js';
import { plannedRates, type PlannedSubject, type TrackPlan } from './track-plan.js';
import type { ActivityRow } from './types.js';

/**
 * `funnel check --plan`: the weeks in scope (the latest, --window N or --all) held to a plan file.
 * Planned = the plan's week × the weeks in scope; a subject fails when its meetings are short of
 * plan and its effort or conversion shortfall is beyond chance after Holm's adjustment across the
 * team and every rep (see track-odds.ts). Pure: rows in, verdicts out.
 */

export interface PlanCheckResult extends Verdict {
  scope: string;
  /** null for the team. */
  rep: string | null;
  weeks: number;
  planned: { dials: number; reached: number; meetings: number };
  actual: { dials: number; reached: number; meetings: number };
  gap: Gap;
  p_effort: number | null;
  p_conversion: number;
  failed: boolean;
}

function planFor(plan: TrackPlan, rep: string): PlannedSubject {
  const key = rep.trim().toLowerCase();
  const name = [...plan.reps!.keys()].find((r) => r.trim().toLowerCase() === key);
  if (name === undefined) {
    throw new UsageError(
      rep === NO_REP ? 'some rows have no rep, and the plan has a plan per rep' : `the plan has no plan for rep "${rep}"`,
      `the plan in ${plan.file} covers ${[...plan.reps!.keys()].join(', ')}; make it again with funnel plan --by rep from a history that includes every rep`,
    );
  }
  return plan.reps!.get(name)!;
}

export function runPlanChecks(plan: TrackPlan, rows: readonly ActivityRow[], scope: Scope, byRep: boolean): Omit<PlanCheckResult, keyof Verdict | 'failed'>[] {
  if (byRep && plan.reps === null) {
    throw new UsageError(`--by rep: ${plan.file} is a team plan, with no plan per rep`, 'make the plan with funnel plan --from HISTORY --by rep ... --format json -o plan.json');
  }
  const weeks = weeksInScope(rows, scope).length;
  const list = [...subjects(rows, scope, false), ...(byRep ? subjects(rows, scope, true) : [])];
  return list.map((s) => {
    const p = s.rep === null ? plan.team : planFor(plan, s.rep);
    const w = p.perWeek;
    const planned = { dials: w.dials * weeks, reached: w.reached * weeks, meetings: w.meetings * weeks };
    const actual = { dials: s.counts.dials, reached: s.counts.reached, meetings: s.counts.meetings };
    return {
      scope: s.scope, rep: s.rep, weeks, planned, actual,
      gap: splitGap(planned.dials, planned.meetings, plannedRates(p), actual),
      p_effort: effortP(p, planned.dials, actual.dials),
      p_conversion: conversionP(p, actual),
    };
  });
}

/** Holm across every subject's tests; a subject fails when a shortfall is beyond chance. */
export function judgePlanChecks(results: readonly Omit<PlanCheckResult, keyof Verdict | 'failed'>[], alpha: number): PlanCheckResult[] {
  const verdicts = holmVerdicts(results, alpha);
  return results.map((r, i) => ({ ...r, ...verdicts[i]!, failed: verdicts[i]!.beyond_chance !== null }));
}

/** Said once on stderr: a plan that cannot judge effort only judges conversion. */
export function planCheckNotes(plan: TrackPlan): string[] {
  return plan.team.dialsCv === null ? [`${plan.file}: its history could not measure how dials vary week to week, so effort shortfalls are not judged beyond chance`] : [];
}
