import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ActivityRow } from '../core/types.js';
import { InputError } from '../errors.js';
import { readInput } from './read-input.js';
import type { Io } from './process-io.js';
import { parseWeeklyTable, type TableOptions } from './weekly-table.js';
import { expectedColumnsHint } from './calllog/columns.js';
import { PROGRESS_MIN_BYTES, progressBar } from './calllog/progress.js';
import type { CallLogOptions, readCallLog } from './calllog/read-calllog.js';
import { callLogShape, readHead, type CallLogShape } from './calllog/source.js';

export interface Tables {
  rows: ActivityRow[];
  warnings: string[];
  files: string[];
}

/** Options for every kind of input: weekly tables, and call logs (`--log`, `--outcome`, `--tz`, `--skip-bad-rows`). */
export interface ReadOptions extends TableOptions, CallLogOptions {
  /** Read every input as a call log, even when its columns do not say so. */
  log?: boolean;
  /** No progress bar. */
  quiet?: boolean;
}

/** Reads and validates every input; all rows of all files, in file order. */
export async function readTables(files: readonly string[], options: ReadOptions, io: Io): Promise<Tables> {
  const rows: ActivityRow[] = [];
  const warnings: string[] = [];
  const names: string[] = [];
  for (const file of files) {
    const table = (await readCallLogInput(file, options, io)) ?? (await readWeeklyInput(file, options, io));
    rows.push(...table.rows);
    warnings.push(...table.warnings);
    names.push(file === '-' ? '<stdin>' : file);
  }
  return { rows, warnings, files: names };
}

async function readWeeklyInput(file: string, options: ReadOptions, io: Io) {
  const input = await readInput(file, io);
  return parseWeeklyTable(input.name, input.bytes.toString('utf8'), options);
}

// --- call logs: recognised by their header, streamed from disk (see src/io/calllog/) ---

/** The input read as a call log, or null when it is a weekly table. */
async function readCallLogInput(file: string, options: ReadOptions, io: Io): Promise<Awaited<ReturnType<typeof readCallLog>> | null> {
  // Loaded only for call logs: weekly tables (the small, start-up-sensitive case) never pay for it.
  const load = async () => (await import('./calllog/read-calllog.js')).readCallLog;
  if (file === '-') {
    const input = await readInput(file, io);
    const shape = callLogShape(input.bytes.subarray(0, 64 * 1024));
    const layout = callLogLayout(input.name, shape, options);
    return layout && shape ? (await load())(input.name, { kind: 'bytes', bytes: input.bytes }, shape.sniffed, layout, options) : null;
  }
  const path = resolve(io.cwd, file);
  const head = readHead(path);
  if (head === null) return null; // unreadable: the table reader says why
  const shape = callLogShape(head);
  const layout = callLogLayout(file, shape, options);
  if (!layout || !shape) return null;
  const size = statSync(path).size;
  const progress = !options.quiet && io.stderrIsTTY && size >= PROGRESS_MIN_BYTES ? progressBar(file, size, io.stderr) : undefined;
  const threads = Number(io.env.FUNNEL_THREADS) || undefined; // for benchmarks: FUNNEL_THREADS=1
  return (await load())(file, { kind: 'file', path, size }, shape.sniffed, layout, { threads, ...options }, progress);
}

function callLogLayout(name: string, shape: CallLogShape | null, options: ReadOptions) {
  if (shape?.layout && (options.log || !shape.weekly)) return shape.layout;
  if (options.log) {
    throw new InputError([{ file: name, line: 1, message: `is not a call log: headers found: ${shape?.sniffed.header.join(', ') ?? '(none)'}`, hint: expectedColumnsHint() }]);
  }
  return null;
}
