import type { CheckResult } from '../core/check-types.js';
import { boundText, headline, pValue, reason, scopeText, valueText, type ReasonContext } from './check-reason.js';
import { mdTable } from './markdown.js';
import { renderTable } from './table.js';
import type { Theme } from './theme.js';

const HEAD = ['ratio', 'scope', 'value', 'bound', 'p-value', 'verdict', 'reason'] as const;

function cells(r: CheckResult, ctx: ReasonContext): string[] {
  const bound = r.kind === 'baseline' && r.bound !== null ? `${boundText(r)} (baseline)` : boundText(r);
  const verdict = r.failed && r.finding === 'no-data' ? 'no data (required)' : r.verdict;
  return [r.ratio, scopeText(r), valueText(r), bound, pValue(r.p_value), verdict, reason(r, ctx)];
}

/** How the verdicts were reached; the tolerance only matters when a baseline was compared. */
function settingsLine(results: readonly CheckResult[], ctx: ReasonContext): string {
  const mode = ctx.strict ? 'strict: point values only' : `one-sided tests at alpha ${ctx.alpha}`;
  const tolerance = results.some((r) => r.kind === 'baseline') ? `, baseline tolerance ${Math.round(ctx.tolerance * 1000) / 10} %` : '';
  return mode + tolerance;
}

/** The human summary: one row per check, then the verdict line (last, where the eye lands). */
export function renderCheckTable(results: readonly CheckResult[], ctx: ReasonContext, theme: Theme): string {
  const rows = results.map((r) => {
    const row = cells(r, ctx); // renderTable makes them ASCII for pipes
    const tint = r.failed ? theme.c.red : r.verdict === 'pass' ? theme.c.green : theme.c.dim;
    row[5] = tint(row[5]!);
    return row;
  });
  const line = headline(results);
  const verdict = line.startsWith('FAIL') ? theme.c.red.bold(line) : theme.c.green(line);
  return `${renderTable(HEAD, rows, theme, ['left', 'left', 'right', 'right', 'right', 'left', 'left'])}\n${theme.c.dim(settingsLine(results, ctx))}\n${verdict}`;
}

/** The same summary in GitHub-flavoured Markdown (for --format md and $GITHUB_STEP_SUMMARY). */
export function renderCheckMarkdown(results: readonly CheckResult[], ctx: ReasonContext): string {
  const rows = results.map((r) => cells(r, ctx));
  return `### funnel check: ${headline(results)}\n\n${mdTable(HEAD, rows, ['left', 'left', 'right', 'right', 'right', 'left', 'left'])}\n\n_${settingsLine(results, ctx)}_\n`;
}
