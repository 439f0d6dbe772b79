/** Tables of thousands of rows are laid out in linear time, exactly as cli-table3 lays out small ones. */
import { describe, expect, it } from 'vitest';
import { LARGE_TABLE_ROWS, linearTable, renderTable } from '../../src/render/table.js';
import { makeTheme } from '../../src/render/theme.js';

const head = ['Rep', 'Weeks', 'mtg/dial'];
const rows = Array.from({ length: 57 }, (_, i) => [`rep ${'x'.repeat(i % 7)}${i}`, String(i * 13), `${(i / 7).toFixed(1)} %`]);

describe('linearTable', () => {
  for (const unicode of [true, false]) {
    it(`matches cli-table3's layout (${unicode ? 'Unicode' : 'ASCII'} borders, colour off)`, () => {
      const theme = makeTheme(false, 80);
      const t = { ...theme, unicode };
      expect(linearTable(head, rows, t)).toBe(renderTable(head, rows, t));
      expect(linearTable(head, rows, t, ['left', 'center', 'right'])).toBe(renderTable(head, rows, t, ['left', 'center', 'right']));
    });
  }

  it('takes over from LARGE_TABLE_ROWS rows', () => {
    const theme = makeTheme(false, 80);
    const many = Array.from({ length: LARGE_TABLE_ROWS }, (_, i) => [`r${i}`, String(i), '1 %']);
    const text = renderTable(head, many, theme);
    expect(text.split('\n')).toHaveLength(LARGE_TABLE_ROWS + 4);
    expect(text).toBe(linearTable(head, many, theme));
  });
});
