import { parseFraction } from '../core/check-spec.js';
import { DEFAULT_ALPHA } from '../core/check-types.js';
import { buildTrack } from '../core/track.js';
import { dayNumber, parseDate, type PeriodKind } from '../core/track-period.js';
import { readPlanFile } from '../io/plan-file.js';
import type { Io } from '../io/process-io.js';
import type { TrackFormat } from '../render/formats.js';
import { renderTrack } from '../render/track.js';
import { emit, outputLook, warn } from './emit.js';
import { assertStdinOnce, readInputs, type InputFlags } from './inputs.js';
import type { CommandResult } from './result.js';

export interface TrackOptions extends InputFlags {
  plan: string;
  files: string[];
  period: PeriodKind;
  asOf?: string;
  alpha?: string;
  format: TrackFormat;
  output?: string;
  color: boolean;
}

/** Today on this machine's calendar (TZ applies), as the default --as-of. */
function today(): number {
  const d = new Date();
  return dayNumber(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export async function runTrack(o: TrackOptions, io: Io): Promise<CommandResult> {
  const asOf = o.asOf === undefined ? today() : parseDate(o.asOf);
  const alpha = o.alpha === undefined ? DEFAULT_ALPHA : parseFraction(o.alpha, '--alpha');
  assertStdinOnce([o.plan, ...o.files]);
  const plan = await readPlanFile(o.plan, io);
  const tables = await readInputs(o.files, o, io);
  const track = buildTrack({ plan, rows: tables.rows, asOf, period: o.period, alpha });
  warn([...tables.warnings, ...track.warnings], io, o.quiet);
  const look = await outputLook(o.color, o.output, io);
  const text = await renderTrack({ track, planFile: plan.file, byRep: plan.reps !== null }, o.format, look.color, look.width);
  return { stdout: await emit(text, o.output, io), exitCode: 0 };
}
