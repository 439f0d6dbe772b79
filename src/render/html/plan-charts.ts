import { ceil } from '../format.js';
import { at, circle, line, path, rect, scale, svg, text, ticks } from './svg.js';

export interface DialsRange {
  /** The dials a day the plan needs at its rates. */
  point: number;
  /** The range of dials a day from the rates' uncertainty, or null when the rates carry no counts. */
  range: [number, number] | null;
  /** Dials a day that book the target on the confident share of days, or null past the search limit. */
  confident: number | null;
  confidentLabel: string;
  level: number;
}

/**
 * Dials a day on a number line: the range as a band, the plan's figure as a dot, and the dials
 * that book the target on most days as a diamond. The range is what a manager should budget for.
 */
export function rangeChart(id: string, title: string, desc: string, d: DialsRange): string {
  const W = 720, H = 136, left = 12, right = 24, y0 = 60;
  const max = Math.max(d.point, d.range?.[1] ?? 0, d.confident ?? 0);
  const tk = ticks(max * 1.05 || 1, 6);
  const x = scale([0, tk.at(-1) ?? 1], [left, W - right]);
  const parts: string[] = [];
  for (const t of tk) parts.push(line(x(t), 24, x(t), y0 + 24, { class: 'grid' }), text(x(t), y0 + 40, ceil(t), { 'text-anchor': 'middle', class: 'm', 'font-size': 11 }));
  parts.push(line(left, y0 + 24, W - right, y0 + 24, { class: 'axis' }));
  if (d.range) {
    const [lo, hi] = d.range;
    parts.push(rect(x(lo), y0 - 12, x(hi) - x(lo), 24, { class: 'band' }, `${Math.round(d.level * 100)} % range ${ceil(lo)}–${ceil(hi)} dials a day`));
    parts.push(text(x(lo), y0 - 18, `${Math.round(d.level * 100)} % range ${ceil(lo)}–${ceil(hi)}`, { class: 'm', 'font-size': 11 }));
  }
  parts.push(circle(x(d.point), y0, 6, { class: 'dot' }, `plan: ${ceil(d.point)} dials a day`));
  parts.push(text(x(d.point), y0 + 4 + 16, `plan ${ceil(d.point)}`, { 'text-anchor': 'middle', class: 'b', 'font-size': 11 }));
  if (d.confident !== null) {
    const cx = x(d.confident);
    parts.push(line(cx, 22, cx, y0 - 8, { class: 'axis' }), path(`M${at(cx)},${at(y0 - 8)}l8,8l-8,8l-8,-8Z`, { class: 'accent-mark' }));
    parts.push(text(Math.min(cx, W - right - 4), 16, d.confidentLabel, { 'text-anchor': cx > W * 0.6 ? 'end' : 'start', class: 'b', 'font-size': 11 }));
  }
  return svg({ id, title, desc, width: W, height: H, body: parts.join('') });
}
