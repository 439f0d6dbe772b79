import type { Scope } from './check-scope.js';
import { weeksInScope } from './check-scope.js';
import type { Baseline, CheckWobble } from './check-types.js';
import { groupBy, groupByWeek } from './funnel.js';
import { dispersionOf, rhoByRatio, type RatioDispersion, type WobbleLevel } from './wobble.js';
import type { ActivityRow, Counts } from './types.js';

/**
 * The weekly wobble a check allows for, per ratio: estimated from the baseline's weeks (its report
 * JSON lists the team's weeks and, since this version, each rep's) and from the input's weeks before
 * the ones checked. The checked weeks are left out, so a real drop cannot pass itself off as wobble;
 * a week present in both is taken from the baseline once.
 */
export function checkDispersion(rows: readonly ActivityRow[], scope: Scope, baseline: Baseline | undefined, level: WobbleLevel): RatioDispersion {
  const checked = new Set(weeksInScope(rows, scope));
  const groups = new Map<string, Map<string, Counts>>();
  const add = (who: string, week: string, c: Counts) => {
    const g = groups.get(who) ?? new Map<string, Counts>();
    if (!g.has(week)) g.set(week, c);
    groups.set(who, g);
  };
  const team = '\u0000team';
  if (baseline) {
    if (level === 'team') for (const w of baseline.teamWeekly ?? []) add(team, w.week, w.counts);
    else for (const [rep, weeks] of baseline.repWeekly ?? []) for (const w of weeks) add(rep, w.week, w.counts);
  }
  const earlier = rows.filter((r) => !checked.has(r.week));
  if (level === 'team') for (const w of groupByWeek(earlier)) add(team, w.key, w.totals);
  else for (const g of groupBy(earlier, (r) => r.rep ?? '')) for (const w of groupByWeek(g.rows)) add(g.key, w.key, w.totals);
  return dispersionOf([...groups.values()].map((g) => [...g.values()]));
}

/** The wobble of a check run at both levels: the team's weeks (team checks) and reps' weeks (--by rep). */
export function checkWobble(rows: readonly ActivityRow[], scope: Scope, baseline: Baseline | undefined): CheckWobble {
  return { team: rhoByRatio(checkDispersion(rows, scope, baseline, 'team')), rep: rhoByRatio(checkDispersion(rows, scope, baseline, 'rep')) };
}
