// zod/mini, as in src/schema.ts: full zod would cost start-up time on every run.
import * as z from 'zod/mini';
import { RATIO_NAMES } from './core/funnel.js';
import { UNDECIDED } from './config-name.js';
import { closestName } from './did-you-mean.js';
import { MAP_TARGETS, normaliseHeader } from './domain/fields.js';
import { STAGES, normaliseOutcome } from './domain/outcomes.js';

/**
 * funnel.config.json: what the flags hold and a team wants to fix once. Keys are the long flag names
 * in camelCase (--days-per-week → daysPerWeek); --map and --outcome are objects. Every message reads
 * "what is wrong — how to fix"; the loader (src/io/config.ts) puts the file and the key in front.
 * The JSON Schema published for editors is generated from this at build time (scripts/build.mjs).
 */


/** Stage names accepted for an outcome (no_answer is another name for a plain dial, as in --outcome). */
export const OUTCOME_TARGETS = [...STAGES, 'no_answer'] as const;

const shown = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : String(v));

type Bound = { gt?: number; gte?: number; lt?: number; lte?: number };

/** A number with bounds; one message for a wrong type and a value out of bounds alike. */
function numberKey(key: string, what: string, example: string, bound: Bound, whole = false) {
  const error = (iss: { input?: unknown }) => `must be ${what}, got ${shown(iss.input)} — e.g. "${key}": ${example}`;
  const checks = [
    ...(bound.gt !== undefined ? [z.gt(bound.gt)] : []),
    ...(bound.gte !== undefined ? [z.gte(bound.gte)] : []),
    ...(bound.lt !== undefined ? [z.lt(bound.lt)] : []),
    ...(bound.lte !== undefined ? [z.lte(bound.lte)] : []),
  ];
  return (whole ? z.int({ error }) : z.number({ error })).check(...checks); // spread-ok: at most four bounds
}

const flag = (key: string) => z.boolean({ error: (iss) => `must be true or false, got ${shown(iss.input)} — e.g. "${key}": true` });

/** A value from a fixed list; "?" (an open decision written by inspect --write-config) gets its own message. */
function choice<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  return z.enum(values, {
    error: (iss) => {
      const v = iss.input;
      const list = values.join(', ');
      if (typeof v === 'string' && v.trim().startsWith(UNDECIDED)) {
        const suggested = v.trim().slice(1).trim();
        return `needs a decision${suggested ? ` (its words suggest ${suggested})` : ''} — replace ${shown(v)} with ${noun}: ${list}`;
      }
      const near = typeof v === 'string' ? closestName(v, values) : undefined;
      return `${shown(v)} is not ${noun} — ${near === undefined ? '' : `did you mean "${near}"? `}use one of ${list}`;
    },
  });
}

/**
 * Two keys that read as one header or label (case, accents, spaces and punctuation are ignored when
 * matching) but say different things: which one is meant cannot be known.
 */
function sameKeyTwice(normalise: (s: string) => string, what: string) {
  return z.superRefine((entries: Record<string, string>, ctx) => {
    const seen = new Map<string, string>();
    for (const [key, value] of Object.entries(entries)) {
      const n = normalise(key);
      if (n === '') {
        ctx.addIssue({ code: 'custom', path: [key], message: `${shown(key)} has no letters or digits to match a ${what} by — write the ${what} as it appears in the file` });
        continue;
      }
      const first = seen.get(n);
      if (first !== undefined && entries[first] !== value) {
        ctx.addIssue({ code: 'custom', path: [key], message: `reads as the same ${what} as ${shown(first)} but says ${shown(value)}, not ${shown(entries[first])} — keep one of the two entries` });
      }
      if (first === undefined) seen.set(n, key);
    }
  });
}

const objectOf = (entries: string, example: string) => (iss: { input?: unknown }) => `must be an object of ${entries}, got ${shown(iss.input)} — e.g. ${example}`;

const share = (key: string, example: string) => numberKey(key, 'a share from 0 to 1 (write 20 % as 0.2)', example, { gte: 0, lte: 1 });

const ratioBounds = (key: 'min' | 'max') =>
  z.partialRecord(choice(RATIO_NAMES as [string, ...string[]], 'a ratio'), share(key, '{ "meetings/reached": 0.2 }'), { error: objectOf('"ratio": share', `"${key}": { "meetings/reached": 0.2 }`) }).check(
    z.describe(`--${key}: ratio → the share it must not ${key === 'min' ? 'fall below' : 'rise above'}, e.g. { "meetings/reached": 0.2 }`),
  );

