// zod/mini: the same validator in a tree-shakable form; full zod added ~15 ms to every start-up.
import * as z from 'zod/mini';
import { brokenLimits } from './row-limits.js';

/**
 * The contract of one input row after its cells were read as numbers: input is `unknown` until
 * this schema accepts it. Messages read "what is wrong — how to fix"; field-level ones are
 * completed with the cell's text by the caller ("-3" + " is negative — …"). Built on first use
 * (src/schema.ts): plainly valid rows, nearly all, never need it.
 */
export function makeRowSchema() {
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

export type Row = z.infer<ReturnType<typeof makeRowSchema>>;
