import { groupBy, groupByWeek, sumCounts } from './funnel.js';
import { posteriorBeta } from './stats/beta-binomial.js';
import { fitBetaPrior, shrink } from './stats/beta-prior-fit.js';
import { weeklyWobble, wobblyCdf, type Wobble } from './stats/weekly-wobble.js';
import type { ActivityRow, Counts } from './types.js';

/**
 * `funnel plan --backtest`: is the planner calibrated on this team? For every k, the plan made from
 * weeks 1..k (its meetings/dials posterior and wobble, as `plan` and `track` use them) predicts
 * week k + 1's meetings from that week's actual dials; we count how often the actual meetings fell
 * inside the 90 % range (equal-tailed: from the 5 % to the 95 % quantile, both included). A
 * calibrated planner lands inside about 9 times out of 10; far fewer means its ranges are too narrow.
 * With --by rep each rep is predicted from their own shrunk rate (as `plan --by rep` plans them).
 */

export interface BacktestStep {
  /** The weeks the plan was made from, "2026-W37..2026-W42", and the week it predicts. */
  history: string;
  week: string;
  rep: string | null;
  dials: number;
  meetings: number;
  expected: number;
  range: [number, number];
  inside: boolean;
}

export interface Backtest {
  level: number;
  by_rep: boolean;
  steps: BacktestStep[];
  inside: number;
  total: number;
  /** inside / total; null with no step to count. */
  coverage: number | null;
  warnings: string[];
}

/** The smallest x with P(X ≤ x) ≥ p under the wobbly Beta-Binomial. */
function quantile(p: number, n: number, a: number, b: number, dispersion: number): number {
  let x = 0;
  while (x < n && wobblyCdf(x, n, a, b, dispersion) < p) x++;
  return x;
}

function predict(level: number, history: string, week: string, rep: string | null, actual: Counts, post: { a: number; b: number }, wobble: Wobble): BacktestStep {
  const tail = (1 - level) / 2;
  const n = actual.dials;
  const lo = n === 0 ? 0 : quantile(tail, n, post.a, post.b, wobble.dispersion);
  const hi = n === 0 ? 0 : quantile(1 - tail, n, post.a, post.b, wobble.dispersion);
  return {
    history, week, rep, dials: n, meetings: actual.meetings, expected: (n * post.a) / (post.a + post.b),
    range: [lo, hi], inside: actual.meetings >= lo && actual.meetings <= hi,
  };
}

function teamSteps(rows: readonly ActivityRow[], level: number): BacktestStep[] {
  const weeks = groupByWeek(rows);
  const steps: BacktestStep[] = [];
  for (let k = 1; k < weeks.length; k++) {
    const past = weeks.slice(0, k);
    const c = sumCounts(past.map((w) => w.totals));
    if (c.meetings === 0) continue;
    const wobble = weeklyWobble([{ meetings: past.map((w) => w.totals.meetings), dials: past.map((w) => w.totals.dials) }]);
    const label = k === 1 ? past[0]!.key : `${past[0]!.key}..${past[k - 1]!.key}`;
    steps.push(predict(level, label, weeks[k]!.key, null, weeks[k]!.totals, posteriorBeta(c.meetings, c.dials), wobble));
  }
  return steps;
}

function repSteps(rows: readonly ActivityRow[], level: number): BacktestStep[] {
  const weekKeys = groupByWeek(rows).map((w) => w.key);
  const steps: BacktestStep[] = [];
  for (let k = 1; k < weekKeys.length; k++) {
    const pastKeys = new Set(weekKeys.slice(0, k));
    const reps = groupBy(rows.filter((r) => pastKeys.has(r.week)), (r) => r.rep ?? '');
    const total = sumCounts(reps.map((g) => g.totals));
    if (total.meetings === 0 || total.meetings === total.dials) continue;
    const prior = fitBetaPrior(reps.map((g) => ({ successes: g.totals.meetings, trials: g.totals.dials })));
    const wobble = weeklyWobble(reps.map((g) => {
      const ws = groupByWeek(g.rows);
      return { meetings: ws.map((w) => w.totals.meetings), dials: ws.map((w) => w.totals.dials) };
    }));
    const label = k === 1 ? weekKeys[0]! : `${weekKeys[0]}..${weekKeys[k - 1]}`;
    const next = groupBy(rows.filter((r) => r.week === weekKeys[k]), (r) => r.rep ?? '');
    for (const g of next) {
      const past = reps.find((r) => r.key === g.key);
      const post = shrink(prior, past ? { successes: past.totals.meetings, trials: past.totals.dials } : { successes: 0, trials: 0 });
      steps.push(predict(level, label, weekKeys[k]!, g.key, g.totals, post, wobble));
    }
  }
  return steps;
}

export function backtest(rows: readonly ActivityRow[], byRep: boolean, level: number): Backtest {
  const steps = byRep ? repSteps(rows, level) : teamSteps(rows, level);
  const inside = steps.filter((s) => s.inside).length;
  const warnings: string[] = [];
  if (steps.length === 0) warnings.push('nothing to replay: the history needs at least two weeks, and meetings before the last one');
  else if (steps.length < 20) warnings.push(`only ${steps.length} predictions: the coverage itself is uncertain, so read it as a first impression`);
  return { level, by_rep: byRep, steps, inside, total: steps.length, coverage: steps.length === 0 ? null : inside / steps.length, warnings };
}
