import type { Plan } from '../core/plan.js';
import { ceil, num } from './format.js';
import { mdTable } from './markdown.js';
import { facts, funnelBars, sensitivityTable, summary, volumes } from './plan-parts.js';
import { repPlanTable } from './plan-reps.js';
import { nameCell } from './track-parts.js';
import { markdown, json, terminal } from './safe.js';
import { bar } from './sparkline.js';
import { renderTable } from './table.js';
import type { PlanFormat } from './formats.js';
import { loadHtml } from './html-lazy.js';
import { finish, makeTheme, unicodeTheme, type Theme } from './theme.js';
import { wrap } from './wrap.js';
import { maxOf } from '../core/arrays.js';

const BAR_WIDTH = 30;

/** Label and text, the text wrapped under itself so each line fits 80 columns. */
function factLines(plan: Plan, theme: Theme): string {
  const rows = facts(plan, theme);
  const width = maxOf(rows.map(([label]) => label.length), 0);
  const indent = ' '.repeat(width + 2);
  const text = (t: string) => finish(t, theme); // '→' becomes '->': wrap what is shown
  return rows
    .map(([label, t]) => wrap(text(terminal(t)), theme.width - indent.length).map((line, i) => (i === 0 ? `${theme.c.bold(label.padEnd(width))}  ${line}` : indent + line)).join('\n'))
    .join('\n');
}

function barLines(plan: Plan, theme: Theme): string {
  const bars = funnelBars(plan);
  const width = maxOf(bars.map((b) => b.label.length), 0);
  const show = (b: (typeof bars)[number]) => (b.label === 'meetings' ? num(b.value) : ceil(b.value));
  return ['A day', ...bars.map((b) => `  ${b.label.padEnd(width)}  ${bar(b.share, BAR_WIDTH, theme)} ${show(b)}`)].join('\n');
}

function table(plan: Plan, theme: Theme): string {
  const v = volumes(plan);
  const s = sensitivityTable(plan, theme);
  return finish([
    theme.c.bold(summary(plan, theme)),
    renderTable(v.head, v.rows, theme),
    barLines(plan, theme),
    factLines(plan, theme),
    s.title,
    renderTable(s.head, s.rows, theme, ['left', 'right', 'right', 'right', 'right', 'right', 'right']),
    ...repSection(plan, (r) => [r.title, renderTable(r.head, r.rows, theme), wrap(r.note, theme.width).join('\n')], nameCell),
  ].join('\n\n'), theme);
}

function repSection(plan: Plan, lay: (r: NonNullable<ReturnType<typeof repPlanTable>>) => string[], text: (s: string) => string): string[] {
  const r = repPlanTable(plan, text);
  return r === null ? [] : lay(r);
}

function planMarkdown(plan: Plan, theme: Theme): string {
  const v = volumes(plan);
  const s = sensitivityTable(plan, theme);
  return [
    '## Plan',
    `**${summary(plan, theme)}**`,
    mdTable(v.head, v.rows),
    facts(plan, theme).map(([label, text]) => `- ${label ? `**${label}:** ` : ''}${markdown(text)}`).join('\n'),
    `### ${s.title}`,
    mdTable(s.head, s.rows),
    // mdTable makes every cell safe itself.
    ...repSection(plan, (r) => [`### ${r.title}`, mdTable(r.head, r.rows), r.note], (t) => t),
  ].join('\n\n');
}

const RENDERERS = {
  table,
  md: planMarkdown,
  json: (plan: Plan) => json(plan),
  html: async (plan: Plan) => (await loadHtml()).planHtml(plan),
} satisfies Record<PlanFormat, (plan: Plan, theme: Theme) => string | Promise<string>>;

/** Markdown is for files and PRs: never coloured, but Unicode is fine there. */
export async function renderPlan(plan: Plan, format: PlanFormat, color: boolean, width?: number): Promise<string> {
  const theme = format === 'md' ? unicodeTheme() : makeTheme(color, width);
  return RENDERERS[format](plan, theme);
}
