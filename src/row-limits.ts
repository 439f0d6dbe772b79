import type { Counts } from './core/types.js';

/** The counts a weekly table holds (talk time only comes from call logs). */
export type TableCount = Exclude<keyof Counts, 'talk_seconds'>;
export type LimitedRow = Record<TableCount, number | null>;

const isCount = (v: number | null): v is number => v !== null && Number.isInteger(v) && v >= 0;

/** What one cell may not exceed, and why: the checks across a row's cells. */
const LIMITS: readonly { field: TableCount; limit: TableCount; why: string; when?: (r: LimitedRow) => boolean }[] = [
  { field: 'reached', limit: 'dials', why: 'every conversation with a decision-maker needs a dial' },
  { field: 'meetings', limit: 'reached', why: 'a meeting is booked in a conversation with a decision-maker' },
  { field: 'callbacks_short', limit: 'reached', why: 'a callback is asked for in a conversation with a decision-maker' },
  { field: 'callbacks_long', limit: 'reached', why: 'a callback is asked for in a conversation with a decision-maker' },
  { field: 'callbacks', limit: 'reached', why: 'a callback is asked for in a conversation with a decision-maker', when: (r) => r.callbacks_short === null && r.callbacks_long === null },
];

/** Each limit a row breaks (both cells counts, the first above the second). */
export function brokenLimits(r: LimitedRow): { field: TableCount; message: string }[] {
  const broken: { field: TableCount; message: string }[] = [];
  for (const { field, limit, why, when } of LIMITS) {
    const v = r[field];
    const max = r[limit];
    // zod runs this even when a count failed above; comparing a bad count would only add noise.
    if (isCount(v) && isCount(max) && v > max && (when?.(r) ?? true)) broken.push({ field, message: `${v} is more than ${limit} (${max}) — ${why}; check both cells` });
  }
  return broken;
}
