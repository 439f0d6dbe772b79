import type { ActivityRow, Counts } from './types.js';

/** Every ratio the product speaks of, as numerator/denominator fields. Names are the public JSON keys. */
export const RATIO_DEFS = {
  'reached/dials': { num: 'reached', den: 'dials' },
  'meetings/reached': { num: 'meetings', den: 'reached' },
  'meetings/dials': { num: 'meetings', den: 'dials' },
  'callbacks/reached': { num: 'callbacks', den: 'reached' },
} as const satisfies Record<string, { num: keyof Counts; den: keyof Counts }>;

export type RatioName = keyof typeof RATIO_DEFS;
export const RATIO_NAMES = Object.keys(RATIO_DEFS) as RatioName[];
export type Ratios = Record<RatioName, number | null>;

export function isRatioName(name: string): name is RatioName {
  return Object.hasOwn(RATIO_DEFS, name);
}

/**
 * Pooled totals (sum of each field). An optional measure is null as soon as one row lacks it:
 * a partial sum would understate it and make its ratio look worse than it is. The empty sum is all
 * zeros, so pooling is associative (pooling two halves equals pooling the whole).
 */
export function sumCounts(items: readonly Counts[]): Counts {
  // Written out field by field (not a loop over NULLABLE_FIELDS): a report of a big call log sums
  // thousands of rows many times, and keyed property access made this its slowest step.
  let dials = 0, reached = 0, meetings = 0;
  let short: number | null = 0, long: number | null = 0, callbacks: number | null = 0, hours: number | null = 0;
  // Talk time only comes with call logs: absent unless an item has it, null when one lacks it.
  let talk: number | null = 0;
  let talkSeen = false;
  for (const c of items) {
    dials += c.dials;
    reached += c.reached;
    meetings += c.meetings;
    short = short === null || c.callbacks_short === null ? null : short + c.callbacks_short;
    long = long === null || c.callbacks_long === null ? null : long + c.callbacks_long;
    callbacks = callbacks === null || c.callbacks === null ? null : callbacks + c.callbacks;
    hours = hours === null || c.hours === null ? null : hours + c.hours;
    const v = c.talk_seconds;
    if (v !== undefined) talkSeen = true;
    talk = talk === null || v == null ? null : talk + v;
  }
  // Two literals, not a property added afterwards: that store deoptimised this function on every call
  // (V8: "insufficient type feedback"), and the report of a big call log spent most of its time here.
  return talkSeen
    ? { dials, reached, callbacks_short: short, callbacks_long: long, callbacks, meetings, hours, talk_seconds: talk }
    : { dials, reached, callbacks_short: short, callbacks_long: long, callbacks, meetings, hours };
}

/** The numerator and denominator behind a ratio, or null when either is not recorded. */
export function ratioParts(c: Counts, name: RatioName): { num: number; den: number } | null {
  const { num, den } = RATIO_DEFS[name];
  const n = c[num];
  const d = c[den];
  return n === null || d === null ? null : { num: n, den: d };
}

/** A ratio is null when its denominator is zero or a side is not recorded. Unrounded. */
export function ratio(c: Counts, name: RatioName): number | null {
  const parts = ratioParts(c, name);
  return parts === null || parts.den === 0 ? null : parts.num / parts.den;
}

export function ratios(c: Counts): Ratios {
  return Object.fromEntries(RATIO_NAMES.map((n) => [n, ratio(c, n)])) as Ratios;
}

/** The chain the way sales people say it: meetings/reached/dials, e.g. "9/38/106". */
export function chain(c: Pick<Counts, 'meetings' | 'reached' | 'dials'>): string {
  return `${c.meetings}/${c.reached}/${c.dials}`;
}

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

export function isIsoWeek(label: string): boolean {
  return ISO_WEEK.test(label);
}

/**
 * Week labels in report order: ISO weeks sorted chronologically first, then any other
 * label in the order it first appeared (we cannot know how free-text labels sort).
 */
export function orderWeeks(labels: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const l of labels) seen.add(l);
  const all = [...seen];
  const iso = all.filter(isIsoWeek).sort();
  return [...iso, ...all.filter((l) => !isIsoWeek(l))];
}

/** The key of rows without a rep, where reps are compared or checked one by one. */
export const NO_REP = '(no rep)';

export interface Group<K> {
  key: K;
  totals: Counts;
  rows: ActivityRow[];
}

/** Groups rows by a key, keeping first-appearance order of the keys. */
export function groupBy<K>(rows: readonly ActivityRow[], key: (r: ActivityRow) => K): Group<K>[] {
  const groups = new Map<K, ActivityRow[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return [...groups].map(([k, rs]) => ({ key: k, rows: rs, totals: sumCounts(rs.map((r) => r.counts)) }));
}

export function groupByWeek(rows: readonly ActivityRow[]): Group<string>[] {
  const groups = groupBy(rows, (r) => r.week);
  const order = orderWeeks(groups.map((g) => g.key));
  const index = new Map(order.map((w, i) => [w, i]));
  return groups.sort((a, b) => (index.get(a.key) ?? 0) - (index.get(b.key) ?? 0));
}
