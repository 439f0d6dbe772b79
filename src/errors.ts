/** Where in an input a problem sits. Line and column are 1-based physical positions. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
  hint?: string;
  /** Lines shown under the problem, each on its own (a table of unknown outcomes, the flags to paste). */
  detail?: readonly string[];
  /** Outcome labels nobody classified: `funnel inspect` lists them from what it understood, not as a problem. */
  undecidedOutcomes?: true;
}

/** The user asked for something impossible (bad flag, bad value). Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** An input file is unreadable or invalid. Carries every problem found, not only the first. Exit 2. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly problems: readonly Problem[], readonly total = problems.length) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** "1 week", "3 weeks": a count and its noun, plural unless the count is 1. Shared by every message that counts. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** How many problems of one input we list before summarising the rest. */
export const MAX_LISTED_PROBLEMS = 20;

/** `FILE:LINE:COL field: what is wrong — how to fix` */
export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}`;
  if (p.line !== undefined && p.column !== undefined) where += `:${p.column}`;
  const field = p.field ? ` ${p.field}:` : '';
  const hint = p.hint ? ` — ${p.hint}` : '';
  return `${where}:${field} ${p.message}${hint}`;
}

/** A problem's line and the detail lines under it. */
export function formatProblemBlock(p: Problem): string {
  return [formatProblem(p), ...(p.detail ?? [])].join('\n');
}

/** The first MAX_LISTED_PROBLEMS problems, one line each (and their detail); `line` renders one (render/problems makes it safe). */
export function formatInputError(err: InputError, line: (p: Problem) => string = formatProblemBlock): string {
  const shown = err.problems.slice(0, MAX_LISTED_PROBLEMS).map(line);
  const more = err.total - shown.length;
  if (more > 0) shown.push(`… and ${plural(more, 'more problem')} (fix the ones above first)`);
  return shown.join('\n');
}
