import fc from 'fast-check';
import Table from 'cli-table3';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderTable, type Align } from '../../src/render/table.js';
import { finish, loadColour, makeTheme, type Theme } from '../../src/render/theme.js';

// Coloured themes need chalk loaded, as every command does before it renders for a terminal.
beforeAll(loadColour);

// renderTable lays out tables of one-column text itself (linearTable) and leaves the rest to cli-table3:
// the result must be cli-table3's, character for character, whichever path a table takes.

const ASCII_CHARS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

/** The table as cli-table3 draws it with renderTable's options: the independent method. */
function cliTable3(head: readonly string[], rows: readonly (readonly string[])[], theme: Theme, align?: readonly Align[]): string {
  const cell = (t: string) => finish(t, theme);
  const table = new Table({
    head: head.map((h) => theme.c.bold(cell(h))),
    colAligns: [...(align ?? head.map((_, i) => (i === 0 ? 'left' : 'right')))],
    style: { head: [], border: [], compact: true },
    ...(theme.unicode ? {} : { chars: ASCII_CHARS }),
  });
  for (const row of rows) table.push(row.map(cell));
  return table.toString();
}

const ONE_COLUMN = ['a', 'B', '7', ' ', '%', '-', '.', '/', '\u00e9', '\u00df', '\u2013', '\u2026', '\u0394', '\u2265'];
const OTHER = ['\u4f1a', '\u{1f600}', 'e\u0301', '\u00a9', '\n', '\t', '\u25b2'];

const tables = (chars: readonly string[]) =>
  fc.record({
    width: fc.integer({ min: 1, max: 4 }),
    height: fc.integer({ min: 0, max: 5 }),
    fancy: fc.boolean(),
    align: fc.option(fc.constantFrom<Align>('left', 'right', 'center')),
    pool: fc.array(fc.array(fc.constantFrom(...chars), { maxLength: 8 }).map((c) => c.join('')), { minLength: 30, maxLength: 30 }),
  });

function check({ width, height, fancy, align, pool }: { width: number; height: number; fancy: boolean; align: Align | null; pool: string[] }) {
  const theme = makeTheme(fancy);
  const paint = [(t: string) => t, theme.c.green, theme.c.red, theme.c.dim, theme.c.bold];
  const head = pool.slice(0, width);
  // Every third row one cell short (ragged), cells in every colour the renderers use.
  const rows = Array.from({ length: height }, (_, r) => Array.from({ length: width - (r % 3 === 2 ? 1 : 0) }, (_, c) => paint[(r + c) % 5]!(pool[(r * width + c + width) % 30]!)));
  const aligns = align ? head.map(() => align) : undefined;
  expect(renderTable(head, rows, theme, aligns)).toBe(cliTable3(head, rows, theme, aligns));
}

describe('renderTable', () => {
  it('draws tables of one-column text exactly as cli-table3 does (colour, Unicode or ASCII, any alignment)', () => {
    fc.assert(fc.property(tables(ONE_COLUMN), check), { numRuns: 3000 });
  });

  it('draws any other table exactly as cli-table3 does too: wide, combining, emoji, multi-line cells, no rows', () => {
    fc.assert(fc.property(tables([...ONE_COLUMN, ...OTHER]), check), { numRuns: 1000 });
  });

  it('draws the reference week\'s ratios as before', () => {
    const theme = makeTheme(false);
    expect(renderTable(['Ratio', 'Value'], [['reached/dials', '35.8 %'], ['meetings/reached', '23.7 %']], theme)).toBe(
      ['+------------------+--------+', '| Ratio            |  Value |', '+------------------+--------+', '| reached/dials    | 35.8 % |', '| meetings/reached | 23.7 % |', '+------------------+--------+'].join('\n'),
    );
  });
});
