import { html } from '../safe.js';

/**
 * The few SVG shapes the HTML pages draw, by hand: a bar, a line, a band, a dot, an axis. A chart
 * library (Vega-Lite or Observable Plot with a server-side DOM) would bring megabytes for these.
 * Colours are CSS classes (see style.ts), so the page's light, dark and print schemes reach inside.
 */

/** Coordinates with one decimal: enough for a screen or A4, and a third of the bytes. */
export const at = (n: number) => String(Math.round(n * 10) / 10);

export interface Figure {
  /** A static id (never data): the title and description hang off it for screen readers. */
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  body: string;
  /** An extra class: `small` keeps a chart from growing wider than its labels want. */
  className?: string;
}

/** An <svg> that scales to its container, with <title> and <desc> as its accessible name and description. */
export function svg(f: Figure): string {
  return (
    `<svg id="${f.id}" class="chart${f.className ? ` ${f.className}` : ''}" viewBox="0 0 ${f.width} ${f.height}" role="img" aria-labelledby="${f.id}-t ${f.id}-d" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${f.id}-t">${html(f.title)}</title><desc id="${f.id}-d">${html(f.desc)}</desc>${f.body}</svg>`
  );
}

type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? at(v) : html(v as string)}"`)
    .join('');
}

export function rect(x: number, y: number, w: number, h: number, a: Attrs = {}, tip?: string): string {
  const inner = tip === undefined ? '' : `<title>${html(tip)}</title>`;
  return `<rect${attrs({ x, y, width: Math.max(0, w), height: Math.max(0, h), ...a })}>${inner}</rect>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, a: Attrs = {}): string {
  return `<line${attrs({ x1, y1, x2, y2, ...a })}/>`;
}

export function circle(cx: number, cy: number, r: number, a: Attrs = {}, tip?: string): string {
  const inner = tip === undefined ? '' : `<title>${html(tip)}</title>`;
  return `<circle${attrs({ cx, cy, r, ...a })}>${inner}</circle>`;
}

export function path(d: string, a: Attrs = {}): string {
  return `<path d="${d}"${attrs(a)}/>`;
}

/** Text is always escaped: labels are rep names and week labels from the user's files. */
export function text(x: number, y: number, content: string, a: Attrs = {}): string {
  return `<text${attrs({ x, y, ...a })}>${html(content)}</text>`;
}

/** A straight map from a domain onto a pixel range. */
export function scale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Round ticks from 0 to at least `max`: 1, 2, 2.5 or 5 times a power of ten apart, at least `minStep` (1 for counts). */
export function ticks(max: number, count = 4, minStep = 0): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = Math.max(max / count, minStep);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw && (minStep < 1 || Number.isInteger(m * power))) ?? 10) * power;
  const out: number[] = [];
  for (let i = 0; i * step < max + step * 0.999; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/** A label that fits its room: longer ones end in "…" (the full text stays in the tables and tooltips). */
export function clip(label: string, chars: number): string {
  const glyphs = [...label];
  return glyphs.length <= chars ? label : glyphs.slice(0, Math.max(1, chars - 1)).join('') + '…';
}
