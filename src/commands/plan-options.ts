import { UsageError } from '../errors.js';
import { STAGE_RATIOS, isStageRatio, type Capacity, type FunnelCounts, type WhatIf } from '../core/plan-model.js';
import type { TimeFlags } from '../core/plan-time.js';
import { PLAN_DEFAULTS } from '../domain/reference.js';
import { parseShare } from '../core/check-spec.js';

/**
 * Turns `funnel plan`'s flags (strings from commander) into checked numbers. Every message names the
 * flag, repeats what was given, and says what would be accepted.
 */

function number(flag: string, raw: string): number {
  const v = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(v)) throw new UsageError(`${flag} must be a number, got "${raw}"`);
  return v;
}

/**
 * Where a plan flag stops making sense. Beyond these a plan means nothing, and its arithmetic would
 * overflow: --meetings-per-day 1e308 printed "NaN reps", --workday-hours 1e-320 "Infinity reps".
 */
const SANE: Readonly<Record<string, readonly [min: number, max: number]>> = {
  '--meetings-per-day': [0.01, 1e9],
  '--meetings-per-week': [0.05, 7e9],
  '--dials-per-hour': [0.1, 1_000],
  '--minutes-per-dial': [0.01, 480],
  '--minutes-per-conversation': [0.01, 480],
  '--workday-hours': [0.1, 24],
  '--days-per-week': [0.5, 7],
  '--selling-share': [0.01, 1],
};

function sane(flag: string, raw: string, v: number): number {
  const [min, max] = SANE[flag] ?? [0, Infinity];
  if (v < min) throw new UsageError(`${flag} must be at least ${min}, got "${raw}"`);
  if (v > max) throw new UsageError(`${flag} must be at most ${max}, got "${raw}"`);
  return v;
}

export function positive(flag: string, raw: string): number {
  const v = number(flag, raw);
  if (v <= 0) throw new UsageError(`${flag} must be a number above 0, got "${raw}"`);
  return sane(flag, raw, v);
}

/** A rate or share in (0, 1], as a fraction or a percentage ("0.36" or "36%"), as `check` reads them. */
export function rate(flag: string, raw: string): number {
  const v = parseShare(raw);
  if (v === null || v <= 0 || v > 1) throw new UsageError(`${flag} must be above 0 and at most 1, got "${raw}"`, 'write 36 % as 0.36 or 36%');
  return sane(flag, raw, v);
}

/** A probability strictly between 0 and 1 (a confidence of 1 would need infinitely many dials). */
export function probability(flag: string, raw: string): number {
  const v = number(flag, raw);
  if (v <= 0 || v >= 1) throw new UsageError(`${flag} must be between 0 and 1 (exclusive), got "${raw}"`, 'e.g. 0.9 for 9 days out of 10');
  return v;
}

export function wholePositive(flag: string, raw: string): number {
  const v = number(flag, raw);
  if (!Number.isInteger(v) || v <= 0) throw new UsageError(`${flag} must be a whole number above 0, got "${raw}"`);
  return v;
}

function positiveUpTo(flag: string, raw: string, max: number): number {
  const v = positive(flag, raw);
  if (v > max) throw new UsageError(`${flag} must be at most ${max}, got "${raw}"`);
  return v;
}

/** --ratios M/R/D: meetings/reached/dials, the way sales people say it ("9/38/106"). */
export function parseRatios(raw: string): FunnelCounts {
  const parts = raw.split('/').map((p) => p.trim());
  const nums = parts.map(Number);
  if (parts.length !== 3 || parts.some((p) => !/^\d+$/.test(p)) || nums.some((n) => n <= 0 || !Number.isSafeInteger(n))) {
    throw new UsageError(`--ratios must be three whole numbers above 0 as meetings/reached/dials, got "${raw}"`, 'e.g. --ratios 9/38/106');
  }
  const [meetings, reached, dials] = nums as [number, number, number];
  if (reached > dials) throw new UsageError(`--ratios ${raw}: reached (${reached}) cannot be more than dials (${dials})`, 'the order is meetings/reached/dials, e.g. 9/38/106');
  if (meetings > reached) throw new UsageError(`--ratios ${raw}: meetings (${meetings}) cannot be more than reached (${reached})`, 'the order is meetings/reached/dials, e.g. 9/38/106');
  return { meetings, reached, dials };
}

