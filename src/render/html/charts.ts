import { html } from '../safe.js';
import { pct } from '../format.js';
import { at, circle, clip, line, path, rect, scale, svg, text, ticks } from './svg.js';
import { maxOf } from '../../core/arrays.js';

/** "12 %" on an axis, "4.5 %" where whole percents would hide the steps. */
export const axisPct = (v: number) => pct(v, v !== 0 && v < 0.1 ? 1 : 0);

/** Horizontal bars on one scale: the funnel from dials to meetings, a plan's day. */
export interface Bar {
  label: string;
  value: number;
  /** The bar's length as a share of the longest possible (0–1). */
  share: number;
  valueText: string;
  note: string;
  accent?: boolean;
}

export function bars(id: string, title: string, desc: string, rows: readonly Bar[], labelWidth = 175): string {
  const W = 720, rowH = 36, barH = 22, x0 = labelWidth, x1 = labelWidth + 280;
  const x = scale([0, 1], [x0, x1]);
  const body = rows.map((b, i) => {
    const y = i * rowH + 6;
    const share = Number.isFinite(b.share) ? Math.max(0, Math.min(1, b.share)) : 0;
    const w = share > 0 ? Math.max(2, x(share) - x0) : 0;
    return (
      text(0, y + 15.5, b.label, { class: 'b' }) +
      text(x0 - 10, y + 15.5, b.valueText, { 'text-anchor': 'end', class: 'b' }) +
      rect(x0, y, x1 - x0, barH, { class: 'track' }) +
      rect(x0, y, w, barH, { class: b.accent ? 'bar accent' : 'bar' }, `${b.label}: ${b.valueText}${b.note ? `, ${b.note}` : ''}`) +
      text(x1 + 10, y + 15.5, b.note, { class: 'm' })
    );
  });
  return svg({ id, title, desc, width: W, height: rows.length * rowH + 6, body: body.join('') });
}

/** One week (or other period) of a ratio's trend. */
export interface TrendPoint {
  label: string;
  value: number | null;
  lo: number | null;
  hi: number | null;
  /** Still maturing: its callbacks may yet turn into meetings. */
  open: boolean;
  /** Outside its band when it should be inside (a backtest's miss): drawn in the "worse" colour. */
  miss?: boolean;
  tip: string;
}

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** "2026-W37" → "W37", with the year under the first week of each year; other labels are clipped. */
function weekTicks(labels: readonly string[]): { top: string; year: string | null }[] {
  let year: string | null = null;
  return labels.map((l) => {
    const m = ISO_WEEK.exec(l);
    if (!m) return { top: clip(l, 9), year: null };
    const shown = m[1] !== year ? m[1]! : null;
    year = m[1]!;
    return { top: `W${m[2]}`, year: shown };
  });
}

/** Which of n weeks get a label: about six, evenly spaced, always the latest (and none crowding it). */
export function tickWeeks(n: number): number[] {
  const every = Math.ceil(n / 6);
  const regular = Array.from({ length: n }, (_, i) => i).filter((i) => i % every === 0 && n - 1 - i >= Math.ceil(every / 2));
  return n === 0 ? [] : [...regular, n - 1];
}

/** Segments of consecutive known points, so a week without data is a gap, not a false straight line. */
function runs<T>(items: readonly T[], known: (t: T) => boolean): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  items.forEach((t, i) => {
    if (known(t)) cur.push(i);
    else if (cur.length) (out.push(cur), (cur = []));
  });
  if (cur.length) out.push(cur);
  return out;
}

/**
 * A ratio week by week: the value as a line, its interval as a band, a maturing week on a tinted
 * ground with a dashed line into a hollow dot. Counts (no interval) draw the line alone.
 */
