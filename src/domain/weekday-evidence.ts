/**
 * The day/month order of a column of slash dates that no single date proves (2/1/2026, 2/8/2026): a week
 * column's dates fall on one weekday (its weeks' starts or ends). When they do under one reading only,
 * that reading is the column's.
 */
export type SlashDate = { a: number; b: number; year: number };

function weekdays(dates: readonly SlashDate[], dayFirst: boolean): Set<number> | undefined {
  const out = new Set<number>();
  for (const { a, b, year } of dates) {
    const [day, month] = dayFirst ? [a, b] : [b, a];
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1) return undefined; // not a date under this reading
    out.add(d.getUTCDay());
  }
  return out;
}

export function orderByWeekday(dates: readonly SlashDate[]): 'day-first' | 'month-first' | undefined {
  if (dates.length < 2) return undefined;
  const dayFirst = weekdays(dates, true);
  const monthFirst = weekdays(dates, false);
  const one = (s: Set<number> | undefined) => s !== undefined && s.size === 1;
  if (one(dayFirst) && !one(monthFirst)) return 'day-first';
  if (one(monthFirst) && !one(dayFirst)) return 'month-first';
  return undefined;
}
