// zod/mini: the same validator in a tree-shakable form; full zod added ~15 ms to every start-up.
import * as z from 'zod/mini';
import type { Counts } from './core/types.js';

/**
 * The contract of one input row after its cells were read as numbers: input is `unknown` until
 * this schema accepts it. Messages read "what is wrong — how to fix"; field-level ones are
 * completed with the cell's text by the caller ("-3" + " is negative — …").
 */
const isCount = (v: number | null): v is number => v !== null && Number.isInteger(v) && v >= 0;
/** The counts a weekly table holds (talk time only comes from call logs). */
type TableCount = Exclude<keyof Counts, 'talk_seconds'>;

/** What one cell may not exceed, and why: the checks across a row's cells. */
const LIMITS: readonly { field: TableCount; limit: TableCount; why: string; when?: (r: LimitedRow) => boolean }[] = [
  { field: 'reached', limit: 'dials', why: 'every conversation with a decision-maker needs a dial' },
  { field: 'meetings', limit: 'reached', why: 'a meeting is booked in a conversation with a decision-maker' },
  { field: 'callbacks_short', limit: 'reached', why: 'a callback is asked for in a conversation with a decision-maker' },
  { field: 'callbacks_long', limit: 'reached', why: 'a callback is asked for in a conversation with a decision-maker' },
  { field: 'callbacks', limit: 'reached', why: 'a callback is asked for in a conversation with a decision-maker', when: (r) => r.callbacks_short === null && r.callbacks_long === null },
];
type LimitedRow = Record<TableCount, number | null>;

/** Each limit a row breaks (both cells counts, the first above the second). */
function brokenLimits(r: LimitedRow): { field: TableCount; message: string }[] {
  const broken: { field: TableCount; message: string }[] = [];
  for (const { field, limit, why, when } of LIMITS) {
    const v = r[field];
    const max = r[limit];
    // zod runs this even when a count failed above; comparing a bad count would only add noise.
    if (isCount(v) && isCount(max) && v > max && (when?.(r) ?? true)) broken.push({ field, message: `${v} is more than ${limit} (${max}) — ${why}; check both cells` });
  }
  return broken;
}

/**
 * The schema is built on first use: plainly valid rows (nearly all, see plainlyValid) never need it,
 * and building it costs every start about a millisecond.
 */
function makeRowSchema() {
  const count = z
    .int({ error: 'is not a whole number — counts are whole numbers (no fractions)' })
    .check(z.minimum(0, { error: 'is negative — counts are zero or more' }));
  const hours = z.number().check(z.minimum(0, { error: 'is negative — hours are zero or more' }));
  return z
    .object({
      week: z.string(),
      rep: z.nullable(z.string()),
      dials: count,
      reached: count,
      meetings: count,
      callbacks_short: z.nullable(count),
      callbacks_long: z.nullable(count),
      callbacks: z.nullable(count),
      hours: z.nullable(hours),
    })
    .check(z.superRefine((r, ctx) => {
      for (const { field, message } of brokenLimits(r)) ctx.addIssue({ code: 'custom', path: [field], message });
    }));
}

let rowSchema: ReturnType<typeof makeRowSchema> | undefined;

export type Row = z.infer<ReturnType<typeof makeRowSchema>>;

export interface RowIssue {
  field: string;
  /** True when the message is complete; false when it still needs the cell's text in front. */
  complete: boolean;
  message: string;
  hint?: string;
}

/** A row as the reader hands it over: every cell already a number or null. */
export type RowInput = { week: string; rep: string | null } & Record<TableCount, number | null>;

const isSafeCount = (v: number | null): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const COUNTS = ['dials', 'reached', 'meetings'] as const;
const OPTIONAL_COUNTS = ['callbacks_short', 'callbacks_long', 'callbacks'] as const;

/**
 * What the schema accepts, decided without zod for the rows that are plainly fine (a million-row table
 * spent a second in zod): whole counts, hours a finite number, no limit broken. Anything else goes to
 * the schema, which says what is wrong. A test checks the two agree on generated rows.
 */
export function plainlyValid(r: RowInput): r is RowInput & Row {
  for (const f of COUNTS) if (!isSafeCount(r[f])) return false;
  for (const f of OPTIONAL_COUNTS) if (r[f] !== null && !isSafeCount(r[f])) return false;
  if (r.hours !== null && !(Number.isFinite(r.hours) && r.hours >= 0)) return false;
  return brokenLimits(r).length === 0;
}

/** Validates one row; issues name the field they concern. */
export function checkRow(input: unknown): { ok: true; row: Row } | { ok: false; issues: RowIssue[] } {
  const result = (rowSchema ??= makeRowSchema()).safeParse(input);
  if (result.success) return { ok: true, row: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const [message = issue.message, hint] = issue.message.split(' — ');
      return { field: String(issue.path[0] ?? ''), complete: issue.code === 'custom', message, ...(hint ? { hint } : {}) };
    }),
  };
}

/** Outcomes of conversations adding up to more than the conversations is odd, not impossible (one call, two outcomes). */
export function outcomesExceedReached(r: Row): number | null {
  const outcomes = r.meetings + (r.callbacks ?? (r.callbacks_short ?? 0) + (r.callbacks_long ?? 0));
  return outcomes > r.reached ? outcomes : null;
}
