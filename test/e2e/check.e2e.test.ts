import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, funnel } from './run-cli.js';

// The real executable, built by `npm test` before vitest runs, spawned the way a CI job would.
const FIX = join(ROOT, 'fixtures/check');
let dir: string;

/** `funnel report week1.csv --format json > base.json`, as the acceptance scenario says. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'funnel-e2e-check-'));
  const report = funnel(['report', join(FIX, 'week1.csv'), '--format', 'json']);
  expect(report.code).toBe(0);
  await writeFile(join(dir, 'base.json'), report.stdout);
});

describe('the acceptance scenario of issue 5, end to end', () => {
  it('a collapsed week (9/38 → 2/40) exits 1, with JSON and JUnit that say why', async () => {
    const r = funnel(['check', join(FIX, 'week2-collapse.csv'), '--baseline', 'base.json', '--junit', 'check.xml', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const meetings = json.checks.find((c: { ratio: string }) => c.ratio === 'meetings/reached');
    expect(meetings).toMatchObject({ verdict: 'regression', counts: { num: 2, den: 40 }, baseline: { num: 9, den: 38 } });
    expect(meetings.reason).toBe('below 21.3 % (baseline 23.7 % less 10 %) and p=0.015 (adjusted: p=0.030) < 0.05: unlikely to be noise');
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testcase' }).parse(await readFile(join(dir, 'check.xml'), 'utf8'));
    const failed = xml.testsuites.testsuite.testcase.filter((t: { failure?: unknown }) => t.failure);
    expect(failed.map((t: { name: string }) => t.name)).toEqual(['meetings/reached vs baseline (team 2026-W46)', 'meetings/dials vs baseline (team 2026-W46)']);
  });

  it('a week that only wobbled (9/38 → 8/38) exits 0', () => {
    const r = funnel(['check', join(FIX, 'week2-wobble.csv'), '--baseline', 'base.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      [
        'pass  meetings/reached  team 2026-W46',
        '      21.1 % (8/38), bound >= 21.3 % (baseline), p=0.488',
        '      below 21.3 % (baseline 23.7 % less 10 %) but p=0.488 (adjusted: p=0.977):',
        '      could be noise (needs p < 0.05)',
      ].join('\n'),
    );
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('PASS: 4 checks, no regression (1 could be noise)');
  });
});

describe('exit codes', () => {
  it('2 for a usage error, with no stack trace', () => {
    expect(funnel(['check', join(FIX, 'week1.csv'), '--min', 'meetings/calls=0.1'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: unknown ratio "meetings/calls" in --min "meetings/calls=0.1"\nvalid ratios: reached/dials, meetings/reached, meetings/dials, callbacks/reached\n',
    });
  });
  it('2 for a malformed baseline, naming the file and the JSON path', () => {
    const r = funnel(['check', join(FIX, 'week1.csv'), '--baseline', 'fixtures/check/broken-baseline.json']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fixtures/check/broken-baseline.json: totals.reached: must be a number, not "38" — write the baseline with "funnel report FILE --format json > baseline.json"\n',
    });
  });
  it('2 for a missing file', () => {
    expect(funnel(['check', 'nowhere.csv', '--min', 'meetings/dials=0.05'])).toEqual({ code: 2, stdout: '', stderr: 'nowhere.csv: file not found — check the path and spelling\n' });
  });
  it('1 for a rep who collapsed; 0 for the same data pooled over all weeks', () => {
    expect(funnel(['check', join(FIX, 'team-3-weeks.csv'), '--min', 'meetings/reached=20%', '--by', 'rep']).code).toBe(1);
    expect(funnel(['check', join(FIX, 'team-3-weeks.csv'), '--min', 'meetings/reached=20%', '--all']).code).toBe(0);
  });
  it('GitHub annotations go to stderr of the real process', () => {
    const r = funnel(['check', join(FIX, 'team-3-weeks.csv'), '--min', 'meetings/reached=20%', '--by', 'rep', '--format', 'json'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('::error title=funnel check%3A meetings/reached minimum (bert 2026-W46)::below 20.0 %25 and p=0.011 (adjusted: p=0.021) < 0.05: unlikely to be noise\n');
  });
});
