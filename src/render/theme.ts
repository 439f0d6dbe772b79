import { WIDTH } from './wrap.js';

/** How output may look: colour and Unicode only for a person at a capable terminal. */
export interface Theme {
  readonly color: boolean;
  readonly unicode: boolean;
  readonly c: Styles;
  readonly sym: Symbols;
  /** Columns the layout may use: the terminal's width, or 80 for pipes, files and CI logs. */
  readonly width: number;
}

interface Symbols {
  up: string;
  down: string;
  flat: string;
  better: string;
  worse: string;
  bar: string;
  barEmpty: string;
  spark: readonly string[];
  arrow: string;
  dash: string;
  times: string;
  approx: string;
}

const UNICODE: Symbols = {
  up: '▲', down: '▼', flat: '·', better: '★', worse: '▽', bar: '█', barEmpty: '░',
  spark: ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'], arrow: '→', dash: '–', times: '×', approx: '≈',
};

const ASCII: Symbols = {
  up: '^', down: 'v', flat: '=', better: '+', worse: '-', bar: '#', barEmpty: '.',
  spark: ['_', '.', ',', '-', '~', '=', '*', '#'], arrow: '->', dash: '-', times: 'x', approx: '~',
};

/** The styles our wording uses; chalk's own instance has them all (and more). */
type Style = (text: string) => string;
export interface Styles {
  readonly bold: Style;
  readonly dim: Style;
  readonly green: Style;
  readonly red: Style & { readonly bold: Style };
  readonly yellow: Style;
}

const same: Style = (text) => text;
const PLAIN: Styles = { bold: same, dim: same, green: same, red: Object.assign((text: string) => text, { bold: same }), yellow: same };

let colour: Styles | undefined;

/**
 * Chalk is set up only for output that will be coloured: its set-up costs a start about 0.4 ms and 70 KB
 * of short-lived objects, which a pipe, a file or NO_COLOR never needs. Called before makeTheme(true).
 */
export async function loadColour(): Promise<void> {
  if (colour) return;
  const { Chalk } = await import('chalk');
  colour = new Chalk({ level: 1 });
}

/** Colour and Unicode for a person at a capable terminal (after loadColour), plain ASCII otherwise. */
export function makeTheme(fancy: boolean, width = WIDTH): Theme {
  if (fancy && !colour) throw new Error('a coloured theme was made before loadColour()');
  return { color: fancy, unicode: fancy, c: fancy ? colour! : PLAIN, sym: fancy ? UNICODE : ASCII, width };
}

/** Unicode symbols without colour: Markdown, and text written where colour codes would be noise. */
export function unicodeTheme(width = WIDTH): Theme {
  return { color: false, unicode: true, c: PLAIN, sym: UNICODE, width };
}

/** Colour is meaning: green for better, red for worse, dim for context. */
export function tone(theme: Theme, direction: 'better' | 'worse' | 'same', text: string): string {
  if (direction === 'better') return theme.c.green(text);
  if (direction === 'worse') return theme.c.red(text);
  return theme.c.dim(text);
}

/** Typographic characters our wording uses, and what plain ASCII output says instead. */
const ASCII_FALLBACK: Readonly<Record<string, string>> = {
  '–': '-', '—': '-', '·': ',', '×': 'x', '≈': '~', '→': '->', '…': '...', '’': "'", '‘': "'", '“': '"', '”': '"',
  'Δ': 'chg', '≥': '>=', '≤': '<=', '±': '+/-', '÷': '/', '★': '+', '▽': '-', '▲': '^', '▼': 'v',
};
const NON_ASCII = new RegExp(`[${Object.keys(ASCII_FALLBACK).join('')}]`, 'g');
// ' · ' between items; escaped, as every non-ASCII regex literal is: the bundle stays ASCII (test/e2e/bundles.e2e.test.ts).
const DOT_BETWEEN = / \u00b7 /g;

/**
 * The last step of every terminal renderer: without Unicode (a pipe, NO_COLOR, TERM=dumb) the text is
 * plain ASCII, so it survives any terminal, log viewer or `LC_ALL=C` shell. Tables apply it to each
 * cell before layout ('Δ' becomes 'chg', two characters wider, and would overhang its border).
 */
export function finish(text: string, theme: Theme): string {
  return theme.unicode ? text : text.replace(DOT_BETWEEN, ', ').replace(NON_ASCII, (ch) => ASCII_FALLBACK[ch] ?? ch);
}
