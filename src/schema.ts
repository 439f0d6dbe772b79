import { brokenLimits, type TableCount } from './row-limits.js';
// The bundle requires this module at the schema's first use (scripts/build.mjs): zod's set-up, about
// 140 KB of objects, is paid only by a file with a row that is not plainly valid.
import { makeRowSchema, type Row } from './row-schema.js';

export type { Row };

let rowSchema: ReturnType<typeof makeRowSchema> | undefined;

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
