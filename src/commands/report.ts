import { UsageError } from '../errors.js';
import { buildReport } from '../core/report.js';
import { readTables } from '../io/tables.js';
import type { Io } from '../io/process-io.js';
import { renderReport } from '../render/report.js';
import { makeTheme } from '../render/theme.js';
import { emit, warn } from './emit.js';
import { parseMapOptions } from './map-option.js';
import type { CommandResult, Format } from './result.js';

export interface ReportOptions {
  files: string[];
  format: Format;
  by?: 'rep';
  map: string[];
  output?: string;
  color: boolean;
  quiet?: boolean;
}

export async function runReport(opts: ReportOptions, io: Io): Promise<CommandResult> {
  const tables = await readTables(opts.files, { map: parseMapOptions(opts.map) }, io);
  const report = buildReport(tables.rows, tables.warnings);
  if (opts.by === 'rep' && !report.reps) {
    throw new UsageError(`--by rep: ${tables.files.join(', ')} ${tables.files.length === 1 ? 'has' : 'have'} no rep column`, 'add a column such as "Rep" (or Verkoper, Verkäufer), or map yours with --map "Your Header=rep"');
  }
  warn(report.warnings, io, opts.quiet);
  const text = renderReport(report, opts.format, { theme: makeTheme(opts.color && !opts.output), byRep: opts.by === 'rep' });
  return { stdout: await emit(text, opts.output, io), exitCode: 0 };
}
