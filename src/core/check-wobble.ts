import type { Scope } from './check-scope.js';
import { weeksInScope } from './check-scope.js';
import type { Baseline, CheckWobble } from './check-types.js';
import { NO_REP, groupBy, groupByWeek, sumByWeek } from './funnel.js';
import { repDispersion, repWeeksOf } from './rep-weeks.js';
import { dispersionOf, rhoByRatio, type RatioDispersion, type WobbleLevel } from './wobble.js';
import type { ActivityRow, Counts } from './types.js';
import { columnsOf, type Rows } from './row-columns-build.js';
import type { RowColumns } from './row-columns.js';

/**
 * The weekly wobble a check allows for, per ratio: estimated from the baseline's weeks (its report
 * JSON lists the team's weeks and, since this version, each rep's) and from the input's weeks before
 * the ones checked. The checked weeks are left out, so a real drop cannot pass itself off as wobble;
 * a week present in both is taken from the baseline once.
 */
export function checkDispersion(input: Rows, scope: Scope, baseline: Baseline | undefined, level: WobbleLevel): RatioDispersion {
  const rows = columnsOf(input);
  const checked = new Set(weeksInScope(rows, scope));
  if (level === 'rep' && !(baseline?.repWeekly && baseline.repWeekly.size > 0)) return repWeeksBefore(rows, checked);
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
  const earlier = (i: number) => !checked.has(rows.week(i));
  if (level === 'team') for (const w of sumByWeek(rows, earlier)) add(team, w.week, w.totals);
  else for (const g of groupBy(rowsWhere(rows, earlier), (r) => r.rep ?? '')) for (const w of groupByWeek(g.rows)) add(g.key, w.key, w.totals);
  return dispersionOf([...groups.values()].map((g) => [...g.values()]));
}

/** The rows `keep` says yes to, as objects (a baseline's rep weeks are joined with the input's through groups of them). */
function rowsWhere(rows: RowColumns, keep: (i: number) => boolean): ActivityRow[] {
  const kept: ActivityRow[] = [];
  for (let i = 0; i < rows.length; i++) if (keep(i)) kept.push(rows.row(i));
  return kept;
}

/**
 * checkDispersion at the rep level without a baseline's weeks: the input's rep-weeks before the checked
 * weeks, grouped once in typed columns (a big team has a million), reps in the order they first appear
 * among those rows, as the general path pools them.
 */
function repWeeksBefore(rows: RowColumns, checked: ReadonlySet<string>): RatioDispersion {
  // Rows without a rep are a group of their own, never a named rep's: the check's own table groups
  // them so too (and is built once), unless a rep is named like its key for them.
  const table = repWeeksOf(rows, rows.parts.repNames.includes(NO_REP) ? '' : NO_REP);
  const earlierWeek = table.weeks.map((w) => !checked.has(w));
  const order: number[] = [];
  const seen = new Uint8Array(table.reps.length);
  for (let i = 0; i < rows.length; i++) {
    const rep = table.repOfRow[i]!;
    if (!seen[rep] && earlierWeek[table.week[table.cellOfRow[i]!]!]) {
      seen[rep] = 1;
      order.push(rep);
    }
  }
  return repDispersion(table, order, (week) => earlierWeek[week]!);
}

/** The wobble of a check run at both levels: the team's weeks (team checks) and reps' weeks (--by rep). */
export function checkWobble(rows: Rows, scope: Scope, baseline: Baseline | undefined): CheckWobble {
  return { team: rhoByRatio(checkDispersion(rows, scope, baseline, 'team')), rep: rhoByRatio(checkDispersion(rows, scope, baseline, 'rep')) };
}
