import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ActivityRow } from '../core/types.js';
import { InputError, type Problem } from '../errors.js';
import { appendAll } from '../core/arrays.js';
import { terminal } from '../render/safe.js';
import { readInput, readsOnce, type RawInput } from './read-input.js';
import type { Io } from './process-io.js';
import { headerMap, type HeaderMap } from './columns.js';
import type { CallLogUnderstanding, FileUnderstanding, WeekUnderstanding } from './understanding.js';
import { normaliseHeader } from '../domain/fields.js';
import { parseDecodedTable, type TableOptions } from './weekly-table.js';
import type { RowColumns } from '../core/row-columns.js';
import { joinColumns } from '../core/row-columns-build.js';
import { rowsOnDemand } from './rows-on-demand.js';
import { duplicateProblems, inexactTotals } from './row-checks.js';
import { decode } from './decode.js';
import { expectedColumnsHint } from './calllog/columns.js';
import { PROGRESS_MIN_BYTES, progressBar } from './calllog/progress.js';
import type { CallLogOptions, CallLogTable } from './calllog/read-calllog.js';
import { HEAD_BYTES, callLogShape, readHead, type CallLogShape } from './calllog/source.js';

export type { TableOptions } from './weekly-table.js';

export interface Tables {
  /** Every row of every input, in file order, as columns. */
  columns: RowColumns;
  /** The same rows as objects, made when first asked for: commands that read a few weeks' history. */
  readonly rows: readonly ActivityRow[];
  warnings: string[];
  files: string[];
  /** How each input was understood, in file order (report JSON's `input`). */
  inputs: FileUnderstanding[];
}

/** Options for every kind of input: weekly tables, and call logs (`--log`, `--outcome`, `--tz`, `--skip-bad-rows`). */
export interface ReadOptions extends TableOptions, CallLogOptions {
  /** Read every input as a call log, even when its columns do not say so. */
  log?: boolean;
  /** No progress bar. */
  quiet?: boolean;
  /** Say on stderr how each call log was read (byte scanner or general reader, parts): --verbose, --debug. */
  verbose?: boolean;
  /**
   * Settings and --map headers that came from funnel.config.json: a team's file serves several exports,
   * so an entry this run does not use is no typo, and a call-log setting is no mistake for a weekly table.
   */
  fromConfig?: { map: readonly string[]; settings: readonly string[] };
}

/**
 * Reads and validates every input; all rows of all files, in file order. Every problem of every
 * file is collected before failing, so one run shows everything to fix.
 */
export async function readTables(files: readonly string[], options: ReadOptions, io: Io): Promise<Tables> {
  const map = headerMap(options.map); // a bad --map is a usage error before any file is read
  const headers = new Set<string>();
  const weekly: RowColumns[] = [];
  const ordered: RowColumns[] = []; // weekly and call-log rows, in file order
  const warnings: string[] = [];
  const problems: Problem[] = [];
  const names: string[] = [];
  const inputs: FileUnderstanding[] = [];
  const given = new Map<string, string>();
  let logs = 0;
  for (const file of files) {
    // A file named twice (a glob plus its own name) would be all duplicate weeks, each naming itself.
    const key = file === '-' ? '-' : resolve(io.cwd, file);
    const first = given.get(key);
    if (first !== undefined) {
      problems.push({ file, message: `given twice on the command line${first === file ? '' : ` (also as ${first})`}`, hint: 'name each file once' });
      continue;
    }
    given.set(key, file);
    let log;
    let input: RawInput | undefined;
    try {
      // stdin, FIFOs, pipes and devices can be read only once: read whole, then sniffed in memory.
      if (file === '-' || readsOnce(resolve(io.cwd, file))) input = await readInput(file, io);
      log = await readCallLogInput(file, input, options, map, io);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      appendAll(problems, err.problems);
      const understood = (err as { input?: FileUnderstanding }).input;
      if (understood) inputs.push(understood);
      continue;
    }
    if (log) {
      logs++;
      // One row per (week, rep) by construction: no duplicate check (two exports may share a week).
      ordered.push(log.columns);
      appendAll(warnings, log.warnings);
      if (options.verbose && !options.quiet) io.stderr(`note: ${terminal(file === '-' ? '<stdin>' : file)}: read by the ${log.readBy}\n`);
      names.push(file === '-' ? '<stdin>' : file);
      inputs.push(log.input);
      for (const c of log.input.columns) headers.add(normaliseHeader(c.header));
      appendAll(warnings, unusedCallLogColumns(log.input));
      continue;
    }
    try {
      input ??= await readInput(file, io);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      appendAll(problems, err.problems);
      continue;
    }
    const name = input.name;
    const decoded = decode(name, input.bytes);
    input = undefined; // the bytes are text now: a big table is not held twice while it is read
    const table = parseDecodedTable(name, decoded, options);
    weekly.push(table.columns);
    ordered.push(table.columns);
    appendAll(warnings, table.warnings);
    appendAll(problems, table.problems);
    if (options.verbose && !options.quiet && table.readBy) io.stderr(`note: ${terminal(name)}: weekly table read by the ${table.readBy}\n`);
    names.push(name);
    if (table.input) inputs.push(table.input);
    for (const h of table.headers) headers.add(normaliseHeader(h));
  }
  appendAll(warnings, callLogFlagNotes(options, logs, names.length));
  // A --map whose header no file has is most likely a typo.
  const configured = new Set((options.fromConfig?.map ?? []).map(normaliseHeader));
  for (const [header, target] of Object.entries(options.map ?? {})) {
    if (map.has(normaliseHeader(header)) && !headers.has(normaliseHeader(header)) && !configured.has(normaliseHeader(header))) {
      warnings.push(`--map "${header}=${target}": no input has a column "${header}"`);
    }
  }
  forgetLastMatch();
  appendAll(problems, duplicateProblems(joinColumns(weekly)));
  const rows = joinColumns(ordered);
  if (problems.length === 0) appendAll(problems, inexactTotals(rows));
  // What was understood travels with the problems: `funnel inspect` shows both.
  if (problems.length) throw Object.assign(new InputError(problems), { inputs });
  return rowsOnDemand({ columns: rows, warnings, files: names, inputs });
}

