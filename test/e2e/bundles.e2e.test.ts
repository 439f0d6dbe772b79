import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const DIST = join(ROOT, 'dist');
const bundles = readdirSync(DIST).filter((f) => /\.(c?js)$/.test(f));

describe('the built bundles', () => {
  // Node reads a file with one non-ASCII character as a two-byte string: twice the memory, slower to read
  // and to compile. esbuild escapes strings but copies regular expressions as written, so a non-ASCII
  // character in a regex literal must be written as an escape (\u2013) in src/.
  it.each(bundles)('%s is plain ASCII', (file) => {
    const text = readFileSync(join(DIST, file), 'latin1');
    const at = text.search(/[^\x00-\x7f]/);
    expect(at === -1 ? 'ASCII' : text.slice(Math.max(0, at - 60), at + 20)).toBe('ASCII');
  });
});
