import { buildPlan } from '../core/plan.js';
import { chooseTimeModel } from '../core/plan-model.js';
import { countsSource, historySource, ratesSource, referenceSource, selectHistory, type History, type PlanSource } from '../core/plan-source.js';
import { INTERVAL_LEVEL } from '../core/evidence.js';
import { PLAN_DEFAULTS } from '../domain/reference.js';
import { UsageError } from '../errors.js';
import { readTables } from '../io/tables.js';
import type { Io } from '../io/process-io.js';
import { renderPlan, type PlanFormat } from '../render/plan.js';
import { emit, warn } from './emit.js';
import { parseMapOptions } from './map-option.js';
import { parseRatios, parseWhatIf, positive, probability, rate, upTo, wholePositive } from './plan-options.js';
import type { CommandResult } from './result.js';

/** The flags as commander hands them over: strings, checked here. */
export interface PlanOptions {
  meetingsPerDay?: string;
  meetingsPerWeek?: string;
  daysPerWeek?: string;
  ratios?: string;
  reachRate?: string;
  meetingRate?: string;
  from?: string[];
  rep?: string;
  last?: string;
  map: string[];
  dialsPerHour?: string;
  minutesPerDial?: string;
  minutesPerConversation?: string;
  workdayHours?: string;
  sellingShare?: string;
  confidence?: string;
  whatIf: string[];
  format: PlanFormat;
  output?: string;
  color: boolean;
  quiet?: boolean;
}

const opt = <T>(raw: string | undefined, parse: (raw: string) => T): T | undefined => (raw === undefined ? undefined : parse(raw));

function target(o: PlanOptions, daysPerWeek: number): { meetingsPerDay: number; targetPer: 'day' | 'week' } {
  if (o.meetingsPerDay !== undefined && o.meetingsPerWeek !== undefined) {
    throw new UsageError('give either --meetings-per-day or --meetings-per-week, not both');
  }
  if (o.meetingsPerDay !== undefined) return { meetingsPerDay: positive('--meetings-per-day', o.meetingsPerDay), targetPer: 'day' };
  if (o.meetingsPerWeek !== undefined) return { meetingsPerDay: positive('--meetings-per-week', o.meetingsPerWeek) / daysPerWeek, targetPer: 'week' };
  throw new UsageError('give a target: --meetings-per-day N or --meetings-per-week N', 'e.g. funnel plan --meetings-per-day 3');
}

/** Explicit rates first, then the history, then the built-in reference funnel. */
function chooseSource(o: PlanOptions, history: History | null, files: string[], last: number | null): { source: PlanSource; notes: string[] } {
  const hasRates = o.reachRate !== undefined || o.meetingRate !== undefined;
  if (o.ratios !== undefined && hasRates) throw new UsageError('give the rates one way: --ratios or --reach-rate with --meeting-rate, not both');
  const notes = history !== null && (o.ratios !== undefined || hasRates)
    ? [`the rates come from ${o.ratios !== undefined ? '--ratios' : '--reach-rate/--meeting-rate'}; --from is used only for its hours column`]
    : [];
  if (o.ratios !== undefined) return { source: countsSource(parseRatios(o.ratios)), notes };
  if (hasRates) {
    if (o.reachRate === undefined || o.meetingRate === undefined) {
      throw new UsageError('--reach-rate and --meeting-rate go together', 'to change one stage of the history or the reference, use --what-if "reached/dials=0.40"');
    }
    return { source: ratesSource(rate('--reach-rate', o.reachRate), rate('--meeting-rate', o.meetingRate)), notes };
  }
  if (history !== null) return { source: historySource(history, files, last), notes };
  return { source: referenceSource(), notes };
}

export async function runPlan(o: PlanOptions, io: Io): Promise<CommandResult> {
  const daysPerWeek = upTo('--days-per-week', positive('--days-per-week', o.daysPerWeek ?? String(PLAN_DEFAULTS.daysPerWeek)), 7, o.daysPerWeek ?? '');
  const goal = target(o, daysPerWeek);
  const time = {
    dialsPerHour: opt(o.dialsPerHour, (r) => positive('--dials-per-hour', r)),
    minutesPerDial: opt(o.minutesPerDial, (r) => positive('--minutes-per-dial', r)),
    minutesPerConversation: opt(o.minutesPerConversation, (r) => positive('--minutes-per-conversation', r)),
  };
  if (time.dialsPerHour !== undefined && (time.minutesPerDial !== undefined || time.minutesPerConversation !== undefined)) {
    throw new UsageError('give the time model one way: --dials-per-hour or --minutes-per-dial/--minutes-per-conversation, not both');
  }
  const capacity = {
    workdayHours: upTo('--workday-hours', positive('--workday-hours', o.workdayHours ?? String(PLAN_DEFAULTS.workdayHours)), 24, o.workdayHours ?? ''),
    sellingShare: rate('--selling-share', o.sellingShare ?? String(PLAN_DEFAULTS.sellingShare)),
  };
  const confidence = probability('--confidence', o.confidence ?? String(PLAN_DEFAULTS.confidence));
  const whatIfs = o.whatIf.map(parseWhatIf);
  const last = opt(o.last, (r) => wholePositive('--last', r)) ?? null;
  const files = o.from ?? [];
  if (files.length === 0 && (o.rep !== undefined || last !== null)) {
    throw new UsageError(`${o.rep !== undefined ? '--rep' : '--last'} chooses from a history: add --from FILE`);
  }

  let history: History | null = null;
  let warnings: string[] = [];
  if (files.length > 0) {
    const tables = await readTables(files, { map: parseMapOptions(o.map) }, io);
    history = selectHistory(tables.rows, { ...(o.rep !== undefined && { rep: o.rep }), ...(last !== null && { last }) });
    warnings = [...tables.warnings];
    if (last !== null && last > history.available) warnings.push(`--last ${last}: the history has ${history.available} week${history.available === 1 ? '' : 's'}; using all of them`);
  }
  const { source, notes } = chooseSource(o, history, files, last);
  const plan = buildPlan(
    {
      source, whatIfs, ...goal, daysPerWeek, capacity, confidence,
      time: chooseTimeModel(time, history && { dials: history.counts.dials, hours: history.hours }),
      level: INTERVAL_LEVEL, lift: PLAN_DEFAULTS.lift,
    },
    [...warnings, ...notes],
  );
  warn(plan.warnings, io, o.quiet);
  return { stdout: await emit(renderPlan(plan, o.format, o.color && !o.output), o.output, io), exitCode: 0 };
}