/**
 * Flags that only call logs use, given when every input is a weekly table: said, not silently ignored
 * (a user who passes --tz expects the weeks to move).
 */
function callLogFlagNotes(options: ReadOptions, logs: number, inputs: number): string[] {
  if (logs > 0 || inputs === 0) return [];
  const fromFile = new Set(options.fromConfig?.settings ?? []);
  const given = [
    options.tz !== undefined && !fromFile.has('tz') && '--tz',
    (options.outcome?.length ?? 0) > 0 && !fromFile.has('outcome') && '--outcome',
    options.skipBadRows && !fromFile.has('skipBadRows') && '--skip-bad-rows',
  ].filter((f): f is string => typeof f === 'string');
  if (given.length === 0) return [];
  return [`${given.join(', ')} ${given.length === 1 ? 'has' : 'have'} no effect: no input is a call log, and weekly tables name their weeks themselves`];
}

// --- call logs: recognised by their header, streamed from disk (see src/io/calllog/) ---

/** The input read as a call log, or null when it is a weekly table. */
async function readCallLogInput(file: string, stdin: RawInput | undefined, options: ReadOptions, map: HeaderMap, io: Io): Promise<(CallLogTable & { input: FileUnderstanding }) | null> {
  // Loaded only for call logs: weekly tables (the small, start-up-sensitive case) never pay for it.
  const load = async () => (await import('./calllog/read-calllog.js')).readCallLog;
  if (stdin) {
    const shape = callLogShape(stdin.bytes.subarray(0, HEAD_BYTES), stdin.bytes.length <= HEAD_BYTES, map);
    const layout = callLogLayout(stdin.name, shape, options);
    if (!layout || !shape) return null;
    const table = await withUnderstanding(stdin.name, shape, (await load())(stdin.name, { kind: 'bytes', bytes: stdin.bytes }, shape.sniffed, layout, options));
    return Object.assign(table, { input: callLogUnderstanding(stdin.name, shape, table) });
  }
  const path = resolve(io.cwd, file);
  const head = readHead(path);
  if (head === null) return null; // unreadable: the table reader says why
  const shape = callLogShape(head, head.length < HEAD_BYTES, map);
  const layout = callLogLayout(file, shape, options);
  if (!layout || !shape) return null;
  const size = statSync(path).size;
  const progress = !options.quiet && io.stderrIsTTY && size >= PROGRESS_MIN_BYTES ? progressBar(file, size, io.stderr) : undefined;
  // Tuning knobs for benchmarks and tests: FUNNEL_THREADS=1 reads on one thread; FUNNEL_PART_MB sets the smallest part.
  const threads = Number(io.env.FUNNEL_THREADS) || undefined;
  const partMb = Number(io.env.FUNNEL_PART_MB) || undefined;
  const parts = options.parts ?? (partMb ? { minBytes: partMb * 2 ** 20 } : undefined);
  const table = await withUnderstanding(file, shape, (await load())(file, { kind: 'file', path, size }, shape.sniffed, layout, { threads, ...options, parts }, progress));
  return Object.assign(table, { input: callLogUnderstanding(file, shape, table) });
}

