import type { Backtest } from '../core/backtest.js';
import { json as safeJson } from './safe.js';
import { int, num, pct } from './format.js';
import type { PlanFormat } from './formats.js';
import { loadHtml } from './html-lazy.js';
import { mdTable } from './markdown.js';
import { nameCell } from './track-parts.js';
import { renderTable } from './table.js';
import { finish, makeTheme, tone, type Theme } from './theme.js';
import { wrap } from './wrap.js';

/** `funnel plan --backtest`: one line per prediction and the share that fell inside the range. */

export function backtestHeadline(b: Backtest): string {
  const level = Math.round(b.level * 100);
  if (b.coverage === null) return `Backtest: nothing to replay (no week follows a history with meetings)`;
  // Two sentences on two lines, so wrapping never separates a number from its "%".
  return `Backtest: actual meetings fell inside the plan's ${level} % range in ${b.inside} of ${b.total} ${b.by_rep ? 'rep-weeks' : 'weeks'}\n` +
    `(${pct(b.coverage, 0)}; a calibrated plan lands inside about ${level} % of the time)`;
}

function rows(b: Backtest, text: (s: string) => string, mark: (inside: boolean) => string): { head: string[]; rows: string[][]; align: ('left' | 'right')[] } {
  const head = ['week', ...(b.by_rep ? ['rep'] : []), 'history', 'dials', 'meetings', 'expected', `${Math.round(b.level * 100)} % range`, 'in'];
  return {
    head,
    align: head.map((_, i) => (i < (b.by_rep ? 3 : 2) ? 'left' : 'right')),
    rows: b.steps.map((s) => [
      text(s.week), ...(b.by_rep ? [text(s.rep ?? '')] : []), text(s.history.replace(/^\d{4}-(W\d{2})\.\.\d{4}-(W\d{2})$/, '$1..$2')),
      int(s.dials), int(s.meetings), num(s.expected, 1), `${s.range[0]}-${s.range[1]}`, mark(s.inside),
    ]),
  };
}

function table(b: Backtest, theme: Theme): string {
  const t = rows(b, nameCell, (inside) => (inside ? 'yes' : tone(theme, 'worse', 'no')));
  return finish([theme.c.bold(backtestHeadline(b).split('\n').flatMap((l) => wrap(l, theme.width)).join('\n')), ...(b.steps.length ? [renderTable(t.head, t.rows, theme, t.align)] : [])].join('\n\n'), theme);
}

function markdown(b: Backtest): string {
  // mdTable makes every cell safe.
  const t = rows(b, (s) => s, (inside) => (inside ? 'yes' : 'NO'));
  return ['## Backtest', `**${backtestHeadline(b).replace('\n', ' ')}**`, ...(b.steps.length ? [mdTable(t.head, t.rows, t.align)] : [])].join('\n\n');
}

/** The JSON shape is documented in README ("Backtest"). */
function json(b: Backtest): string {
  const { warnings, ...rest } = b;
  return safeJson({ version: 1, backtest: rest, warnings });
}

export async function renderBacktest(b: Backtest, format: PlanFormat, color: boolean, width?: number): Promise<string> {
  const render = {
    table: () => table(b, makeTheme(color, width)),
    md: () => markdown(b),
    json: () => json(b),
    html: async () => (await loadHtml()).backtestHtml(b),
  } satisfies Record<PlanFormat, () => string | Promise<string>>;
  return render[format]();
}
