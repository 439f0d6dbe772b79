import { num } from '../format.js';
import { clip, line, rect, scale, svg, text, ticks } from './svg.js';
import { maxOf } from '../../core/arrays.js';

/** One subject's progress on one volume: done so far, planned so far, planned for the whole period. */
export interface Progress {
  actual: number;
  plannedSoFar: number;
  plannedPeriod: number;
  tip: string;
}

export interface ProgressPanel {
  title: string;
  cells: readonly Progress[];
}

/**
 * Planned against actual, one row per subject and one panel per volume: the bar is what was done, the
 * solid tick what was planned by now, the dashed tick the period's whole plan.
 */
export function progress(id: string, title: string, desc: string, labels: readonly string[], panels: readonly ProgressPanel[]): string {
  const W = 720, labelW = 110, gap = 30, rowH = 28, head = 22, foot = 22, barH = 14;
  const panelW = (W - labelW - gap * (panels.length - 1)) / panels.length;
  const H = head + labels.length * rowH + foot;
  const parts: string[] = labels.map((l, r) => text(0, head + r * rowH + rowH / 2 + 4, clip(l, 14), { class: 'b' }));
  panels.forEach((p, k) => {
    const x0 = labelW + k * (panelW + gap);
    const tk = ticks(maxOf([1, ...p.cells.flatMap((c) => [c.actual, c.plannedPeriod])]), 3);
    const x = scale([0, tk.at(-1) ?? 1], [x0, x0 + panelW]);
    parts.push(text(x0, 13, p.title, { class: 'b' }));
    tk.forEach((t, i) => {
      const anchor = i === 0 ? 'start' : i === tk.length - 1 ? 'end' : 'middle';
      parts.push(line(x(t), head - 2, x(t), H - foot, { class: 'grid' }), text(x(t), H - foot + 15, num(t, 1), { 'text-anchor': anchor, class: 'm', 'font-size': 10.5 }));
    });
    p.cells.forEach((c, r) => {
      const y = head + r * rowH + (rowH - barH) / 2;
      const short = c.actual < c.plannedSoFar;
      parts.push(
        rect(x0, y, x(c.actual) - x0, barH, { class: short ? 'bar short' : 'bar' }, c.tip),
        line(x(c.plannedSoFar), y - 4, x(c.plannedSoFar), y + barH + 4, { class: 'bound' }),
        line(x(c.plannedPeriod), y - 4, x(c.plannedPeriod), y + barH + 4, { class: 'ref' }),
      );
    });
  });
  return svg({ id, title, desc, width: W, height: H, body: parts.join('') });
}

/** A meetings gap split in two: effort and conversion, each a bar from zero (right: short, left: ahead). */
export interface GapRow {
  label: string;
  effort: number;
  conversion: number;
}

export function gapChart(id: string, title: string, desc: string, rows: readonly GapRow[]): string {
  const W = 720, labelW = 110, rowH = 34, head = 8, foot = 36, barH = 11;
  const H = head + rows.length * rowH + foot;
  const reach = maxOf([1, ...rows.flatMap((r) => [Math.abs(r.effort), Math.abs(r.conversion)])]);
  const tk = ticks(reach, 3);
  const edge = tk.at(-1) ?? 1;
  const x = scale([-edge, edge], [labelW + 10, W - 10]);
  const parts: string[] = [];
  for (const t of [...tk.slice(1).map((v) => -v).reverse(), ...tk]) {
    parts.push(line(x(t), head, x(t), H - foot, { class: t === 0 ? 'axis' : 'grid' }), text(x(t), H - foot + 14, num(t, 1), { 'text-anchor': 'middle', class: 'm', 'font-size': 10.5 }));
  }
  rows.forEach((r, i) => {
    const y = head + i * rowH + 5;
    const bar = (v: number, dy: number, cls: string, what: string) => rect(Math.min(x(0), x(v)), y + dy, Math.abs(x(v) - x(0)), barH, { class: cls }, `${r.label}: ${what} ${num(v, 1)} meetings (${v > 0 ? 'short' : v < 0 ? 'ahead' : 'even'})`);
    parts.push(text(0, y + barH + 4, clip(r.label, 14), { class: 'b' }), bar(r.effort, 0, 'effort', 'effort'), bar(r.conversion, barH + 2, 'conversion', 'conversion'));
  });
  parts.push(text(x(-edge), H - 2, '← ahead of plan', { class: 'm', 'font-size': 10.5 }), text(x(edge), H - 2, 'short of plan →', { class: 'm', 'font-size': 10.5, 'text-anchor': 'end' }));
  return svg({ id, title, desc, width: W, height: H, body: parts.join('') });
}

/** The legend of gapChart, as HTML. */
export const GAP_LEGEND = `<span class="key effort"></span> effort (dials made vs planned) <span class="key conversion"></span> conversion (meetings from the dials made vs the plan’s rate)`;

