import type { CheckResult } from '../core/check-types.js';
import { boundText, headline, pValue, reason, scopeText, valueText, type ReasonContext } from './check-reason.js';
import { mdTable } from './markdown.js';
import { terminal } from './safe.js';
import { finish, type Theme } from './theme.js';
import { wrap } from './wrap.js';
import { maxOf } from '../core/arrays.js';

const HEAD = ['ratio', 'scope', 'value', 'bound', 'p-value', 'verdict', 'reason'] as const;

function cells(r: CheckResult, ctx: ReasonContext): string[] {
  const bound = r.kind === 'baseline' && r.bound !== null ? `${boundText(r)} (baseline)` : boundText(r);
  const verdict = r.failed && r.finding === 'no-data' ? 'no data (required)' : r.verdict;
  return [r.ratio, terminal(scopeText(r)), valueText(r), bound, pValue(r.p_value), verdict, reason(r, ctx)];
}

/** How the verdicts were reached; the tolerance only matters when a baseline was compared. */
function settingsLine(results: readonly CheckResult[], ctx: ReasonContext): string {
  const mode = ctx.strict ? 'strict: point values only' : `one-sided tests at alpha ${ctx.alpha}`;
  const tolerance = results.some((r) => r.kind === 'baseline') ? `, baseline tolerance ${Math.round(ctx.tolerance * 1000) / 10} %` : '';
  return mode + tolerance;
}

/**
 * One check as a short block instead of a table row: seven columns with the reason came to 180
 * columns, unreadable in a CI log. The verdict leads (where the eye looks first), the facts follow.
 */
function block(r: CheckResult, ctx: ReasonContext, theme: Theme, pad: number): string {
  const text = (t: string) => finish(t, theme);
  const [ratio, scope, value, bound, p, verdict, why] = cells(r, ctx).map(text) as [string, string, string, string, string, string, string];
  const tint = r.failed ? theme.c.red : r.verdict === 'pass' ? theme.c.green : theme.c.dim;
  const indent = ' '.repeat(pad + 2);
  const facts = r.value === null ? [] : [[value, r.bound === null ? null : `bound ${bound}`, r.p_value === null ? null : p].filter((x) => x !== null).join(', ')];
  const body = [...facts, why].flatMap((line) => wrap(line, theme.width - indent.length)).map((line) => indent + line);
  return [`${tint(verdict.padEnd(pad))}  ${ratio}  ${scope}`, ...body].join('\n');
}

/** The human summary: one block per check, then the verdict line (last, where the eye lands). */
export function renderCheckTable(results: readonly CheckResult[], ctx: ReasonContext, theme: Theme): string {
  const pad = maxOf(results.map((r) => cells(r, ctx)[5]!.length), 0);
  const blocks = results.map((r) => block(r, ctx, theme, pad)).join('\n\n');
  const line = headline(results);
  const verdict = line.startsWith('FAIL') ? theme.c.red.bold(line) : theme.c.green(line);
  return `${blocks}\n\n${theme.c.dim(settingsLine(results, ctx))}\n${verdict}`;
}

/** The same summary in GitHub-flavoured Markdown (for --format md and $GITHUB_STEP_SUMMARY). */
export function renderCheckMarkdown(results: readonly CheckResult[], ctx: ReasonContext): string {
  const rows = results.map((r) => cells(r, ctx));
  return `### funnel check: ${headline(results)}\n\n${mdTable(HEAD, rows, ['left', 'left', 'right', 'right', 'right', 'left', 'left'])}\n\n_${settingsLine(results, ctx)}_\n`;
}
