import { buildReport } from '../core/report.js';
import { readTables } from '../io/tables.js';
import type { Io } from '../io/process-io.js';
import { renderReport } from '../render/report.js';
import { makeTheme } from '../render/theme.js';
import { requireRepColumn } from './by-rep.js';
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
  // call-log options (see src/io/calllog/)
  log?: boolean;
  outcome?: string[];
  tz?: string;
  skipBadRows?: boolean;
}

export async function runReport(opts: ReportOptions, io: Io): Promise<CommandResult> {
  const { log, outcome, tz, skipBadRows, quiet } = opts;
  const tables = await readTables(opts.files, { map: parseMapOptions(opts.map), log, outcome, tz, skipBadRows, quiet }, io);
  if (opts.by === 'rep') requireRepColumn(tables);
  const report = buildReport(tables.rows, tables.warnings);
  warn(report.warnings, io, opts.quiet);
  const text = renderReport(report, opts.format, { theme: makeTheme(opts.color && !opts.output), byRep: opts.by === 'rep' });
  return { stdout: await emit(text, opts.output, io), exitCode: 0 };
}
