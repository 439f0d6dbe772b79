import { html } from '../safe.js';
import { STYLE } from './style.js';

declare const __FUNNEL_VERSION__: string;
const VERSION = typeof __FUNNEL_VERSION__ === 'string' ? __FUNNEL_VERSION__ : '0.0.0-dev';

/**
 * Nothing may load: no script, font, image or style from anywhere. The policy holds even if a
 * string ever slipped past escaping, and a mail client or CI artifact viewer sees one inert file.
 */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

export interface Page {
  /** The <title> and <h1>; plain text, escaped here. */
  title: string;
  /** One line under the heading (already HTML). */
  subtitle: string;
  /** The sections (already HTML). */
  body: string;
  /** How the numbers were computed (already HTML), above the version line. */
  method: string;
}

/** A whole, self-contained document: inline CSS and SVG, no script. */
export function page(p: Page): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="funnel ${html(VERSION)}">
<title>${html(p.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${html(p.title)}</h1><p class="sub">${p.subtitle}</p></header>
<main>
${p.body}
</main>
<footer>${p.method}<p>Made with funnel ${html(VERSION)}. Self-contained: this file loads nothing from anywhere.</p></footer>
</body>
</html>
`;
}

export type Align = 'l' | 'r';

/** A data table; cells are HTML (callers escape data), columns right-aligned unless told. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], opts: { caption?: string; align?: readonly Align[]; narrow?: boolean } = {}): string {
  const cls = (i: number) => ((opts.align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? ' class="t"' : '');
  const caption = opts.caption === undefined ? '' : `<caption class="legend">${opts.caption}</caption>`;
  const thead = `<thead><tr>${head.map((h, i) => `<th scope="col"${cls(i)}>${h}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row" class="t">${c}</th>` : `<td${cls(i)}>${c}</td>`)).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table${opts.narrow ? ' class="narrow"' : ''}>${caption}${thead}<tbody>\n${body}\n</tbody></table></div>`;
}

export interface Tile {
  /** What the figure is (HTML). */
  k: string;
  /** The figure (HTML). */
  v: string;
  /** A line of context under it (HTML). */
  i?: string;
  /** A class for the figure: `pass` or `fail` colours it. */
  cls?: string;
}

/** The key figures at the top of a page, in a row of tiles. */
export function tiles(items: readonly Tile[]): string {
  const one = (t: Tile) => `<div class="tile"><div class="k">${t.k}</div><div class="v${t.cls ? ` ${t.cls}` : ''}">${t.v}</div><div class="i">${t.i ?? ''}</div></div>`;
  return `<div class="tiles">${items.map(one).join('')}</div>`;
}

/** Warnings a reader must see before trusting the numbers. */
export function notes(title: string, items: readonly string[]): string {
  if (items.length === 0) return '';
  return `<aside class="notes" role="note"><strong>${html(title)}</strong><ul>${items.map((w) => `<li>${html(w)}</li>`).join('')}</ul></aside>`;
}

/** A data string shown as text, isolated so a right-to-left name cannot reorder what follows it. */
export const name = (s: string) => `<bdi>${html(s)}</bdi>`;

/** A file name as given on the command line; `-` is standard input. */
export const fileName = (f: string) => (f === '-' ? 'standard input' : name(f));

export function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${html(heading)}</h2>\n${body}\n</section>`;
}

export function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${caption}</figcaption></figure>`;
}
