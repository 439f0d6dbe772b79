import { buildReport } from '../core/report.js';
import { readTables } from '../io/tables.js';
import type { Io } from '../io/process-io.js';
import type { Field } from '../domain/fields.js';
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
  const map = Object.fromEntries(opts.map.map((m) => m.split('=') as [string, Field]));
  const { log, outcome, tz, skipBadRows, quiet } = opts;
  const tables = await readTables(opts.files, { map, log, outcome, tz, skipBadRows, quiet }, io);
  const report = buildReport(tables.rows, tables.warnings);
  return { stdout: JSON.stringify(report, null, 2), exitCode: 0 };
}
