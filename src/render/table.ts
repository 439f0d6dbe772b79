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

/** From this many rows a table is laid out by linearTable: cli-table3's layout time grows with the square of the rows. */
export const LARGE_TABLE_ROWS = 200;

/** A bordered table; ASCII borders when Unicode is off so pipes and old terminals stay readable. */
export function renderTable(head: readonly string[], rows: readonly (readonly string[])[], theme: Theme, align?: readonly Align[]): string {
  // Cells go ASCII before cli-table3 measures them, so the columns line up on a pipe too.
  const cell = (t: string) => finish(t, theme);
  if (rows.length >= LARGE_TABLE_ROWS) return linearTable(head.map(cell), rows.map((r) => r.map(cell)), theme, align);
  const headCells = head.map(cell);
  const cells = rows.map((r) => r.map(cell));
  // One-column text on one line each, and a row at least: linearTable lays it out exactly as cli-table3 does
  // (test/render/table-layout.property.test.ts), without cli-table3's work per cell, a start's millisecond.
  if (rows.length > 0 && headCells.every(oneLine) && cells.every((r) => r.every(oneLine))) return linearTable(headCells, cells, theme, align);
  const table = new Table({
    head: headCells.map((h) => theme.c.bold(h)),
    colAligns: (align ?? head.map((_, i) => (i === 0 ? 'left' : 'right'))) as Align[],
    style: { head: [], border: [], compact: true },
    ...(theme.unicode ? {} : { chars: ASCII_CHARS }),
  });
  for (const row of cells) table.push(row);
  return table.toString();
}

// What scripts/shims/string-width.cjs measures as one column a character (printable ASCII, Latin letters,
// dashes and quotes), colour codes aside: cli-table3 measures such a cell as long as it is.
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u02ff\u2010-\u2027]*$/;
// eslint-disable-next-line no-control-regex
const COLOUR = /\u001b\[[0-9;]*m/g;
const oneLine = (text: string) => ONE_COLUMN_EACH.test(text.includes('\u001b') ? text.replace(COLOUR, '') : text);

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

/**
 * The same layout as cli-table3's compact style (one space of padding, a rule under the head), in time
 * linear in the cells, for tables of thousands of rows. Widths count UTF-16 units without colour codes.
 */
export function linearTable(head: readonly string[], rows: readonly (readonly string[])[], theme: Theme, align?: readonly Align[]): string {
  const widths = head.map((h, i) => rows.reduce((w, row) => Math.max(w, visible(row[i] ?? '')), visible(h)));
  const aligns = align ?? head.map((_, i) => (i === 0 ? 'left' : 'right'));
  const [v, h, tl, tm, tr, ml, mm, mr, bl, bm, br] = theme.unicode ? [...'│─┌┬┐├┼┤└┴┘'] : [...'|-+++++++++'];
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => h!.repeat(w + 2)).join(m) + r;
  const fit = (text: string, i: number) => {
    const room = widths[i]! - visible(text);
    const a = aligns[i] ?? 'left';
    const left = a === 'right' ? room : a === 'center' ? Math.floor(room / 2) : 0;
    return ' '.repeat(left) + text + ' '.repeat(room - left);
  };
  const line = (cells: readonly string[]) => v + widths.map((_, i) => ` ${fit(cells[i] ?? '', i)} `).join(v) + v;
  const out = [rule(tl!, tm!, tr!), line(head.map((t) => theme.c.bold(t))), rule(ml!, mm!, mr!)];
  for (const row of rows) out.push(line(row));
  out.push(rule(bl!, bm!, br!));
  return out.join('\n');
}
