import * as z from 'zod/mini';
import { InputError, type Problem } from '../errors.js';
import { RATIO_NAMES, ratio } from '../core/funnel.js';
import type { Baseline } from '../core/check-types.js';
import type { Counts } from '../core/types.js';
import { readInput } from './read-input.js';
import type { Io } from './process-io.js';

/**
 * A baseline is a file written by `funnel report --format json`. Only what `check` needs is
 * validated (totals, and reps' totals); extra fields are allowed so that the report may grow.
 */
const count = z.int().check(z.minimum(0));
const optionalCount = z.optional(z.nullable(count));

const totalsSchema = z
  .looseObject({
    dials: count,
    reached: count,
    meetings: count,
    callbacks_short: optionalCount,
    callbacks_long: optionalCount,
    callbacks: optionalCount,
    hours: z.optional(z.nullable(z.number().check(z.minimum(0)))),
  })
  .check(z.superRefine((t, ctx) => {
    const over = (field: string, value: number | null | undefined, limit: string, max: number) => {
      if (value != null && value > max) ctx.addIssue({ code: 'custom', path: [field], message: `${value} is more than ${limit} (${max})` });
    };
    over('reached', t.reached, 'dials', t.dials);
    over('meetings', t.meetings, 'reached', t.reached);
    for (const f of ['callbacks_short', 'callbacks_long', 'callbacks'] as const) over(f, t[f], 'reached', t.reached);
  }));

// Ratios we know must be shares; others (the report may grow) pass through unchecked.
const share = z.optional(z.nullable(z.number().check(z.minimum(0), z.maximum(1))));
const ratiosSchema = z.looseObject(Object.fromEntries(RATIO_NAMES.map((n) => [n, share])) as Record<(typeof RATIO_NAMES)[number], typeof share>);

const partSchema = z.looseObject({ totals: totalsSchema, ratios: z.optional(ratiosSchema) });

const baselineSchema = z.looseObject({
  totals: totalsSchema,
  ratios: partSchema.shape.ratios,
  reps: z.optional(z.array(z.extend(partSchema, { rep: z.string() }))),
});

type Part = z.infer<typeof partSchema>;

const HINT = 'write the baseline with "funnel report FILE --format json > baseline.json"';

/** A JSON path the way people read it: totals.meetings, reps[2].totals.reached, ratios["meetings/dials"]. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out === '' ? String(key) : `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(top level)' : out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function issueMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return `must be ${issue.expected === 'int' ? 'a whole number' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}, not ${describe(input)}`;
    case 'too_small':
      return `must be ${issue.inclusive === false ? 'above' : 'at least'} ${String(issue.minimum)}, not ${describe(input)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}, not ${describe(input)}`;
    default:
      return issue.message;
  }
}

/** JSON.parse reports a character offset in some Node versions; people want a line and column. */
export function syntaxProblem(file: string, text: string, err: Error, hint = HINT): Problem {
  const at = /at position (\d+)/.exec(err.message);
  // Node words these differently across versions; keep the reason, drop the offset and the echoed text.
  const detail = err.message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
  if (!at) return { file, message: `is not valid JSON (${detail})`, hint };
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = Number(at[1]) - before.lastIndexOf('\n');
  return { file, line, column, message: `is not valid JSON (${detail})`, hint };
}

/** A hand-edited ratio that disagrees with its counts would silently be ignored: refuse it instead. */
function ratioProblems(file: string, part: Part, at: (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  const totals = toCounts(part.totals);
  for (const name of RATIO_NAMES) {
    const stated = part.ratios?.[name];
    const computed = ratio(totals, name);
    if (stated == null || computed === null || Math.abs(stated - computed) <= 5e-4) continue;
    problems.push({
      file,
      field: jsonPath([...at, 'ratios', name]),
      message: `${stated} does not match the totals (${computed.toFixed(5)})`,
      hint: 'check uses the counts, so edit totals instead, or write the baseline again',
    });
  }
  return problems;
}

function toCounts(t: Part['totals']): Counts {
  const short = t.callbacks_short ?? null;
  const long = t.callbacks_long ?? null;
  return {
    dials: t.dials,
    reached: t.reached,
    meetings: t.meetings,
    callbacks_short: short,
    callbacks_long: long,
    callbacks: t.callbacks ?? (short !== null && long !== null ? short + long : null),
    hours: t.hours ?? null,
  };
}

/** A report JSON nests five levels deep; far deeper is not one, and would exhaust the stack while checked. */
const MAX_DEPTH = 64;

/** Where the text first nests deeper than MAX_DEPTH (strings skipped), in one linear pass; -1 if never. */
function tooDeep(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** Parses and validates a baseline's text; every problem names the file and the JSON path. */
export function parseBaseline(file: string, text: string): Baseline {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new InputError([{ file, message: 'the baseline is empty', hint: HINT }]);
  const deep = tooDeep(body);
  if (deep >= 0) {
    const before = body.slice(0, deep);
    const line = before.split('\n').length;
    throw new InputError([{ file, line, column: deep - before.lastIndexOf('\n'), message: `nests more than ${MAX_DEPTH} levels deep: not a report JSON`, hint: HINT }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    throw new InputError([syntaxProblem(file, body, err as Error)]);
  }
  const parsed = baselineSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    throw new InputError(parsed.error.issues.map((i) => ({ file, field: jsonPath(i.path), message: issueMessage(i), hint: HINT })));
  }
  const b = parsed.data;
  const problems = [ratioProblems(file, b, []), ...(b.reps ?? []).map((r, i) => ratioProblems(file, r, ['reps', i]))].flat();
  if (problems.length) throw new InputError(problems);
  return { team: toCounts(b.totals), reps: new Map((b.reps ?? []).map((r) => [r.rep, toCounts(r.totals)])) };
}

export async function readBaseline(path: string, io: Io): Promise<Baseline> {
  const input = await readInput(path, io);
  return parseBaseline(input.name, input.bytes.toString('utf8'));
}
