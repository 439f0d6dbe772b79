import { beforeAll, describe, expect, it } from 'vitest';
import { renderCheckTable } from '../../src/render/check-table.js';
import { loadColour, makeTheme } from '../../src/render/theme.js';

// Coloured themes need chalk loaded, as every command does before it renders for a terminal.
beforeAll(loadColour);
import { ctx, noData, regression } from './check-results.js';

describe('renderCheckTable', () => {
  it('plain (not a terminal): ASCII only, no escape codes, verdict line last', () => {
    const text = renderCheckTable([regression, noData], ctx, makeTheme(false));
    expect(text).toMatch(/^[\x20-\x7E\n]*$/);
    const lines = text.split('\n');
    // One block per check, verdict first, wrapped to 80 columns (the old 7-column table was 180 wide).
    expect(lines).toEqual([
      'regression  meetings/reached  team 2026-W46',
      '            5.0 % (2/40), bound >= 21.3 % (baseline), p=0.019',
      '            below 21.3 % (baseline 23.7 % less 10 %) and p=0.019 < 0.05:',
      '            unlikely to be noise',
      '',
      'no data     callbacks/reached  team 2026-W46',
      '            no data: 0 reached in 2026-W46',
      '',
      'one-sided tests at alpha 0.05, baseline tolerance 10 %',
      'FAIL: 1 regression in 2 checks',
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines.slice(-2)).toEqual(['one-sided tests at alpha 0.05, baseline tolerance 10 %', 'FAIL: 1 regression in 2 checks']);
  });
  it('on a terminal: the verdict is coloured', () => {
    expect(renderCheckTable([regression], ctx, makeTheme(true))).toContain('\u001b[31mregression\u001b[39m');
  });
});
