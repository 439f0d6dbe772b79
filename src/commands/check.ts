import { checkExitCode, runChecks } from '../core/check.js';
import { DEFAULT_ALPHA, DEFAULT_TOLERANCE, type CheckSettings } from '../core/check-types.js';
import { subjects, type Scope } from '../core/check-scope.js';
import { parseFraction, parseRatioName, parseThreshold, parseWindow } from '../core/check-spec.js';
import { UsageError } from '../errors.js';
import { appendText } from '../io/append-file.js';
import { readBaseline } from '../io/baseline.js';
import type { Io } from '../io/process-io.js';
import { readTables } from '../io/tables.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { renderAnnotations } from '../render/check-github.js';
import { renderCheckJson } from '../render/check-json.js';
import { renderCheckJunit } from '../render/check-junit.js';
import { renderCheckMarkdown, renderCheckTable } from '../render/check-table.js';
import { makeTheme } from '../render/theme.js';
import { emit, warn } from './emit.js';
import { parseMapOptions } from './map-option.js';
import type { CommandResult } from './result.js';

export const CHECK_FORMATS = ['table', 'json', 'md'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  files: string[];
  min: string[];
  max: string[];
  baseline?: string;
  ratio: string[];
  tolerance?: string;
  alpha?: string;
  strict?: boolean;
  window?: string;
  all?: boolean;
  by?: 'rep';
  requireData?: boolean;
  format: CheckFormat;
  junit?: string;
  map: string[];
  output?: string;
  color: boolean;
  quiet?: boolean;
}

/** Flags → settings; every mistake is a UsageError before any file is read. */
function settingsFrom(opts: CheckOptions): { settings: Omit<CheckSettings, 'baseline'>; scope: Scope } {
  if (opts.min.length + opts.max.length === 0 && opts.baseline === undefined) {
    throw new UsageError('nothing to check', 'give --min "RATIO=VALUE", --max "RATIO=VALUE" or --baseline FILE');
  }
  if (opts.ratio.length && opts.baseline === undefined) {
    throw new UsageError('--ratio chooses which ratios to compare with a baseline', 'add --baseline FILE, or use --min/--max for fixed bounds');
  }
  if (opts.window !== undefined && opts.all) throw new UsageError('--window and --all exclude each other', 'use one of them');
  const scope: Scope = opts.all ? { kind: 'all' } : opts.window !== undefined ? { kind: 'window', weeks: parseWindow(opts.window) } : { kind: 'latest' };
  const settings = {
    thresholds: [...opts.min.map((m) => parseThreshold(m, 'min')), ...opts.max.map((m) => parseThreshold(m, 'max'))],
    ...(opts.ratio.length ? { baselineRatios: opts.ratio.map(parseRatioName) } : {}),
    tolerance: opts.tolerance === undefined ? DEFAULT_TOLERANCE : parseFraction(opts.tolerance, '--tolerance'),
    alpha: opts.alpha === undefined ? DEFAULT_ALPHA : parseFraction(opts.alpha, '--alpha'),
    strict: Boolean(opts.strict),
    requireData: Boolean(opts.requireData),
  };
  return { settings, scope };
}

export async function runCheck(opts: CheckOptions, io: Io): Promise<CommandResult> {
  const { settings: base, scope } = settingsFrom(opts);
  const map = parseMapOptions(opts.map);
  const tables = await readTables(opts.files, { map }, io);
  const settings: CheckSettings = opts.baseline === undefined ? base : { ...base, baseline: await readBaseline(opts.baseline, io) };

  const results = runChecks(subjects(tables.rows, scope, opts.by === 'rep'), settings);

  const render = {
    table: () => renderCheckTable(results, settings, makeTheme(opts.color && !opts.output)),
    json: () => renderCheckJson(results, settings),
    md: () => renderCheckMarkdown(results, settings),
  } satisfies Record<CheckFormat, () => string>;
  const stdout = await emit(render[opts.format](), opts.output, io);

  if (opts.junit !== undefined) await writeFileAtomic(opts.junit, renderCheckJunit(results, settings), io.cwd);
  if (io.env.GITHUB_ACTIONS === 'true') {
    io.stderr(renderAnnotations(results, settings));
    const summary = io.env.GITHUB_STEP_SUMMARY;
    if (summary) await appendText(summary, renderCheckMarkdown(results, settings) + '\n', io.cwd);
  }
  warn(tables.warnings, io, opts.quiet);
  return { stdout, exitCode: checkExitCode(results) };
}