/**
 * Columns of a call log that look like a role we count (a rep, an outcome, a duration) but were not
 * used: said, never silent. Other moments of the call (answered, ended) and contacts only go to JSON.
 */
function unusedCallLogColumns(input: FileUnderstanding): string[] {
  const quiet = new Set(['timestamp', 'date', 'time', 'contact']);
  return input.unused
    .filter((u) => !quiet.has(u.looks_like))
    .map((u) => `${input.file}: ignored column "${u.header}" (${u.why}); to read it as the ${u.looks_like}, use --map "${u.header}=${u.looks_like}"`);
}

function callLogLayout(name: string, shape: CallLogShape | null, options: ReadOptions) {
  // Whether it is a weekly table first: its header is then never read as a call log's.
  if (shape && (options.log || !shape.weekly) && shape.layout) {
    // Columns the words cannot settle stop the file before a row is read; what was understood goes with the error.
    if (shape.columns.problems.length) {
      throw Object.assign(new InputError(shape.columns.problems.map((p) => ({ file: name, ...p }))), { input: callLogUnderstanding(name, shape, null) });
    }
    return options.durationUnit ? { ...shape.layout, durationUnit: options.durationUnit, durationUnitSource: 'flag' as const, durationClock: false } : shape.layout;
  }
  if (options.log) {
    throw new InputError([{ file: name, line: 1, message: `is not a call log: headers found: ${shape?.sniffed.header.join(', ') ?? '(none)'}`, hint: expectedColumnsHint() }]);
  }
  return null;
}

/**
 * A log whose outcomes or directions could not all be read still says what it understood (its error
 * carries `understanding`, see calllog/to-rows.ts): `funnel inspect` shows it beside the open decisions.
 */
async function withUnderstanding(file: string, shape: CallLogShape, reading: Promise<CallLogTable>): Promise<CallLogTable> {
  try {
    return await reading;
  } catch (err) {
    if (err instanceof InputError && 'understanding' in err) {
      throw Object.assign(err, { input: callLogUnderstanding(file, shape, null, err.understanding as CallLogUnderstanding) });
    }
    throw err;
  }
}

/** A call log's weeks: each call's ISO week in --tz (rows come in calendar order). */
function callLogWeeks(table: CallLogTable): WeekUnderstanding {
  const weeks: string[] = [];
  for (let w = 0; w < table.columns.weekCount; w++) weeks.push(table.columns.weekName(w));
  return { rule: 'the ISO week (Monday to Sunday) of each call, in the time zone of --tz', examples: [], first: weeks[0] ?? null, last: weeks.at(-1) ?? null, count: weeks.length };
}

function callLogUnderstanding(file: string, shape: CallLogShape, table: CallLogTable | null, calllog = table?.understanding ?? null): FileUnderstanding {
  const { sniffed, columns } = shape;
  return {
    file, encoding: sniffed.encoding, delimiter: sniffed.delimiter, decimal: sniffed.delimiter === ';' ? ',' : '.', thousands: null,
    layout: 'calllog', layout_reason: 'one row per call: a column for when the call was made and one for its outcome',
    header_line: sniffed.preambleLines + 1, columns: columns.understood, weeks: table ? callLogWeeks(table) : null, calllog, unused: columns.unused,
  };
}

/**
 * The rows, handed over: the tables keep none from now on, so once the caller has what it needs of
 * them, a million rows are let go before the rest of the work.
 */
export function takeColumns(tables: Tables): RowColumns {
  const { columns } = tables;
  tables.columns = joinColumns([]);
  return columns;
}

/**
 * V8 keeps the subject of the last regular-expression match alive (RegExp.lastMatch, RegExp.$_): once
 * every input is read, that is a whole text read at once, or a slice of it (30 MB for a million weekly
 * rows). A match on an empty string lets it go.
 */
function forgetLastMatch(): void {
  /^/.exec('');
}
