import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { funnel } from '../e2e/run-cli.js';

/**
 * The reproductions of issue 12, through the real CLI: a call log whose reps and outcomes carry CI
 * workflow commands, terminal escapes, HTML and spreadsheet formulas, under a file name that does too.
 */

const dir = mkdtempSync(join(tmpdir(), 'funnel-inject-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPS = {
  ci: 'x\n::error title=pwned::injected',
  escape: '\u009b31mAnn\u202e',
  html: '<img src=x onerror=alert(1)>|a',
  formula: 'Ann;=HYPERLINK("http://e")',
};
const OUTCOME = '\u001b]8;;http://evil\u0007click\u001b]8;;\u0007';
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const LOG = [
  'Activity date,Call outcome,Call duration,Activity assigned to',
  `2026-01-05T09:00:00Z,Connected,0:01:00,${q(REPS.ci)}`,
  `2026-01-05T09:00:00Z,${q(OUTCOME)},0:01:00,${q(REPS.escape)}`,
  `2026-01-06T09:00:00Z,Meeting booked,0:01:00,${q(REPS.html)}`,
  `2026-01-06T09:00:00Z,Meeting booked,0:01:00,${q(REPS.formula)}`,
  '',
].join('\n');
const FILE = join(dir, 'calls\n::warning::x\u001b[2J.csv');
writeFileSync(FILE, LOG);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const commandLines = (text: string) => text.split('\n').filter((l) => /^\s*(?:::|##\[)/.test(l));

describe('a hostile call log, in every output', () => {
  const gha = { GITHUB_ACTIONS: 'true', TZ: 'UTC' };

  it.each(['table', 'md', 'csv', 'json'])('report --format %s: no control character, no workflow command', (format) => {
    // The hostile outcome is no label we know: --unknown-outcomes dial takes it as a plain dial, so every output runs.
    const run = funnel(['report', FILE, '--tz', 'UTC', '--by', 'rep', '--format', format, '--unknown-outcomes', 'dial'], { env: gha });
    expect(run.code).toBe(0);
    for (const out of [run.stdout, run.stderr]) {
      expect(out).not.toMatch(CONTROL);
      expect(commandLines(out)).toEqual([]);
    }
    if (format === 'md') expect(run.stdout).not.toContain('<img');
    if (format === 'csv') expect(run.stdout).toContain(`"Ann;'=HYPERLINK(""http://e"")"`);
  });

  it('the unknown-outcome error and notice name the file and outcome escaped', () => {
    // Changed by the outcome reader (issue 9): an unknown outcome stops the run instead of a warning.
    const stopped = funnel(['report', FILE, '--tz', 'UTC', '--format', 'json'], { env: gha });
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).not.toMatch(CONTROL);
    expect(commandLines(stopped.stderr).every((l) => l.startsWith('::error file='))).toBe(true);
    expect(stopped.stderr).toContain(join(dir, 'calls\\n::warning::x\\x1B[2J.csv') + ':1:2: Call outcome: 1 outcome not recognised, on 1 call:\n');
    expect(stopped.stderr).toContain('         1  "\\x1B]8;;http://evil\\x07click\\x1B]8;;\\x07"  -\n');
    const run = funnel(['report', FILE, '--tz', 'UTC', '--format', 'json', '--unknown-outcomes', 'dial']);
    expect(run.stderr).toContain('warning: ' + join(dir, 'calls\\n::warning::x\\x1B[2J.csv') + ': 1 call with an outcome not recognised counted as plain dials (--unknown-outcomes dial): "\\x1B]8;;http://evil\\x07click\\x1B]8;;\\x07" (1)');
  });

  it('check under GitHub Actions: only our annotations are commands, the summary and JUnit stay safe', () => {
    const summary = join(dir, 'summary.md');
    const junit = join(dir, 'junit.xml');
    writeFileSync(summary, '');
    const run = funnel(['check', FILE, '--tz', 'UTC', '--by', 'rep', '--min', 'meetings/dials=0.5', '--junit', junit, '--unknown-outcomes', 'dial'], { env: { ...gha, GITHUB_STEP_SUMMARY: summary } });
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(commandLines(run.stdout)).toEqual([]);
    for (const line of commandLines(run.stderr)) expect(line).toMatch(/^::(error|warning) title=funnel check%3A meetings\/dials minimum \([^\n]*\)::[^\n]*$/);
    expect(commandLines(run.stderr).length).toBeGreaterThan(0);
    expect(run.stderr).toContain('::warning title=funnel check%3A meetings/dials minimum (x%0A%3A%3Aerror title=pwned%3A%3Ainjected 2026-W02)::');
    const md = readFileSync(summary, 'utf8');
    expect(md).not.toMatch(CONTROL);
    expect(md).toContain('| &lt;img src=x onerror=alert\\(1\\)&gt;\\|a 2026-W02 |');
    expect(md).toContain('| x\\\\n::error title=pwned::injected 2026-W02 |');
    expect(XMLValidator.validate(readFileSync(junit, 'utf8'))).toBe(true);
  });

  it('the plan --rep error lists hostile reps escaped, on one line', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--from', FILE, '--tz', 'UTC', '--rep', 'zz\u001b[2J', '--unknown-outcomes', 'dial'], { env: gha });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: no rep "zz\\x1B[2J" in the history\n' +
        'reps found: x\\n::error title=pwned::injected, \\x9B31mAnn\\u202E, <img src=x onerror=alert(1)>|a, Ann;=HYPERLINK("http://e")\n',
    );
  });

  it('a timestamp error escapes the cell and names the hostile file safely', () => {
    const bad = join(dir, 'bad\u001b[31m.csv');
    writeFileSync(bad, `Activity date,Call outcome,Call duration,Activity assigned to\n2026-01-05\u001b[2J,Connected,0:01:00,Ann\n`);
    const run = funnel(['report', bad, '--tz', 'UTC'], { env: gha });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`${join(dir, 'bad\\x1B[31m.csv')}:2:1: Activity date: "2026-01-05\\x1B[2J" is not a date or time — use ISO 8601 (2026-01-05T09:30:00Z), yyyy-mm-dd hh:mm:ss, dd-mm-yyyy hh:mm or Unix time`);
    expect(run.stderr).not.toMatch(CONTROL);
    expect(commandLines(run.stderr).every((l) => l.startsWith('::error file='))).toBe(true);
  });

  it('a 10 MB cell is cut in the error, not echoed whole', () => {
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, `Activity date,Call outcome,Call duration,Activity assigned to\n2026-01-05T09:00:00Z,Connected,${'9:'.repeat(5_000_000)},Ann\n`);
    const run = funnel(['report', huge, '--tz', 'UTC']);
    expect(run.code).toBe(2);
    expect(run.stderr.length).toBeLessThan(600);
    expect(run.stderr).toContain(`Call duration: "${'9:'.repeat(40)}… (10,000,000 characters)" is not a duration`);
  });
  it('a 90,000-character number cell in a weekly table is cut too', () => {
    const huge = join(dir, 'wide.csv');
    writeFileSync(huge, `week,dials,reached,meetings\n2026-W05,${'9'.repeat(90_000)},1,1\n`);
    const run = funnel(['report', huge]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`dials: "${'9'.repeat(80)}… (90,000 characters)" is not a number`);
  });
});