export const ConfigSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.describe('where editors find this schema'))),
  // Reading inputs (every command)
  map: z.optional(
    z.record(z.string(), choice(MAP_TARGETS as unknown as [string, ...string[]], 'a field'), { error: objectOf('"Header as in the file": "field"', '"map": { "Gesprekken": "reached" }') })
      .check(sameKeyTwice(normaliseHeader, 'header'), z.describe('--map: header as written in the file → field ("ignore" drops it)')),
  ),
  outcome: z.optional(
    z.record(z.string(), choice(OUTCOME_TARGETS, 'a stage'), { error: objectOf('"Outcome label": "stage"', '"outcome": { "Demo gepland": "meeting" }') })
      .check(sameKeyTwice(normaliseOutcome, 'outcome label'), z.describe('--outcome: call-log outcome label → stage')),
  ),
  unknownOutcomes: z.optional(choice(['dial'], 'a choice').check(z.describe('--unknown-outcomes: "dial" counts outcome labels nobody classified as plain dials'))),
  tz: z.optional(z.string({ error: (iss) => `must be an IANA time zone name, got ${shown(iss.input)} — e.g. "tz": "Europe/Brussels"` }).check(z.describe('--tz: IANA time zone call-log weeks are counted in'))),
  direction: z.optional(
    z.record(z.string(), choice(['inbound', 'outbound'], 'a direction'), { error: objectOf('"Direction value": "inbound" or "outbound"', '"direction": { "Uitgaand gesprek": "outbound" }') })
      .check(sameKeyTwice(normaliseOutcome, 'direction value'), z.describe('--direction: call-log direction value → inbound or outbound')),
  ),
  durationUnit: z.optional(choice(['ms', 's', 'min', 'h'], 'a unit').check(z.describe("--duration-unit: unit of a call log's plain-number durations when its header names none"))),
  log: z.optional(flag('log').check(z.describe('--log: read every input as a call log'))),
  skipBadRows: z.optional(flag('skipBadRows').check(z.describe('--skip-bad-rows: skip unreadable call-log rows with a counted warning'))),
  // funnel plan
  meetingsPerDay: z.optional(numberKey('meetingsPerDay', 'a number above 0', '3', { gt: 0 }).check(z.describe('--meetings-per-day'))),
  meetingsPerWeek: z.optional(numberKey('meetingsPerWeek', 'a number above 0', '12', { gt: 0 }).check(z.describe('--meetings-per-week'))),
  daysPerWeek: z.optional(numberKey('daysPerWeek', 'a number above 0 and at most 7', '5', { gt: 0, lte: 7 }).check(z.describe('--days-per-week'))),
  workdayHours: z.optional(numberKey('workdayHours', 'a number above 0 and at most 24', '8', { gt: 0, lte: 24 }).check(z.describe('--workday-hours'))),
  sellingShare: z.optional(numberKey('sellingShare', 'a share above 0 and at most 1 (write 39 % as 0.39)', '0.39', { gt: 0, lte: 1 }).check(z.describe('--selling-share'))),
  confidence: z.optional(numberKey('confidence', 'a probability between 0 and 1 (exclusive)', '0.9', { gt: 0, lt: 1 }).check(z.describe('--confidence'))),
  dialsPerHour: z.optional(numberKey('dialsPerHour', 'a number above 0', '20', { gt: 0 }).check(z.describe('--dials-per-hour'))),
  minutesPerDial: z.optional(numberKey('minutesPerDial', 'a number of minutes above 0', '2', { gt: 0 }).check(z.describe('--minutes-per-dial'))),
  minutesPerConversation: z.optional(numberKey('minutesPerConversation', 'a number of minutes above 0', '5', { gt: 0 }).check(z.describe('--minutes-per-conversation'))),
  // funnel check
  baseline: z.optional(z.string({ error: (iss) => `must be a file name, got ${shown(iss.input)} — e.g. "baseline": "baseline.json" (relative to this file)` }).check(z.minLength(1), z.describe('--baseline: a report JSON, relative to this config file'))),
  plan: z.optional(z.string({ error: (iss) => `must be a file name, got ${shown(iss.input)} — e.g. "plan": "plan.json" (relative to this file)` }).check(z.minLength(1), z.describe('--plan (check): a plan JSON to hold actuals to, relative to this config file'))),
  ratio: z.optional(z.array(choice(RATIO_NAMES as [string, ...string[]], 'a ratio'), { error: (iss) => `must be a list of ratios, got ${shown(iss.input)} — e.g. "ratio": ["meetings/reached"]` }).check(z.describe('--ratio: the ratios compared with the baseline'))),
  tolerance: z.optional(numberKey('tolerance', 'a share from 0 and below 1 (write 10 % as 0.1)', '0.1', { gte: 0, lt: 1 }).check(z.describe('--tolerance'))),
  alpha: z.optional(numberKey('alpha', 'a share above 0 and below 1 (write 5 % as 0.05)', '0.05', { gt: 0, lt: 1 }).check(z.describe('--alpha'))),
  min: z.optional(ratioBounds('min')),
  max: z.optional(ratioBounds('max')),
  strict: z.optional(flag('strict').check(z.describe('--strict'))),
  window: z.optional(numberKey('window', 'a whole number of weeks, at least 1', '4', { gte: 1 }, true).check(z.describe('--window'))),
  all: z.optional(flag('all').check(z.describe('--all'))),
  requireData: z.optional(flag('requireData').check(z.describe('--require-data'))),
}).check(
  z.superRefine((c, ctx) => {
    // The same exclusions the flags have, said in the file's terms.
    const both = (a: keyof typeof c, b: keyof typeof c, why: string) => {
      if (c[a] !== undefined && c[b] !== undefined && c[a] !== false && c[b] !== false) {
        ctx.addIssue({ code: 'custom', path: [b], message: `${a} and ${b} exclude each other — ${why}` });
      }
    };
    both('meetingsPerDay', 'meetingsPerWeek', 'keep one target');
    both('dialsPerHour', 'minutesPerDial', 'give the time model one way: a constant pace or minutes per dial and conversation');
    both('dialsPerHour', 'minutesPerConversation', 'give the time model one way: a constant pace or minutes per dial and conversation');
    both('window', 'all', 'keep one scope');
  }),
);

export type FunnelConfig = z.infer<typeof ConfigSchema>;
export type ConfigKey = keyof FunnelConfig;
export const CONFIG_KEYS = Object.keys(ConfigSchema.shape) as ConfigKey[];

/** The JSON Schema editors use to complete and check funnel.config.json (written to dist/ by the build). */
export function configJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(ConfigSchema, { unrepresentable: 'any' }),
    title: 'funnel.config.json',
    description: 'Settings for the funnel CLI; keys are the long flag names in camelCase. Flags given on the command line override them.',
  };
}
