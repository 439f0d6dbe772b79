import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { funnel, ROOT } from './run-cli.js';

// The help pages and usage errors as the CLI printed them before its commands were split into lazily
// loaded bundles (test/help-pages/, written by the build of that time): how the program is wired and
// loaded must never change a word of them.
const page = (name: string) => readFileSync(join(ROOT, 'test/help-pages', name), 'utf8');

describe('help pages and usage errors, word for word', () => {
  it.each([
    ['no-arguments.txt', []],
    ['root.txt', ['--help']],
    ['report.txt', ['report', '--help']],
    ['plan.txt', ['plan', '--help']],
    ['check.txt', ['check', '--help']],
    ['inspect.txt', ['inspect', '--help']],
    ['track.txt', ['track', '--help']],
  ])('%s', (file, args) => {
    const run = funnel(args);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(page(file));
  });

  it.each([
    ['unknown-command.stderr.txt', ['reprot']],
    ['unknown-option.stderr.txt', ['report', '--formt', 'json', 'x.csv']],
    ['bad-choice.stderr.txt', ['plan', '--format', 'xml']],
  ])('%s', (file, args) => {
    const run = funnel(args);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(page(file));
  });
});
