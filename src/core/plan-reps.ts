import { UsageError } from '../errors.js';
import { groupBy, groupByWeek, sumCounts } from './funnel.js';
import { perWeek, ratesJson, volumesFor, type FunnelCounts, type RatesJson, type StageRates, type Volumes } from './plan-model.js';
import { checkPlannable } from './plan-source.js';
import { chooseTimeModel, dialsPerHour, type TimeFlags, type TimeModel } from './plan-time.js';
import { fitBetaPrior, shrink, type BetaPrior, type GroupCounts } from './stats/beta-prior-fit.js';
import { weeklyWobble, type Wobble } from './stats/weekly-wobble.js';
import type { ActivityRow } from './types.js';

/**
 * `funnel plan --by rep`: each rep planned from their own rates, shrunk toward the team where their
 * history is thin (empirical Bayes, see stats/beta-prior-fit.ts), and the team total as their sum.
 * meetings/dials and reached/dials are shrunk each with its own prior fitted over the reps;
 * meetings/reached follows as their quotient, so the chain stays consistent.
 */

export interface RepPlan {
  rep: string;
  weeks: number;
  counts: FunnelCounts;
  /** The rep's own rates, unshrunk (null where a denominator is 0). */
  own_rates: Record<keyof RatesJson, number | null>;
  /** The rates the plan uses: shrunk toward the team. */
  rates: RatesJson;
  target: { meetings_per_day: number; meetings_per_week: number };
  per_day: Volumes;
  per_week: Volumes;
  /** Beta posterior of meetings/dials under the team prior: its mean is rates["meetings/dials"]. */
  rate_posterior: { a: number; b: number };
  time_model: { kind: TimeModel['kind']; dials_per_hour: number };
  /** Week-to-week wobble of the reps' weekly meetings, measured over all reps together. */
  wobble: Wobble;
}

export interface RepPlans {
  /** null for a stage where every dial of the team succeeded (reached/dials = 1): nothing to shrink. */
  prior: { 'meetings/dials': BetaPrior | null; 'reached/dials': BetaPrior | null };
  reps: RepPlan[];
  total: { per_day: Volumes; per_week: Volumes };
}

export interface RepPlanInput {
  rows: readonly ActivityRow[];
  /** Meetings a day for a rep (from --meetings-per-day/-week or the targets file). */
  targetPerDay: (rep: string) => number;
  daysPerWeek: number;
  time: TimeFlags;
}

const sumVolumes = (vs: readonly Volumes[]): Volumes =>
  vs.reduce((s, v) => ({ meetings: s.meetings + v.meetings, reached: s.reached + v.reached, dials: s.dials + v.dials, hours: s.hours + v.hours }), { meetings: 0, reached: 0, dials: 0, hours: 0 });

/** A stage every dial of the team passed (a log of connected calls only) has rate 1 for everyone. */
function fitOrAll(groups: readonly GroupCounts[]): BetaPrior | null {
  const [x, n] = groups.reduce(([sx, sn], g) => [sx + g.successes, sn + g.trials], [0, 0]);
  return x === n ? null : fitBetaPrior(groups);
}

function shrinkOrAll(prior: BetaPrior | null, g: GroupCounts): { a: number; b: number; mean: number } {
  // Rate 1 as a Beta: all of its weight at 1 (the planner then needs one dial per success).
  return prior === null ? { a: g.trials + 0.5, b: 1e-9, mean: 1 } : shrink(prior, g);
}

export function buildRepPlans(input: RepPlanInput): RepPlans {
  const { rows, daysPerWeek } = input;
  const missing = rows.find((r) => r.rep === null);
  if (missing) {
    throw new UsageError(`${missing.origin.file}:${missing.origin.line}: a row without a rep, but --by rep plans each rep`, 'fill in the rep of every row, or plan the team without --by rep');
  }
  const groups = groupBy(rows, (r) => r.rep!).map((g) => ({ rep: g.key, rows: g.rows, totals: g.totals }));
  const team = sumCounts(groups.map((g) => g.totals));
  checkPlannable(team, 'the history of the team');
  const prior = {
    'meetings/dials': fitOrAll(groups.map((g) => ({ successes: g.totals.meetings, trials: g.totals.dials }))),
    'reached/dials': fitOrAll(groups.map((g) => ({ successes: g.totals.reached, trials: g.totals.dials }))),
  };
  const weekly = groups.map((g) => groupByWeek(g.rows).map((w) => w.totals));
  const wobble = weeklyWobble(weekly.map((ws) => ({ meetings: ws.map((w) => w.meetings), dials: ws.map((w) => w.dials) })));
  const reps = groups.map((g, i): RepPlan => {
    const c = g.totals;
    const perDialPost = shrinkOrAll(prior['meetings/dials'], { successes: c.meetings, trials: c.dials });
    const reach = shrinkOrAll(prior['reached/dials'], { successes: c.reached, trials: c.dials }).mean;
    // A rep whose shrunk meetings/dials passes their shrunk reach would need more meetings than conversations.
    const perDial = Math.min(perDialPost.mean, reach);
    const rates: StageRates = { reach, meet: perDial / reach, perDial };
    const time = chooseTimeModel(input.time, { dials: c.dials, hours: c.hours, talkSeconds: c.talk_seconds ?? null });
    const perDay = input.targetPerDay(g.rep);
    const day = volumesFor(perDay, rates, time);
    return {
      rep: g.rep,
      weeks: weekly[i]!.length,
      counts: { dials: c.dials, reached: c.reached, meetings: c.meetings },
      own_rates: {
        'reached/dials': c.dials > 0 ? c.reached / c.dials : null,
        'meetings/reached': c.reached > 0 ? c.meetings / c.reached : null,
        'meetings/dials': c.dials > 0 ? c.meetings / c.dials : null,
      },
      rates: ratesJson(rates),
      target: { meetings_per_day: perDay, meetings_per_week: perDay * daysPerWeek },
      per_day: day,
      per_week: perWeek(day, daysPerWeek),
      rate_posterior: { a: perDialPost.a, b: perDialPost.b },
      time_model: { kind: time.kind, dials_per_hour: dialsPerHour(time, rates) },
      wobble,
    };
  });
  const perDayTotal = sumVolumes(reps.map((r) => r.per_day));
  return { prior, reps, total: { per_day: perDayTotal, per_week: perWeek(perDayTotal, daysPerWeek) } };
}
