import Table from 'cli-table3';
import { plainAscii, type Theme } from './theme.js';

export type Align = 'left' | 'right' | 'center';

const ASCII_CHARS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

/** A bordered table; ASCII borders when Unicode is off so pipes and old terminals stay readable. */
export function renderTable(head: readonly string[], rows: readonly (readonly string[])[], theme: Theme, align?: readonly Align[]): string {
  // Cells go ASCII before cli-table3 measures them, so the columns line up on a pipe too.
  const cell = theme.unicode ? (s: string) => s : plainAscii;
  const table = new Table({
    head: head.map((h) => theme.c.bold(cell(h))),
    colAligns: (align ?? head.map((_, i) => (i === 0 ? 'left' : 'right'))) as Align[],
    style: { head: [], border: [], compact: true },
    ...(theme.unicode ? {} : { chars: ASCII_CHARS }),
  });
  for (const row of rows) table.push(row.map(cell));
  return table.toString();
}
