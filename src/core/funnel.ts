import type { ActivityRow, Counts } from './types.js';
import { columnsOf, type Rows } from './row-columns-build.js';
import { NO_TALK, type RowColumns } from './row-columns.js';

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
 * A running pooled total (see sumCounts): rows are added one at a time, so a report can pool the
 * team, each week, each rep and each rep's week in one pass, without a list of rows per group.
 */
export class CountsSum {
  private dials = 0;
  private reached = 0;
  private meetings = 0;
  private short: number | null = 0;
  private long: number | null = 0;
  private callbacks: number | null = 0;
  private hours: number | null = 0;
  // Talk time only comes with call logs: absent unless an item has it, null when one lacks it.
  private talk: number | null = 0;
  private talkSeen = false;

  add(c: Counts): void {
    this.dials += c.dials;
    this.reached += c.reached;
    this.meetings += c.meetings;
    this.short = this.short === null || c.callbacks_short === null ? null : this.short + c.callbacks_short;
    this.long = this.long === null || c.callbacks_long === null ? null : this.long + c.callbacks_long;
    this.callbacks = this.callbacks === null || c.callbacks === null ? null : this.callbacks + c.callbacks;
    this.hours = this.hours === null || c.hours === null ? null : this.hours + c.hours;
    const v = c.talk_seconds;
    if (v !== undefined) this.talkSeen = true;
    this.talk = this.talk === null || v == null ? null : this.talk + v;
  }

  /** Row i of a table, as add(table.counts(i)) would, without making its counts. */
  addAt(table: RowColumns, i: number): void {
    const { values: v, talk } = table.parts;
    this.dials += v.dials[i]!;
    this.reached += v.reached[i]!;
    this.meetings += v.meetings[i]!;
    const short = v.callbacks_short?.[i] ?? Number.NaN;
    const long = v.callbacks_long?.[i] ?? Number.NaN;
    const callbacks = v.callbacks?.[i] ?? Number.NaN;
    const hours = v.hours?.[i] ?? Number.NaN;
    this.short = this.short === null || Number.isNaN(short) ? null : this.short + short;
    this.long = this.long === null || Number.isNaN(long) ? null : this.long + long;
    this.callbacks = this.callbacks === null || Number.isNaN(callbacks) ? null : this.callbacks + callbacks;
    this.hours = this.hours === null || Number.isNaN(hours) ? null : this.hours + hours;
    const t = talk === null ? NO_TALK : talk[i]!;
    if (t !== NO_TALK) this.talkSeen = true;
    this.talk = this.talk === null || t === NO_TALK || Number.isNaN(t) ? null : this.talk + t;
  }

  counts(): Counts {
    const { dials, reached, short, long, callbacks, meetings, hours, talk } = this;
    // Two literals, not a property added afterwards: that store deoptimised the summing on every call
    // (V8: "insufficient type feedback"), and the report of a big call log spent most of its time there.
    return this.talkSeen
      ? { dials, reached, callbacks_short: short, callbacks_long: long, callbacks, meetings, hours, talk_seconds: talk }
      : { dials, reached, callbacks_short: short, callbacks_long: long, callbacks, meetings, hours };
  }
}

/**
 * Pooled totals (sum of each field). An optional measure is null as soon as one row lacks it:
 * a partial sum would understate it and make its ratio look worse than it is. The empty sum is all
 * zeros, so pooling is associative (pooling two halves equals pooling the whole).
 */
export function sumCounts(items: Iterable<Counts>): Counts {
  const sum = new CountsSum();
  for (const c of items) sum.add(c);
  return sum.counts();
}

/** The pooled counts of rows, in row order, without a list of their counts. */
export function sumRows(rows: readonly ActivityRow[]): Counts {
  const sum = new CountsSum();
  for (const r of rows) sum.add(r.counts);
  return sum.counts();
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
  return [...groups].map(([k, rs]) => ({ key: k, rows: rs, totals: sumRows(rs) }));
}

export function groupByWeek(rows: readonly ActivityRow[]): Group<string>[] {
  const groups = groupBy(rows, (r) => r.week);
  const order = orderWeeks(groups.map((g) => g.key));
  const index = new Map(order.map((w, i) => [w, i]));
  return groups.sort((a, b) => (index.get(a.key) ?? 0) - (index.get(b.key) ?? 0));
}

/** The rows' week labels in report order (what groupByWeek's keys are, without grouping the rows). */
export function weekOrder(rows: Rows): string[] {
  const t = columnsOf(rows);
  const seen = new Uint8Array(t.weekCount);
  const labels: string[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = t.weekId(i);
    if (seen[w]) continue;
    seen[w] = 1;
    labels.push(t.weekName(w));
  }
  return orderWeeks(labels);
}

/**
 * The pooled counts of each week of the rows kept (by index), in report order: groupByWeek's keys
 * and totals (pooled in row order), without a list of rows per week.
 */
export function sumByWeek(rows: Rows, keep?: (i: number) => boolean): { week: string; totals: Counts }[] {
  const t = columnsOf(rows);
  const sums: (CountsSum | undefined)[] = new Array<CountsSum | undefined>(t.weekCount);
  const byName = new Map<string, CountsSum>();
  for (let i = 0; i < t.length; i++) {
    if (keep && !keep(i)) continue;
    const w = t.weekId(i);
    let sum = sums[w];
    if (!sum) byName.set(t.weekName(w), (sums[w] = sum = new CountsSum()));
    sum.addAt(t, i);
  }
  return orderWeeks(byName.keys()).map((week) => ({ week, totals: byName.get(week)!.counts() }));
}
