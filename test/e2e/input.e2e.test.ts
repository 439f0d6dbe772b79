import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, funnel } from './run-cli.js';

const broken = readdirSync(`${ROOT}/fixtures/broken`).sort();

describe('bad input through the real binary: exit 2, every line FILE:…, no stack trace', () => {
  it.each(broken)('fixtures/broken/%s', (name) => {
    const run = funnel(['report', `fixtures/broken/${name}`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(new RegExp(`^fixtures/broken/${name.replace('.', '\\.')}(:\\d+)*: .+ — .+$`));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a 50 MB field on stdin fails within seconds', () => {
    const started = Date.now();
    const run = funnel(['report', '-'], { input: Buffer.concat([Buffer.from('week,dials,reached,meetings\n"'), Buffer.alloc(50 * 1024 * 1024, 0x61)]) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('<stdin>:2: a record longer than 100,000 characters — a weekly table has short rows: look for an unclosed quote, or check that this is the right file\n');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('real exports through the real binary', () => {
  it('the German Windows-1252 export: totals in JSON, notices on stderr', () => {
    const run = funnel(['report', 'fixtures/de-export.csv', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).totals).toEqual({ dials: 2204, reached: 298, callbacks_short: 38, callbacks_long: 16, callbacks: 54, meetings: 32, hours: 83.5 });
    expect(run.stderr).toContain('fixtures/de-export.csv:6: skipped summary row "Summe" (totals are computed, never counted twice)');
  });

  it('the Dutch export and the UTF-16 text export', () => {
    expect(JSON.parse(funnel(['report', 'fixtures/nl-export.csv', '--format', 'json']).stdout).chain).toBe('184/1550/4385');
    expect(JSON.parse(funnel(['report', 'fixtures/utf16-unicode-text.txt', '--format', 'json']).stdout).chain).toBe('17/102/313');
  });
});

describe('standard input given twice', () => {
  const MESSAGE = 'error: standard input (-) is given more than once, but it can be read only once\ngive - once, and name the other inputs as files\n';
  const CSV = 'week,dials,reached,meetings\n2026-W01,50,10,2\n';
  it.each([
    ['report', ['report', '-', '-']],
    ['plan', ['plan', '--meetings-per-day', '1', '--from', '-', '-']],
    ['check (input and --baseline)', ['check', '-', '--baseline', '-']],
  ])('%s: a usage error (exit 2), not "the file is empty"', (_name, args) => {
    expect(funnel(args, { input: CSV })).toEqual({ code: 2, stdout: '', stderr: MESSAGE });
  });
});
