import * as z from 'zod/mini';
import { InputError } from '../errors.js';
import { PLAN_FILE_VERSION, type PlannedSubject, type TrackPlan } from '../core/track-plan.js';
import { issueMessage, jsonPath, syntaxProblem } from './baseline.js';
import type { Io } from './process-io.js';
import { readInput } from './read-input.js';

/**
 * A plan file is what `funnel plan … --format json` writes (README "The plan file"). Only what
 * `track` and `check --plan` use is validated; other keys may grow.
 */

const HINT = 'write the plan file with "funnel plan ... --format json -o plan.json"';

const positive = z.number().check(z.gt(0));
const nonNegative = z.number().check(z.minimum(0));
const volumes = z.looseObject({ meetings: positive, reached: positive, dials: positive, hours: nonNegative });
const posterior = z.nullable(z.looseObject({ a: positive, b: positive }));
const wobble = z.looseObject({ dispersion: z.number().check(z.minimum(1)), df: nonNegative, dials_cv: z.nullable(nonNegative) });

const planSchema = z.looseObject({
  version: z.literal(PLAN_FILE_VERSION),
  target: z.looseObject({ days_per_week: z.number().check(z.gt(0), z.maximum(7)) }),
  per_week: volumes,
  rate_posterior: posterior,
  wobble,
  reps: z.optional(z.nullable(z.array(z.looseObject({ rep: z.string(), per_week: volumes, rate_posterior: posterior, wobble })))),
  team_total: z.optional(z.nullable(z.looseObject({ per_week: volumes }))),
});

/** Parses and validates a plan file's text; every problem names the file and the JSON path. */
export function parsePlanFile(file: string, text: string): TrackPlan {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new InputError([{ file, message: 'the plan file is empty', hint: HINT }]);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    throw new InputError([syntaxProblem(file, body, err as Error, HINT)]);
  }
  const parsed = planSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const versionIssue = parsed.error.issues.find((i) => i.path.length === 1 && i.path[0] === 'version');
    if (versionIssue) {
      const v = (data as { version?: unknown } | null)?.version;
      throw new InputError([{
        file, field: 'version',
        message: v === undefined ? 'is missing: this is not a plan file (or one from before plan files had a version)' : `is ${JSON.stringify(v)}, but this funnel reads plan files of version ${PLAN_FILE_VERSION}`,
        hint: HINT,
      }]);
    }
    throw new InputError(parsed.error.issues.map((i) => ({ file, field: jsonPath(i.path), message: issueMessage(i), hint: HINT })));
  }
  const p = parsed.data;
  const subject = (s: { per_week: z.infer<typeof volumes>; rate_posterior: z.infer<typeof posterior>; wobble: z.infer<typeof wobble> }): PlannedSubject => ({
    perWeek: { meetings: s.per_week.meetings, reached: s.per_week.reached, dials: s.per_week.dials, hours: s.per_week.hours },
    posterior: s.rate_posterior === null ? null : { a: s.rate_posterior.a, b: s.rate_posterior.b },
    dispersion: s.wobble.dispersion,
    dialsCv: s.wobble.dials_cv,
    df: s.wobble.df,
  });
  const reps = p.reps ?? null;
  const names = new Set<string>();
  for (const [i, r] of (reps ?? []).entries()) {
    const key = r.rep.trim().toLowerCase();
    if (names.has(key)) throw new InputError([{ file, field: jsonPath(['reps', i, 'rep']), message: `"${r.rep}" is planned twice`, hint: HINT }]);
    names.add(key);
  }
  return {
    file,
    daysPerWeek: p.target.days_per_week,
    // A plan by rep tracks the team against the sum of the reps' plans, with the pooled team's certainty and wobble.
    team: { ...subject(p), ...(p.team_total ? { perWeek: subject({ ...p, per_week: p.team_total.per_week }).perWeek } : {}) },
    reps: reps === null ? null : new Map(reps.map((r) => [r.rep, subject(r)])),
  };
}

export async function readPlanFile(path: string, io: Io): Promise<TrackPlan> {
  const input = await readInput(path, io, 16 * 1024 * 1024);
  return parsePlanFile(input.name, input.bytes.toString('utf8'));
}
