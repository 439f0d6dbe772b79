import { groupRows, reportOf, type GroupedRows } from '../core/report.js';
import type { Io } from '../io/process-io.js';
import { renderReport } from '../render/report.js';
import { makeTheme } from '../render/theme.js';
import { requireRepColumn } from './by-rep.js';
import { emit, outputLook, warn } from './emit.js';
import { readInputs, type InputFlags } from './inputs.js';
import { takeColumns, type Tables } from '../io/tables.js';
import type { Format } from '../render/formats.js';
import type { CommandResult } from './result.js';

export interface ReportOptions extends InputFlags {
  files: string[];
  format: Format;
  by?: 'rep';
  allReps?: boolean;
  output?: string;
  color: boolean;
}

export async function runReport(opts: ReportOptions, io: Io): Promise<CommandResult> {
  const tables = await readInputs(opts.files, opts, io);
  if (opts.by === 'rep') requireRepColumn(tables);
  const report = reportOf(groupTaken(tables), tables.warnings);
  warn(report.warnings, io, opts.quiet);
  const look = await outputLook(opts.color, opts.output, io);
  const text = await renderReport(report, opts.format, { theme: makeTheme(look.color, look.width), byRep: opts.by === 'rep', allReps: opts.allReps ?? false, inputs: tables.inputs, files: tables.files });
  return { stdout: await emit(text, opts.output, io), exitCode: 0 };
}

/** The rows grouped, and let go: the per-rep parts of a big team are built without them. */
function groupTaken(tables: Tables): GroupedRows {
  return groupRows(takeColumns(tables));
}
