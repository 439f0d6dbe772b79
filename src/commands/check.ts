import { checkExitCode, runChecks } from '../core/check.js';
import type { CheckSettings } from '../core/check-types.js';
import { scopeNotes, subjects, type Scope, type Subject } from '../core/check-scope.js';
import { checkWobble } from '../core/check-wobble.js';
import { settingsFromFlags, type CheckFlags } from '../core/check-spec.js';
import { takeColumns, type Tables } from '../io/tables.js';
import type { Io } from '../io/process-io.js';
import { renderAnnotations } from '../render/check-github.js';
import { renderCheckJson } from '../render/check-json.js';
import { renderCheckJunit } from '../render/check-junit.js';
import type { CheckFormat } from '../render/formats.js';
import { loadHtml } from '../render/html-lazy.js';
import { renderCheckMarkdown, renderCheckTable } from '../render/check-table.js';
import { finish, makeTheme } from '../render/theme.js';
import { requireRepColumn } from './by-rep.js';
import { emit, outputLook, warn, writeOutputFile } from './emit.js';
import { appendStepSummary } from './step-summary.js';
import { assertStdinOnce, readInputs, type InputFlags } from './inputs.js';
import type { CommandResult } from './result.js';

export interface CheckOptions extends CheckFlags, InputFlags {
  files: string[];
  by?: 'rep';
  format: CheckFormat;
  junit?: string;
  output?: string;
  color: boolean;
  plan?: string;
}

export async function runCheck(opts: CheckOptions, io: Io): Promise<CommandResult> {
  if (opts.plan !== undefined) {
    const { runPlanCheck } = await import('./check-plan.js');
    return runPlanCheck({ ...opts, plan: opts.plan }, io);
  }
  const { settings: base, scope } = settingsFromFlags(opts);
  assertStdinOnce([...opts.files, ...(opts.baseline === undefined ? [] : [opts.baseline])]);
  const tables = await readInputs(opts.files, opts, io);
  if (opts.by === 'rep') requireRepColumn(tables);
  // Loaded only with --baseline: its zod schemas are built when the module loads (a millisecond of every check's start).
  const baseline = opts.baseline === undefined ? undefined : await (await import('../io/baseline.js')).readBaseline(opts.baseline, io);
  const settings: CheckSettings = { ...base, wobble: checkWobble(tables.columns, scope, baseline), ...(baseline ? { baseline } : {}) };

  const notes = scopeNotes(tables.columns, scope);
  const results = runChecks(subjectsTaken(tables, scope, opts.by === 'rep'), settings);

  const render = {
    table: async () => {
      const look = await outputLook(opts.color, opts.output, io);
      const theme = makeTheme(look.color, look.width);
      return finish(renderCheckTable(results, settings, theme), theme);
    },
    json: () => renderCheckJson(results, settings),
    md: () => renderCheckMarkdown(results, settings),
    html: async () => (await loadHtml()).checkHtml(results, settings, { files: tables.files, baseline: opts.baseline }),
  } satisfies Record<CheckFormat, () => string | Promise<string>>;
  const stdout = await emit(await render[opts.format](), opts.output, io);

  if (opts.junit !== undefined) await writeOutputFile(opts.junit, renderCheckJunit(results, settings), io);
  let summaryNote: string[] = [];
  if (io.env.GITHUB_ACTIONS === 'true') {
    io.stderr(renderAnnotations(results, settings));
    summaryNote = await appendStepSummary(renderCheckMarkdown(results, settings), io);
  }
  warn([...tables.warnings, ...notes, ...summaryNote], io, opts.quiet);
  return { stdout, exitCode: checkExitCode(results) };
}

/** Who is checked, and the rows let go: the checks of a big team run without them. */
function subjectsTaken(tables: Tables, scope: Scope, byRep: boolean): Subject[] {
  return subjects(takeColumns(tables), scope, byRep);
}
