import { buildReport } from '../core/report.js';
import type { Io } from '../io/process-io.js';
import { renderReport } from '../render/report.js';
import { makeTheme } from '../render/theme.js';
import { layoutWidth } from '../render/wrap.js';
import { requireRepColumn } from './by-rep.js';
import { emit, warn } from './emit.js';
import { readInputs, type InputFlags } from './inputs.js';
import type { Format } from '../render/formats.js';
import type { CommandResult } from './result.js';

export interface ReportOptions extends InputFlags {
  files: string[];
  format: Format;
  by?: 'rep';
  output?: string;
  color: boolean;
}

export async function runReport(opts: ReportOptions, io: Io): Promise<CommandResult> {
  const tables = await readInputs(opts.files, opts, io);
  if (opts.by === 'rep') requireRepColumn(tables);
  const report = buildReport(tables.rows, tables.warnings);
  warn(report.warnings, io, opts.quiet);
  const text = renderReport(report, opts.format, { theme: makeTheme(opts.color && !opts.output, layoutWidth(io.columns, io.stdoutIsTTY && !opts.output)), byRep: opts.by === 'rep' });
  return { stdout: await emit(text, opts.output, io), exitCode: 0 };
}
