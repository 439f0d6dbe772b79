import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { funnel, ROOT } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'funnel-html-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Reports every module the CLI loads whose name ends in html.cjs, on stderr.
const hook = join(dir, 'watch-html.cjs');
writeFileSync(hook, `const M = require('node:module'); const load = M._load;
M._load = function (request, ...rest) { if (String(request).endsWith('html.cjs')) process.stderr.write('loaded html.cjs\\n'); return load.call(this, request, ...rest); };`);

describe('--format html is loaded lazily', () => {
  it('the CLI bundle holds none of the HTML renderers, only the require of dist/html.cjs', () => {
    const cli = readFileSync(join(ROOT, 'dist/cli.cjs'), 'utf8');
    expect(cli).toContain('require("./html.cjs")');
    expect(cli).not.toContain('prefers-color-scheme');
    expect(readFileSync(join(ROOT, 'dist/html.cjs'), 'utf8')).toContain('prefers-color-scheme');
  });

  it.each([['report', 'fixtures/reference-week.csv'], ['check', 'fixtures/reference-week.csv', '--min', 'meetings/dials=0.05']])('%s: other formats never load it; html does', (...args) => {
    for (const format of ['table', 'json', 'md']) {
      const run = funnel([...args, '--format', format, '--quiet'], { env: { NODE_OPTIONS: `--require ${hook}` } });
      expect([format, run.code, run.stderr]).toEqual([format, 0, '']);
    }
    const html = funnel([...args, '--format', 'html', '--quiet'], { env: { NODE_OPTIONS: `--require ${hook}` } });
    expect([html.code, html.stderr]).toEqual([0, 'loaded html.cjs\n']);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });
});

describe('funnel report --format html -o', () => {
  it('writes the page atomically: the file, and no temporary file beside it', () => {
    const target = join(dir, 'team.html');
    const run = funnel(['report', 'fixtures/team-8-weeks.csv', '--by', 'rep', '--format', 'html', '-o', target, '--quiet']);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    const page = readFileSync(target, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('team.html'))).toEqual(['team.html']);
  });

  it('a data string cannot end the page early or run anything', () => {
    const csv = 'week,rep,dials,reached,meetings\n2026-W01,"<script>alert(1)</script>",100,30,5\n2026-W01,"""><img src=x onerror=alert(1)>",90,20,2\n';
    const run = funnel(['report', '-', '--by', 'rep', '--format', 'html', '--quiet'], { input: csv });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/<script|<img/i);
    expect(run.stdout).toContain('<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>');
    expect(run.stdout).toContain('<bdi>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</bdi>');
  });
});
