import { describe, expect, it } from 'vitest';
import { renderFitting, renderTable } from '../../src/render/table.js';
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

describe('renderFitting', () => {
  const plain = makeTheme(false);
  it('keeps a table that fits 80 columns whole', () => {
    expect(renderFitting(['Week', 'Dials', 'reach'], [['2026-W01', '50', '20.0 %']], plain, [2])).toBe(renderTable(['Week', 'Dials', 'reach'], [['2026-W01', '50', '20.0 %']], plain));
  });
  it('splits a wider one in two, both led by the key column', () => {
    // 8 columns of 10 characters: 8 × 13 + 1 = 105 columns as one table.
    const head = ['Week', 'a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const row = ['2026-W01', ...'abcdefg'.split('').map((c) => c.repeat(10))];
    const text = renderFitting(head, [row], plain, [5, 6, 7]);
    const [first, second] = text.split('\n\n');
    expect(first!.split('\n')[1]).toBe('| Week     |          a |          b |          c |          d |');
    expect(second!.split('\n')[1]).toBe('| Week     |          e |          f |          g |');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