/** --what-if "meetings/reached=0.30" */
export function parseWhatIf(raw: string): WhatIf {
  const hint = `ratios: ${STAGE_RATIOS.join(', ')}; e.g. --what-if "meetings/reached=0.30"`;
  // Split by hand: a lazy pattern with `\s*` around "=" backtracks over a long run of spaces.
  const at = raw.indexOf('=');
  const [name, value] = at < 0 ? ['', ''] : [raw.slice(0, at).trim(), raw.slice(at + 1).trim()];
  if (name === '' || value === '') throw new UsageError(`--what-if must look like RATIO=VALUE, got "${raw}"`, hint);
  if (!isStageRatio(name)) throw new UsageError(`--what-if "${raw}": ${name} is not a stage ratio of the plan`, hint);
  return { ratio: name, value: rate(`--what-if ${name}`, value) };
}

/** The flags as commander hands them over: strings, checked by checkPlanFlags. */
export interface PlanFlags {
  meetingsPerDay?: string;
  meetingsPerWeek?: string;
  daysPerWeek?: string;
  ratios?: string;
  reachRate?: string;
  meetingRate?: string;
  from?: string[];
  rep?: string;
  last?: string;
  dialsPerHour?: string;
  minutesPerDial?: string;
  minutesPerConversation?: string;
  workdayHours?: string;
  sellingShare?: string;
  confidence?: string;
  whatIf: string[];
  by?: 'rep';
  targets?: string;
  backtest?: boolean;
}

/** Explicit rates, if any: --ratios (counts) or --reach-rate with --meeting-rate (rates only). */
export type ExplicitRates = { counts: FunnelCounts } | { reach: number; meet: number } | null;

export interface CheckedPlanFlags {
  /** null only where no target is needed (--backtest) or each rep's comes from --targets. */
  meetingsPerDay: number | null;
  targetPer: 'day' | 'week';
  daysPerWeek: number;
  explicit: ExplicitRates;
  files: string[];
  rep: string | undefined;
  last: number | null;
  time: TimeFlags;
  capacity: Capacity;
  confidence: number;
  whatIfs: WhatIf[];
  byRep: boolean;
  targetsFile: string | null;
  backtest: boolean;
}

const opt = <T>(raw: string | undefined, parse: (raw: string) => T): T | undefined => (raw === undefined ? undefined : parse(raw));

function target(o: PlanFlags, daysPerWeek: number): Pick<CheckedPlanFlags, 'meetingsPerDay' | 'targetPer'> {
  if (o.meetingsPerDay !== undefined && o.meetingsPerWeek !== undefined) {
    throw new UsageError('give either --meetings-per-day or --meetings-per-week, not both');
  }
  if (o.meetingsPerDay !== undefined) return { meetingsPerDay: positive('--meetings-per-day', o.meetingsPerDay), targetPer: 'day' };
  if (o.meetingsPerWeek !== undefined) return { meetingsPerDay: positive('--meetings-per-week', o.meetingsPerWeek) / daysPerWeek, targetPer: 'week' };
  // --targets gives each rep a weekly target; --backtest replays history and plans no target.
  if (o.targets !== undefined || o.backtest) return { meetingsPerDay: null, targetPer: 'week' };
  throw new UsageError('give a target: --meetings-per-day N or --meetings-per-week N', 'e.g. funnel plan --meetings-per-day 3');
}

function explicitRates(o: PlanFlags): ExplicitRates {
  const hasRates = o.reachRate !== undefined || o.meetingRate !== undefined;
  if (o.ratios !== undefined && hasRates) throw new UsageError('give the rates one way: --ratios or --reach-rate with --meeting-rate, not both');
  if (o.ratios !== undefined) return { counts: parseRatios(o.ratios) };
  if (!hasRates) return null;
  if (o.reachRate === undefined || o.meetingRate === undefined) {
    throw new UsageError('--reach-rate and --meeting-rate go together', 'to change one stage of the history or the reference, use --what-if "reached/dials=0.40"');
  }
  return { reach: rate('--reach-rate', o.reachRate), meet: rate('--meeting-rate', o.meetingRate) };
}

