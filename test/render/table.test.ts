import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/render/table.js';
import { makeTheme } from '../../src/render/theme.js';

describe('renderTable on a pipe (ASCII)', () => {
  it('replaces wide stand-ins before laying out, so borders and cells line up', () => {
    // 'Δ' → 'chg' and '≥' → '>=' make cells longer; replaced after layout they overhang the border.
    const text = renderTable(['Week', 'Δ mtg/dial'], [['2026-W01', ''], ['2026-W02', '▲ +1.0 pp'], ['2026-W03', '≥ 5 %']], makeTheme(false));
    const lines = text.split('\n');
    expect(lines).toEqual([
      '+----------+--------------+',
      '| Week     | chg mtg/dial |',
      '+----------+--------------+',
      '| 2026-W01 |              |',
      '| 2026-W02 |    ^ +1.0 pp |',
      '| 2026-W03 |       >= 5 % |',
      '+----------+--------------+',
    ]);
  });
});
