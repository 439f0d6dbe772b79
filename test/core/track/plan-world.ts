import { buildPlan } from '../../../src/core/plan.js';
import { buildRepPlans } from '../../../src/core/plan-reps.js';
import { historySource, selectHistory } from '../../../src/core/plan-source.js';
import { chooseTimeModel } from '../../../src/core/plan-time.js';
import { weeklyWobble } from '../../../src/core/stats/weekly-wobble.js';
import type { ActivityRow } from '../../../src/core/types.js';
import type { TrackPlan } from '../../../src/core/track-plan.js';
import { parsePlanFile } from '../../../src/io/plan-file.js';
import { sampleBeta, sampleBinomial, sampleNormal, type Rng } from '../../stats-sim.js';
import { week } from '../../helpers.js';

/**
 * A simulated team for the gates of `track` and `check --plan`: each rep has a true meetings/dials
 * rate, a usual number of dials a week that wobbles (holidays, lists), and a weekly rate that
 * wobbles around their true rate (overdispersion). Plans are made the way `funnel plan --by rep`
 * makes them and go through the plan file's JSON, as a user's would.
 */

export interface SimRep {
  rep: string;
  rate: number;
  dials: number;
}

export const TEAM: readonly SimRep[] = [
  { rep: 'Anna', rate: 0.07, dials: 120 },
  { rep: 'Bram', rate: 0.05, dials: 110 },
  { rep: 'Chris', rate: 0.04, dials: 100 },
  { rep: 'Dana', rate: 0.06, dials: 130 },
];

/** Relative week-to-week spread of dials, and the concentration of a week's rate around the true one. */
export const DIAL_CV = 0.12;
export const RATE_CONCENTRATION = 400;

export function isoWeek(i: number): string {
  return `2026-W${String(10 + i).padStart(2, '0')}`;
}

/** One week of a rep who makes `dials` (wobbling by DIAL_CV) at their wobbling weekly rate. */
export function simWeek(rng: Rng, r: SimRep, dials: number, label: string): ActivityRow {
  const d = Math.max(1, Math.round(dials * (1 + DIAL_CV * sampleNormal(rng))));
  const q = sampleBeta(rng, r.rate * RATE_CONCENTRATION, (1 - r.rate) * RATE_CONCENTRATION);
  const reached = sampleBinomial(rng, d, 0.35);
  const meetings = Math.min(reached, sampleBinomial(rng, d, q));
  return week({ dials: d, reached, meetings, hours: d / 12 }, { week: label, rep: r.rep });
}

export function history(rng: Rng, weeks: number, team: readonly SimRep[] = TEAM): ActivityRow[] {
  const rows: ActivityRow[] = [];
  for (let w = 0; w < weeks; w++) for (const r of team) rows.push(simWeek(rng, r, r.dials, isoWeek(w)));
  return rows;
}

/** `funnel plan --from history --by rep --meetings-per-week N` for each rep's usual week, read back as a plan file. */
export function planFromHistory(rows: readonly ActivityRow[], team: readonly SimRep[] = TEAM, daysPerWeek = 5): { json: ReturnType<typeof buildPlan>; plan: TrackPlan } {
  const targets = new Map(team.map((r) => [r.rep, r.rate * r.dials]));
  const byRep = buildRepPlans({ rows, targetPerDay: (rep) => targets.get(rep)! / daysPerWeek, daysPerWeek, time: {} });
  const h = selectHistory(rows, {});
  const json = buildPlan({
    source: historySource(h, ['sim.csv'], null), whatIfs: [], meetingsPerDay: byRep.total.per_day.meetings, targetPer: 'week', daysPerWeek,
    time: chooseTimeModel({}, { dials: h.counts.dials, hours: h.hours, talkSeconds: null }),
    capacity: { workdayHours: 8, sellingShare: 0.39 }, confidence: 0.9, level: 0.9, lift: 0.1,
    wobble: weeklyWobble([h.series]), byRep,
  });
  return { json, plan: parsePlanFile('plan.json', JSON.stringify(json)) };
}
