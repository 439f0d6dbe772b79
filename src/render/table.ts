import Table from 'cli-table3';
import { finish, type Theme } from './theme.js';
import { visible } from './wrap.js';
import { maxOf } from '../core/arrays.js';

export type Align = 'left' | 'right' | 'center';

const ASCII_CHARS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

/** A bordered table; ASCII borders when Unicode is off so pipes and old terminals stay readable. */
export function renderTable(head: readonly string[], rows: readonly (readonly string[])[], theme: Theme, align?: readonly Align[]): string {
  // Cells go ASCII before cli-table3 measures them, so the columns line up on a pipe too.
  const cell = (t: string) => finish(t, theme);
  const table = new Table({
    head: head.map((h) => theme.c.bold(cell(h))),
    colAligns: (align ?? head.map((_, i) => (i === 0 ? 'left' : 'right'))) as Align[],
    style: { head: [], border: [], compact: true },
    ...(theme.unicode ? {} : { chars: ASCII_CHARS }),
  });
  for (const row of rows) table.push(row.map(cell));
  return table.toString();
}

/**
 * A wide table that fits 80 columns: the whole table when it fits, else two tables that both keep
 * the first (key) column — `second` lists the other columns that move to the second table. Weekly
 * tables with callbacks and hours ran to 118 columns and wrapped into noise in a CI log.
 */
export function renderFitting(head: readonly string[], rows: readonly (readonly string[])[], theme: Theme, second: readonly number[]): string {
  const whole = renderTable(head, rows, theme);
  if (maxOf(whole.split('\n').map(visible), 0) <= theme.width) return whole;
  const pick = (cols: readonly number[]) => (row: readonly string[]) => cols.map((i) => row[i] ?? '');
  const first = [0, ...head.map((_, i) => i).filter((i) => i > 0 && !second.includes(i))];
  const rest = [0, ...second];
  return [renderTable(pick(first)(head), rows.map(pick(first)), theme), renderTable(pick(rest)(head), rows.map(pick(rest)), theme)].join('\n\n');
}