function timeFlags(o: PlanFlags): TimeFlags {
  const time = {
    dialsPerHour: opt(o.dialsPerHour, (r) => positive('--dials-per-hour', r)),
    minutesPerDial: opt(o.minutesPerDial, (r) => positive('--minutes-per-dial', r)),
    minutesPerConversation: opt(o.minutesPerConversation, (r) => positive('--minutes-per-conversation', r)),
  };
  if (time.dialsPerHour !== undefined && (time.minutesPerDial !== undefined || time.minutesPerConversation !== undefined)) {
    throw new UsageError('give the time model one way: --dials-per-hour or --minutes-per-dial/--minutes-per-conversation, not both');
  }
  return time;
}

/** Every flag checked before any file is read, so a typo fails fast. Defaults from src/domain/reference.ts. */
export function checkPlanFlags(o: PlanFlags): CheckedPlanFlags {
  const daysPerWeek = o.daysPerWeek === undefined ? PLAN_DEFAULTS.daysPerWeek : positiveUpTo('--days-per-week', o.daysPerWeek, 7);
  const last = opt(o.last, (r) => wholePositive('--last', r)) ?? null;
  const files = o.from ?? [];
  if (files.length === 0 && (o.rep !== undefined || last !== null)) {
    throw new UsageError(`${o.rep !== undefined ? '--rep' : '--last'} chooses from a history: add --from FILE`);
  }
  byRepFlags(o, files);
  return {
    ...target(o, daysPerWeek),
    daysPerWeek,
    explicit: explicitRates(o),
    files,
    rep: o.rep,
    last,
    time: timeFlags(o),
    capacity: {
      workdayHours: o.workdayHours === undefined ? PLAN_DEFAULTS.workdayHours : positiveUpTo('--workday-hours', o.workdayHours, 24),
      sellingShare: o.sellingShare === undefined ? PLAN_DEFAULTS.sellingShare : rate('--selling-share', o.sellingShare),
    },
    confidence: o.confidence === undefined ? PLAN_DEFAULTS.confidence : probability('--confidence', o.confidence),
    whatIfs: o.whatIf.map(parseWhatIf),
    byRep: o.by === 'rep',
    targetsFile: o.targets ?? null,
    backtest: Boolean(o.backtest),
  };
}

/** --by rep, --targets and --backtest read a history, and some flags mean nothing with them. */
function byRepFlags(o: PlanFlags, files: readonly string[]): void {
  const needs = o.by === 'rep' ? '--by rep' : o.targets !== undefined ? '--targets' : o.backtest ? '--backtest' : null;
  if (needs === null) return;
  if (files.length === 0) throw new UsageError(`${needs} plans from a history: add --from FILE`, 'e.g. funnel plan --from team.csv --by rep --meetings-per-week 8');
  if (o.targets !== undefined && o.by !== 'rep') throw new UsageError('--targets gives each rep a target: add --by rep');
  if (o.by === 'rep' && o.rep !== undefined) throw new UsageError('--by rep plans every rep; --rep plans one: give one of them');
  if (o.by === 'rep' && (o.ratios !== undefined || o.reachRate !== undefined || o.meetingRate !== undefined || o.whatIf.length > 0)) {
    throw new UsageError('--by rep plans each rep from their own history: --ratios, --reach-rate, --meeting-rate and --what-if do not apply', 'leave them out, or plan the team without --by rep');
  }
  if (o.backtest && (o.ratios !== undefined || o.reachRate !== undefined || o.meetingRate !== undefined || o.whatIf.length > 0)) {
    throw new UsageError('--backtest replays plans made from the history: --ratios, --reach-rate, --meeting-rate and --what-if do not apply');
  }
}
