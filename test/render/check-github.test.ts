import { describe, expect, it } from 'vitest';
import { renderAnnotations } from '../../src/render/check-github.js';
import { annotationData as escapeData, annotationProperty as escapeProperty } from '../../src/render/safe.js';
import { renderCheckMarkdown } from '../../src/render/check-table.js';
import { ctx, minPass, noData, noise, regression } from './check-results.js';

describe('GitHub workflow commands', () => {
  it('escape %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(escapeProperty('a: b, c%')).toBe('a%3A b%2C c%25');
  });
  it('an error per failure, a warning for noise and no data, nothing for a pass', () => {
    expect(renderAnnotations([regression, noise, minPass, noData], ctx)).toBe(
      [
        '::error title=funnel check%3A meetings/reached vs baseline (team 2026-W46)::below 21.3 %25 (baseline 23.7 %25 less 10 %25) and p=0.019 < 0.05: unlikely to be noise',
        '::warning title=funnel check%3A meetings/reached vs baseline (team 2026-W46)::below 21.3 %25 (baseline 23.7 %25 less 10 %25) but p=0.283: could be noise (needs p < 0.05)',
        '::warning title=funnel check%3A callbacks/reached maximum (team 2026-W46)::no data: 0 reached in 2026-W46',
        '',
      ].join('\n'),
    );
  });
  it('nothing at all when every check passes cleanly', () => expect(renderAnnotations([minPass], ctx)).toBe(''));
});

describe('Markdown summary', () => {
  it('leads with the verdict and escapes pipes in cells', () => {
    const md = renderCheckMarkdown([regression, { ...minPass, rep: 'a|b' }], ctx);
    expect(md.split('\n').slice(0, 4)).toEqual([
      '### funnel check: FAIL: 1 regression in 2 checks',
      '',
      '| ratio | scope | value | bound | p-value | verdict | reason |',
      '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ]);
    // Every cell is escaped for Markdown (issue 12): "(" and "<" render as themselves.
    expect(md).toContain('| meetings/reached | team 2026-W46 | 5.0 % \\(2/40\\) | ≥ 21.3 % \\(baseline\\) | p=0.019 | regression | below 21.3 % \\(baseline 23.7 % less 10 %\\) and p=0.019 &lt; 0.05: unlikely to be noise |');
    expect(md).toContain('| a\\|b 2026-W40..2026-W46 |');
  });
});