export function trend(id: string, title: string, desc: string, points: readonly TrendPoint[], fmt: (v: number) => string, counts = false): string {
  const W = 340, H = 206, left = 46, right = 8, top = 24, bottom = 40;
  const n = points.length;
  const slot = (W - left - right) / Math.max(1, n);
  const xOf = (i: number) => left + slot * (i + 0.5);
  const top_ = maxOf(points.flatMap((p) => [p.hi ?? 0, p.value ?? 0, 0]));
  const yTicks = ticks(top_ || 1, 4, counts ? 1 : 0);
  const y = scale([0, yTicks.at(-1) ?? 1], [H - bottom, top]);
  const parts: string[] = [];
  points.forEach((p, i) => {
    if (p.open) parts.push(rect(left + slot * i, 2, slot, H - bottom - 2, { class: 'mat' }), text(Math.min(xOf(i), W - right - 24), 14, 'maturing', { class: 'm', 'text-anchor': 'middle', 'font-size': 10 }));
  });
  for (const t of yTicks) parts.push(line(left, y(t), W - right, y(t), { class: 'grid' }), text(left - 6, y(t) + 4, fmt(t), { class: 'm', 'text-anchor': 'end', 'font-size': 11 }));
  parts.push(line(left, H - bottom, W - right, H - bottom, { class: 'axis' }));
  for (const r of runs(points, (p) => p.lo !== null && p.hi !== null)) {
    const upper = r.map((i) => `${at(xOf(i))},${at(y(points[i]!.hi!))}`);
    const lower = r.map((i) => `${at(xOf(i))},${at(y(points[i]!.lo!))}`).reverse();
    const d = r.length === 1 ? `M${at(xOf(r[0]!) - 4)},${at(y(points[r[0]!]!.hi!))}h8V${at(y(points[r[0]!]!.lo!))}h-8Z` : `M${upper.join('L')}L${lower.join('L')}Z`;
    parts.push(path(d, { class: 'band' }));
  }
  for (const r of runs(points, (p) => p.value !== null)) {
    for (let k = 1; k < r.length; k++) {
      const a = r[k - 1]!, b = r[k]!;
      parts.push(line(xOf(a), y(points[a]!.value!), xOf(b), y(points[b]!.value!), { class: points[b]!.open ? 'line open' : 'line' }));
    }
  }
  points.forEach((p, i) => {
    // Many weeks: smaller dots, so the line still reads as a line.
    if (p.value !== null) parts.push(circle(xOf(i), y(p.value), p.open || p.miss ? 4 : n > 26 ? 1.8 : 3.2, { class: p.open ? 'dot open' : p.miss ? 'dot miss' : 'dot' }, p.tip));
  });
  const shown = tickWeeks(n);
  const labels = weekTicks(shown.map((j) => points[j]!.label));
  shown.forEach((i, k) => {
    const t = labels[k]!;
    parts.push(text(xOf(i), H - bottom + 15, t.top, { 'text-anchor': 'middle', class: 'm', 'font-size': 11 }));
    if (t.year) parts.push(text(xOf(i), H - bottom + 29, t.year, { 'text-anchor': 'middle', class: 'm', 'font-size': 10 }));
  });
  return svg({ id, title, desc, width: W, height: H, body: parts.join('') });
}

export type Mark = 'better' | 'worse' | 'same';

/** One rep's estimate and interval on one ratio. */
export interface ForestCell {
  value: number | null;
  lo: number | null;
  hi: number | null;
  mark: Mark;
  tip: string;
}

export interface ForestPanel {
  title: string;
  /** The team's rate: the line every rep is read against. */
  team: number | null;
  cells: readonly ForestCell[];
}

/** The shape carries the verdict as well as the colour: ▲ better, ▼ worse, ● no difference. */
function marker(x: number, y: number, mark: Mark, tip: string): string {
  if (mark === 'same') return circle(x, y, 4, { class: 'same' }, tip);
  const d = mark === 'better' ? `M${at(x)},${at(y - 6)}l6,10h-12Z` : `M${at(x)},${at(y + 6)}l6,-10h-12Z`;
  return `<path d="${d}" class="${mark}"><title>${html(tip)}</title></path>`;
}

/**
 * Reps side by side with the team: per ratio a panel, each rep a dot on its interval, the team's
 * rate a dashed line. Reading across a row shows one rep; down a panel, the whole team on one ratio.
 */
export function forest(id: string, title: string, desc: string, labels: readonly string[], panels: readonly ForestPanel[], fmt: (v: number) => string): string {
  const W = 720, labelW = 120, gap = 30, rowH = 24, head = 34, foot = 24;
  const panelW = (W - labelW - gap * (panels.length - 1)) / panels.length;
  const H = head + labels.length * rowH + foot;
  const parts: string[] = labels.map((l, r) => text(0, head + r * rowH + rowH / 2 + 4, clip(l, 16), { class: 'b' }));
  panels.forEach((p, k) => {
    const x0 = labelW + k * (panelW + gap);
    const max = maxOf([p.team ?? 0, ...p.cells.map((c) => c.hi ?? c.value ?? 0)]);
    const tk = ticks(max || 1, 3);
    const x = scale([0, tk.at(-1) ?? 1], [x0, x0 + panelW]);
    parts.push(text(x0, 13, p.title, { class: 'b' }));
    if (p.team !== null) parts.push(text(x0, 27, `team ${pct(p.team)}`, { class: 'm', 'font-size': 11 }));
    tk.forEach((t, i) => {
      const anchor = i === 0 ? 'start' : i === tk.length - 1 ? 'end' : 'middle';
      parts.push(line(x(t), head - 4, x(t), H - foot, { class: 'grid' }), text(x(t), H - foot + 15, fmt(t), { 'text-anchor': anchor, class: 'm', 'font-size': 10.5 }));
    });
    p.cells.forEach((c, r) => {
      const cy = head + r * rowH + rowH / 2;
      if (c.lo !== null && c.hi !== null) parts.push(line(x(c.lo), cy, x(c.hi), cy, { class: `whisker ${c.mark}` }));
      if (c.value !== null) parts.push(marker(x(c.value), cy, c.mark, c.tip));
    });
    if (p.team !== null) parts.push(line(x(p.team), head - 4, x(p.team), H - foot, { class: 'ref' }));
  });
  return svg({ id, title, desc, width: W, height: H, body: parts.join('') });
}
