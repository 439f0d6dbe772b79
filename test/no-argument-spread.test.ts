/**
 * Our lint rule for "no size crashes anything": no array spread into a call's arguments in src/
 * (`push(...rows)`, `Math.max(...xs)`, `String.fromCharCode(...codes)`): V8 throws "Maximum call stack
 * size exceeded" from about 125,000 arguments. Use maxOf/minOf/appendAll from src/core/arrays.ts.
 * Spreads into array and object literals (`[...a]`, `{ ...o }`) build a value and are fine; a spread of a
 * short, fixed list into an API that only takes rest arguments says so with `// spread-ok: why`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Lines with `...` directly inside a call's parentheses: a name or `)` then `(`, arguments without
 * brackets, then `...`. A heuristic (a line-based lint), tested on the shapes it must find and skip.
 */
const CALL_SPREAD = /[\w$\])]\s*\(\s*(?:[^()[\]{}]*,\s*)?\.\.\.[\w$([]/;

export function argumentSpreads(code: string): string[] {
  const lines = code.split('\n');
  return lines.map((line, i) => [i + 1, line.replace(/\/\/.*$/, '').trim()] as const)
    .filter(([n, line]) => !/^\/?\*/.test(line) && CALL_SPREAD.test(line) && !lines[n - 1]!.includes('// spread-ok:'))
    .map(([n, line]) => `${n}: ${line}`);
}

describe('no array spread into arguments', () => {
  it('finds the patterns it must refuse, and leaves literals alone', () => {
    expect(argumentSpreads('rows.push(...table.rows);').length).toBe(1);
    expect(argumentSpreads('Math.max(...xs.map((x) => x.length))').length).toBe(1);
    expect(argumentSpreads('String.fromCharCode(a, ...codes)').length).toBe(1);
    expect(argumentSpreads('f([...a, b], { ...o })').length).toBe(0);
    expect(argumentSpreads('const [a, ...rest] = xs; // push(...x)').length).toBe(0);
    expect(argumentSpreads('z.number().check(...checks); // spread-ok: four bounds at most').length).toBe(0);
    expect(argumentSpreads('`exit 2 when something is not (an unknown outcome, ...)`').length).toBe(0);
  });

  for (const file of sources(SRC)) {
    it(file.slice(SRC.length + 1), () => {
      expect(argumentSpreads(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
});
