import { UsageError } from '../errors.js';
import { judgePlanChecks, planCheckNotes, runPlanChecks } from '../core/check-plan.js';
import type { Scope } from '../core/check-scope.js';
import { parseFraction, parseWindow } from '../core/check-spec.js';
import { DEFAULT_ALPHA } from '../core/check-types.js';
import { EXIT_CODES } from '../core/check.js';
import { readPlanFile } from '../io/plan-file.js';
import type { Io } from '../io/process-io.js';
import { renderPlanCheck, renderPlanCheckAnnotations, renderPlanCheckJunit } from '../render/check-plan.js';
import { requireRepColumn } from './by-rep.js';
import type { CheckOptions } from './check.js';
import { emit, outputLook, warn, writeOutputFile } from './emit.js';
import { appendStepSummary } from './step-summary.js';
import { assertStdinOnce, readInputs } from './inputs.js';
import type { CommandResult } from './result.js';

/** `funnel check --plan FILE`: the weeks in scope against a plan file (see core/check-plan.ts). */
export async function runPlanCheck(opts: CheckOptions & { plan: string }, io: Io): Promise<CommandResult> {
  const other = (['min', 'max', 'baseline', 'ratio', 'tolerance', 'strict', 'requireData'] as const).filter((k) => opts[k] !== undefined && opts[k] !== false);
  if (other.length > 0) {
    const flag = `--${other[0]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new UsageError(`--plan checks against a plan file; ${flag} belongs to ratio checks`, 'run funnel check twice: once with --plan, once with the ratio checks');
  }
  if (opts.window !== undefined && opts.all) throw new UsageError('--window and --all exclude each other', 'use one of them');
  const scope: Scope = opts.all ? { kind: 'all' } : opts.window !== undefined ? { kind: 'window', weeks: parseWindow(opts.window) } : { kind: 'latest' };
  const alpha = opts.alpha === undefined ? DEFAULT_ALPHA : parseFraction(opts.alpha, '--alpha');
  assertStdinOnce([...opts.files, opts.plan]);
  const plan = await readPlanFile(opts.plan, io);
  const tables = await readInputs(opts.files, opts, io);
  if (opts.by === 'rep') requireRepColumn(tables);
  const results = judgePlanChecks(runPlanChecks(plan, tables.rows, scope, opts.by === 'rep'), alpha);
  const look = await outputLook(opts.color, opts.output, io);
  const view = { results, alpha, planFile: plan.file };
  const stdout = await emit(await renderPlanCheck(view, opts.format, look.color, look.width), opts.output, io);
  if (opts.junit !== undefined) await writeOutputFile(opts.junit, renderPlanCheckJunit(view), io);
  let summaryNote: string[] = [];
  if (io.env.GITHUB_ACTIONS === 'true') {
    io.stderr(renderPlanCheckAnnotations(view));
    summaryNote = await appendStepSummary(await renderPlanCheck(view, 'md', false), io);
  }
  warn([...tables.warnings, ...planCheckNotes(plan), ...summaryNote], io, opts.quiet);
  return { stdout, exitCode: results.some((r) => r.failed) ? EXIT_CODES.regression : EXIT_CODES.pass };
}
