import Table from 'cli-table3';
import type { Theme } from './theme.js';

export type Align = 'left' | 'right' | 'center';

const ASCII_CHARS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

/** A bordered table; ASCII borders when Unicode is off so pipes and old terminals stay readable. */
export function renderTable(head: readonly string[], rows: readonly (readonly string[])[], theme: Theme, align?: readonly Align[]): string {
  const table = new Table({
    head: head.map((h) => theme.c.bold(h)),
    colAligns: (align ?? head.map((_, i) => (i === 0 ? 'left' : 'right'))) as Align[],
    style: { head: [], border: [], compact: true },
    ...(theme.unicode ? {} : { chars: ASCII_CHARS }),
  });
  for (const row of rows) table.push([...row]);
  return table.toString();
}
