import { describe, expect, it } from 'vitest';
import { tickWeeks } from '../../../src/render/html/charts.js';
import { clip, scale, svg, ticks } from '../../../src/render/html/svg.js';

describe('svg helpers', () => {
  it('ticks are 1, 2, 2.5 or 5 times a power of ten and reach the maximum', () => {
    expect(ticks(0.2605, 5)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(ticks(72.45, 6)).toEqual([0, 20, 40, 60, 80]);
    expect(ticks(0.347, 4)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(ticks(9, 4)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(ticks(0)).toEqual([0, 1]);
    // Counts: whole steps only (no 0.25 of a meeting on the axis).
    expect(ticks(1, 4, 1)).toEqual([0, 1]);
    expect(ticks(3, 4, 1)).toEqual([0, 1, 2, 3]);
    expect(ticks(9, 4, 1)).toEqual([0, 5, 10]);
    expect(ticks(Number.NaN)).toEqual([0, 1]);
  });

  it('scale maps a domain onto pixels, and a zero-width domain does not divide by zero', () => {
    expect(scale([0, 80], [12, 696])(20)).toBe(183);
    expect(scale([5, 5], [0, 100])(5)).toBe(0);
  });

  it('clip keeps whole characters (an emoji is not cut in half) and marks the cut', () => {
    expect(clip('Anna', 16)).toBe('Anna');
    expect(clip('Bartholomew-Smythe', 10)).toBe('Bartholom…');
    expect(clip('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('week labels: about six, evenly spaced, the latest always, none crowding it', () => {
    expect(tickWeeks(1)).toEqual([0]);
    expect(tickWeeks(8)).toEqual([0, 2, 4, 6, 7]);
    expect(tickWeeks(14)).toEqual([0, 3, 6, 9, 13]);
    expect(tickWeeks(30)).toEqual([0, 5, 10, 15, 20, 25, 29]);
    expect(tickWeeks(0)).toEqual([]);
  });

  it('a figure escapes its title and description', () => {
    const out = svg({ id: 'x', title: '<b>', desc: '"&"', width: 10, height: 10, body: '' });
    expect(out).toContain('<title id="x-t">&lt;b&gt;</title><desc id="x-d">&quot;&amp;&quot;</desc>');
    expect(out).toContain('aria-labelledby="x-t x-d"');
  });
});
