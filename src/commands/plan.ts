import { plural } from '../errors.js';
import { INTERVAL_LEVEL } from '../core/evidence.js';
import { buildPlan } from '../core/plan.js';
import { chooseTimeModel } from '../core/plan-time.js';
import { countsSource, historySource, ratesSource, referenceSource, selectHistory, type History, type PlanSource } from '../core/plan-source.js';
import { PLAN_DEFAULTS } from '../domain/reference.js';
import type { Io } from '../io/process-io.js';
import type { PlanFormat } from '../render/formats.js';
import { renderPlan } from '../render/plan.js';
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

/** Reads the history when there is one; it gives the rates (unless explicit) and the measured pace. */
async function readHistory(f: CheckedPlanFlags, o: PlanOptions, io: Io): Promise<{ history: History | null; files: string[]; notes: string[] }> {
  if (f.files.length === 0) return { history: null, files: [], notes: [] };
  const tables = await readInputs(f.files, o, io);
  const history = selectHistory(tables.rows, { ...(f.rep !== undefined && { rep: f.rep }), ...(f.last !== null && { last: f.last }) });
  const notes = [...tables.warnings];
  if (f.last !== null && f.last > history.available) {
    notes.push(`--last ${f.last}: the history has ${plural(history.available, 'week')}; using all of them`);
  }
  if (f.explicit !== null) notes.push(`the rates come from ${'counts' in f.explicit ? '--ratios' : '--reach-rate/--meeting-rate'}; --from is used only for its time (hours or talk time)`);
  return { history, files: tables.files, notes };
}

export async function runPlan(o: PlanOptions, io: Io): Promise<CommandResult> {
  const f = checkPlanFlags(o);
  const { history, files, notes } = await readHistory(f, o, io);
  const time = chooseTimeModel(f.time, history && { dials: history.counts.dials, hours: history.hours, talkSeconds: history.talkSeconds });
  // The history has an hours column with blanks: say why its pace is not used.
  if (time.kind === 'default' && history?.blankHours) notes.push(history.blankHours);
  const plan = buildPlan(
    {
      source: chooseSource(f, history, files),
      whatIfs: f.whatIfs, meetingsPerDay: f.meetingsPerDay, targetPer: f.targetPer, daysPerWeek: f.daysPerWeek,
      time,
      capacity: f.capacity, confidence: f.confidence, assurance: f.assurance, level: INTERVAL_LEVEL, lift: PLAN_DEFAULTS.lift,
    },
    notes,
  );
  warn(plan.warnings, io, o.quiet);
  const look = outputLook(o.color, o.output, io);
  return { stdout: await emit(renderPlan(plan, o.format, look.color, look.width), o.output, io), exitCode: 0 };
}
