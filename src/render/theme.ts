import { Chalk, type ChalkInstance } from 'chalk';

/** How output may look: colour and Unicode only for a person at a capable terminal. */
export interface Theme {
  readonly color: boolean;
  readonly unicode: boolean;
  readonly c: ChalkInstance;
  readonly sym: Symbols;
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

export function makeTheme(fancy: boolean): Theme {
  return { color: fancy, unicode: fancy, c: new Chalk({ level: fancy ? 1 : 0 }), sym: fancy ? UNICODE : ASCII };
}

/** Colour is meaning: green for better, red for worse, dim for context. */
export function tone(theme: Theme, direction: 'better' | 'worse' | 'same', text: string): string {
  if (direction === 'better') return theme.c.green(text);
  if (direction === 'worse') return theme.c.red(text);
  return theme.c.dim(text);
}
