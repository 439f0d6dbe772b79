import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { funnel, ROOT } from './run-cli.js';
import { byId, elements, parsePage, tableRows, textOf } from '../render/html/dom.js';

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

describe('funnel track and plan --by rep --format html', () => {
  // The plan from weeks W37–W42 of the team fixture, 8 meetings a week per rep; tracked through Thursday of W44.
  const weeks16 = join(dir, 'w16.csv');
  const weeks78 = join(dir, 'w78.csv');
  const planFile = join(dir, 'plan.json');
  const lines = readFileSync(join(ROOT, 'fixtures/team-8-weeks.csv'), 'utf8').trim().split('\n');
  writeFileSync(weeks16, lines.slice(0, 19).join('\n') + '\n');
  writeFileSync(weeks78, [lines[0], ...lines.slice(-6)].join('\n') + '\n');

  it('plan --by rep: each rep\'s week in its own section', () => {
    const run = funnel(['plan', '--from', weeks16, '--by', 'rep', '--meetings-per-week', '8', '--format', 'html', '--quiet']);
    expect(run.code).toBe(0);
    const doc = parsePage(run.stdout);
    const rows = tableRows(elements(byId(doc, 'reps')).find((e) => e.tag === 'table')!);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['rep', 'meetings'], ['Anna', '8'], ['Bram', '8'], ['Chris', '8'], ['team total', '24']]);
    expect(funnel(['plan', '--from', weeks16, '--by', 'rep', '--meetings-per-week', '8', '--format', 'json', '-o', planFile, '--quiet']).code).toBe(0);
  });

  it('track: planned against actual, status, and the gap split', () => {
    const run = funnel(['track', planFile, weeks78, '--as-of', '2026-10-29', '--format', 'html', '--quiet']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const doc = parsePage(run.stdout);
    const rows = tableRows(elements(byId(doc, 'standing')).find((e) => e.tag === 'table')!);
    // W44 so far: 20 meetings and 270 dials for the team (fixture); planned by Thursday: 3 × 8 × 4/5 = 19.2 meetings.
    expect(rows[1]!.slice(0, 2)).toEqual(['team', '20 / 19.2']);
    expect(rows[1]![2]).toMatch(/^270 \/ \d+$/);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['team', 'Anna', 'Bram', 'Chris']);
    // Anna: 10 meetings against 8 × 4/5 = 6.4.
    expect(rows[2]!.slice(0, 2)).toEqual(['Anna', '10 / 6.4']);
    const gap = tableRows(elements(byId(doc, 'gap')).find((e) => e.tag === 'table')!);
    for (const r of gap.slice(1)) expect(Number(r[1])).toBeCloseTo(Number(r[2]) + Number(r[3]), 0); // gap = effort + conversion (rounded parts)
    expect(gap[1]![1]).toBe('-0.8'); // 19.2 − 20
    expect(textOf(doc)).toContain('week 2026-W44, 4 of 5 working days done');
  });

  it('check --plan: the verdict, then the subjects behind plan first', () => {
    const run = funnel(['check', weeks78, '--plan', planFile, '--by', 'rep', '--format', 'html', '--quiet']);
    const json = JSON.parse(funnel(['check', weeks78, '--plan', planFile, '--by', 'rep', '--format', 'json', '--quiet']).stdout) as { passed: boolean; checks: { rep: string | null; failed: boolean; actual: { meetings: number } }[] };
    expect(run.code).toBe(json.passed ? 0 : 1);
    const doc = parsePage(run.stdout);
    const cards = elements(doc).filter((e) => e.tag === 'article').map((a) => textOf(a.children[0]!));
    const failed = json.checks.filter((c) => c.failed).map((c) => c.rep ?? 'team');
    expect(cards.slice(0, failed.length).map((c) => c.replace(/^behind plan /, '').replace(/ 2026-W44$/, ''))).toEqual(failed);
    // W44: the team booked 20 meetings (fixture); the plan asks 3 × 8 a week.
    expect(textOf(doc)).toContain('20 / 24');
  });
});

describe('track --format html with hostile names', () => {
  it('rep names and the plan file name render as text', () => {
    const evil = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];
    const csv = (weeks: string[]) => ['week,rep,dials,reached,meetings', ...weeks.flatMap((w) => evil.map((r, i) => `${w},"${r.replace(/"/g, '""')}",${100 + i * 10},30,${4 + i}`))].join('\n') + '\n';
    const history = join(dir, 'evil-history.csv'), actuals = join(dir, 'evil-actuals.csv'), plan = join(dir, '<b>plan&<i>.json');
    writeFileSync(history, csv(['2026-W40', '2026-W41', '2026-W42']));
    writeFileSync(actuals, csv(['2026-W44']));
    expect(funnel(['plan', '--from', history, '--by', 'rep', '--meetings-per-week', '5', '--format', 'json', '-o', plan, '--quiet']).code).toBe(0);
    const run = funnel(['track', plan, actuals, '--as-of', '2026-10-29', '--format', 'html', '--quiet']);
    expect(run.code).toBe(0);
    const doc = parsePage(run.stdout);
    expect(elements(doc).filter((e) => ['script', 'img', 'b'].includes(e.tag))).toEqual([]);
    const shown = elements(doc).filter((e) => e.tag === 'bdi').map(textOf);
    expect(shown).toEqual(expect.arrayContaining([...evil, plan]));
  });
});
