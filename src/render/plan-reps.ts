import type { Plan } from '../core/plan.js';
import { ceil, num, pct } from './format.js';

/** The per-rep section of a plan made --by rep: each rep's target, volumes and rates (own → planned). */
export function repPlanTable(plan: Plan, text: (s: string) => string): { title: string; head: string[]; rows: string[][]; note: string } | null {
  if (plan.reps === null || plan.team_total === null) return null;
  const t = plan.team_total.per_week;
  return {
    title: 'Per rep, a week (meetings/dials: own history -> planned, shrunk toward the team)',
    note: "The team total is the sum of the reps' plans: what funnel track holds the team to. The plan above is the pooled team's for the same target.",
    head: ['rep', 'meetings', 'dials', 'reached', 'hours', 'meetings/dials'],
    rows: [
      ...plan.reps.map((r) => [
        text(r.rep), num(r.per_week.meetings, 1), ceil(r.per_week.dials), ceil(r.per_week.reached), num(r.per_week.hours, 1),
        `${pct(r.own_rates['meetings/dials'])} -> ${pct(r.rates['meetings/dials'])}`,
      ]),
      ['team total', num(t.meetings, 1), ceil(t.dials), ceil(t.reached), num(t.hours, 1), ''],
    ],
  };
}
