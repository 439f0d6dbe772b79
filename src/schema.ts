// zod/mini: the same validator in a tree-shakable form; full zod added ~15 ms to every start-up.
import * as z from 'zod/mini';
import type { Counts } from './core/types.js';

/**
 * The contract of one input row after its cells were read as numbers: input is `unknown` until
 * this schema accepts it. Messages read "what is wrong — how to fix"; field-level ones are
 * completed with the cell's text by the caller ("-3" + " is negative — …").
 */
const count = z
  .int({ error: 'is not a whole number — counts are whole numbers (no fractions)' })
  .check(z.minimum(0, { error: 'is negative — counts are zero or more' }));

const hours = z.number().check(z.minimum(0, { error: 'is negative — hours are zero or more' }));

const isCount = (v: number | null): v is number => v !== null && Number.isInteger(v) && v >= 0;
/** The counts a weekly table holds (talk time only comes from call logs). */
type TableCount = Exclude<keyof Counts, 'talk_seconds'>;

export const RowSchema = z
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
    const over = (field: TableCount, limit: TableCount, why: string) => {
      const v = r[field];
      const max = r[limit];
      // zod runs this even when a count failed above; comparing a bad count would only add noise.
      if (isCount(v) && isCount(max) && v > max) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${v} is more than ${limit} (${max}) — ${why}; check both cells` });
      }
    };
    over('reached', 'dials', 'every conversation with a decision-maker needs a dial');
    over('meetings', 'reached', 'a meeting is booked in a conversation with a decision-maker');
    over('callbacks_short', 'reached', 'a callback is asked for in a conversation with a decision-maker');
    over('callbacks_long', 'reached', 'a callback is asked for in a conversation with a decision-maker');
    if (r.callbacks_short === null && r.callbacks_long === null) over('callbacks', 'reached', 'a callback is asked for in a conversation with a decision-maker');
  }));

export type Row = z.infer<typeof RowSchema>;

export interface RowIssue {
  field: string;
  /** True when the message is complete; false when it still needs the cell's text in front. */
  complete: boolean;
  message: string;
  hint?: string;
}

/** Validates one row; issues name the field they concern. */
export function checkRow(input: unknown): { ok: true; row: Row } | { ok: false; issues: RowIssue[] } {
  const result = RowSchema.safeParse(input);
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
