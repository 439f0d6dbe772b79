import { UsageError, plural } from '../errors.js';
import { backtest } from '../core/backtest.js';
import { INTERVAL_LEVEL } from '../core/evidence.js';
import { buildPlan } from '../core/plan.js';
import { buildRepPlans } from '../core/plan-reps.js';
import { chooseTimeModel } from '../core/plan-time.js';
import { countsSource, historySource, ratesSource, referenceSource, selectHistory, type History, type PlanSource } from '../core/plan-source.js';
import { weeklyWobble } from '../core/stats/weekly-wobble.js';
import type { ActivityRow } from '../core/types.js';
import { PLAN_DEFAULTS } from '../domain/reference.js';
import type { Io } from '../io/process-io.js';
import { readTargets } from '../io/targets.js';
import type { PlanFormat } from '../render/formats.js';
import { renderBacktest } from '../render/backtest.js';
import { renderPlan } from '../render/plan.js';
import { requireRepColumn } from './by-rep.js';
import { emit, outputLook, warn } from './emit.js';
import { readInputs, type InputFlags } from './inputs.js';
import { checkPlanFlags, type CheckedPlanFlags, type PlanFlags } from './plan-options.js';
import type { CommandResult } from './result.js';

export interface PlanOptions extends PlanFlags, InputFlags {
  format: PlanFormat;
  output?: string;
  color: boolean;
}

/** Explicit rates first, then the history, then the built-in reference funnel. */
function chooseSource(f: CheckedPlanFlags, history: History | null, files: string[]): PlanSource {
  if (f.explicit !== null) return 'counts' in f.explicit ? countsSource(f.explicit.counts) : ratesSource(f.explicit.reach, f.explicit.meet);
  if (history !== null) return historySource(history, files, f.last);
  return referenceSource();
}

interface Read {
  history: History | null;
  files: string[];
  /** The rows behind the history (after --rep and --last). */
  rows: ActivityRow[];
  notes: string[];
}

/** Reads the history when there is one; it gives the rates (unless explicit) and the measured pace. */
async function readHistory(f: CheckedPlanFlags, o: PlanOptions, io: Io): Promise<Read> {
  if (f.files.length === 0) return { history: null, files: [], rows: [], notes: [] };
  const tables = await readInputs(f.files, o, io);
  if (f.byRep) requireRepColumn(tables);
  const history = selectHistory(tables.rows, { ...(f.rep !== undefined && { rep: f.rep }), ...(f.last !== null && { last: f.last }) });
  const notes = [...tables.warnings];
  if (f.last !== null && f.last > history.available) {
    notes.push(`--last ${f.last}: the history has ${plural(history.available, 'week')}; using all of them`);
  }
  if (f.explicit !== null) notes.push(`the rates come from ${'counts' in f.explicit ? '--ratios' : '--reach-rate/--meeting-rate'}; --from is used only for its time (hours or talk time)`);
  const weeks = new Set(history.weeks);
  const rows = tables.rows.filter((r) => weeks.has(r.week) && (history.rep === null || r.rep === history.rep));
  return { history, files: tables.files, rows, notes };
}

/** Each rep's meetings a day: from --targets (every rep of the history needs a line) or the one flag. */
async function repTargets(f: CheckedPlanFlags, rows: readonly ActivityRow[], io: Io): Promise<(rep: string) => number> {
  if (f.targetsFile === null) return () => f.meetingsPerDay!;
  const targets = await readTargets(f.targetsFile, io);
  const byKey = new Map([...targets].map(([rep, n]) => [rep.trim().toLowerCase(), n]));
  const reps = [...new Set(rows.map((r) => r.rep!))];
  const missing = reps.filter((r) => !byKey.has(r.trim().toLowerCase()));
  if (missing.length > 0 && f.meetingsPerDay === null) {
    throw new UsageError(
      `${f.targetsFile} has no target for ${missing.join(', ')}`,
      `add a line per rep ("${missing[0]},8"), or give --meetings-per-week N for reps without a line`,
    );
  }
  const unknown = [...targets.keys()].filter((r) => !reps.some((h) => h.trim().toLowerCase() === r.trim().toLowerCase()));
  if (unknown.length > 0) throw new UsageError(`${f.targetsFile} names ${unknown.join(', ')}, not in the history`, `reps in the history: ${reps.join(', ')}`);
  return (rep) => {
    const weekly = byKey.get(rep.trim().toLowerCase());
    return weekly === undefined ? f.meetingsPerDay! : weekly / f.daysPerWeek;
  };
}

/**
 * The path of the first number in the plan that is NaN or infinite, or in a warning's words: no plan
 * prints "NaN reps". The flags' ranges keep plans finite; this holds whatever path led there.
 */
function nonFinite(value: unknown, path = 'plan'): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (typeof value === 'string') return /\b(?:NaN|Infinity)\b/.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, v] of Object.entries(value)) {
    const found = nonFinite(v, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

export async function runPlan(o: PlanOptions, io: Io): Promise<CommandResult> {
  const f = checkPlanFlags(o);
  const { history, files, rows, notes } = await readHistory(f, o, io);
  const look = await outputLook(o.color, o.output, io);
  if (f.backtest) {
    const result = backtest(rows, f.byRep, INTERVAL_LEVEL);
    warn([...notes, ...result.warnings], io, o.quiet);
    return { stdout: await emit(await renderBacktest(result, o.format, look.color, look.width), o.output, io), exitCode: 0 };
  }
  const time = chooseTimeModel(f.time, history && { dials: history.counts.dials, hours: history.hours, talkSeconds: history.talkSeconds });
  // The history has an hours column with blanks: say why its pace is not used.
  if (time.kind === 'default' && history?.blankHours) notes.push(history.blankHours);
  const byRep = f.byRep ? buildRepPlans({ rows, targetPerDay: await repTargets(f, rows, io), daysPerWeek: f.daysPerWeek, time: f.time }) : undefined;
  // With --by rep the team-level plan is the pooled team's for the reps' summed target.
  const meetingsPerDay = byRep ? byRep.total.per_day.meetings : f.meetingsPerDay!;
  const plan = buildPlan(
    {
      source: chooseSource(f, history, files),
      whatIfs: f.whatIfs, meetingsPerDay, targetPer: f.targetPer, daysPerWeek: f.daysPerWeek,
      time,
      capacity: f.capacity, confidence: f.confidence, assurance: f.assurance, level: INTERVAL_LEVEL, lift: PLAN_DEFAULTS.lift,
      wobble: history === null ? null : weeklyWobble([history.series]),
      ...(byRep && { byRep }),
    },
    notes,
  );
  const broken = nonFinite(plan);
  if (broken !== undefined) {
    throw new UsageError(`this target and these rates give a plan past what can be computed (${broken} is not a finite number)`, 'give a smaller --meetings-per-day or --meetings-per-week, or rates that are not vanishingly small');
  }
  warn(plan.warnings, io, o.quiet);
  return { stdout: await emit(await renderPlan(plan, o.format, look.color, look.width), o.output, io), exitCode: 0 };
}
