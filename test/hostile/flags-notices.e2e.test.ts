import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, funnel } from '../e2e/run-cli.js';

describe('plan flags that would print NaN or Infinity are usage errors', () => {
  it.each([
    [['--meetings-per-day', '1e308'], 'error: --meetings-per-day must be at most 1000000000, got "1e308"\n'],
    [['--meetings-per-day', '1e-300'], 'error: --meetings-per-day must be at least 0.01, got "1e-300"\n'],
    [['--meetings-per-day', '3', '--workday-hours', '1e-320'], 'error: --workday-hours must be at least 0.1, got "1e-320"\n'],
    [['--meetings-per-day', '3', '--dials-per-hour', '1e-320'], 'error: --dials-per-hour must be at least 0.1, got "1e-320"\n'],
    [['--meetings-per-day', '3', '--selling-share', '0.000000001'], 'error: --selling-share must be at least 0.01, got "0.000000001"\n'],
    [['--meetings-per-day', '3', '--days-per-week', '1e-320'], 'error: --days-per-week must be at least 0.5, got "1e-320"\n'],
    [['--meetings-per-day', '3', '--ratios', '1/1/99999999999999999999'], 'error: --ratios must be three whole numbers above 0 as meetings/reached/dials, got "1/1/99999999999999999999"\ne.g. --ratios 9/38/106\n'],
  ])('plan %j', (args, stderr) => {
    const run = funnel(['plan', ...args]);
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(2);
  });

  it('the most extreme flags allowed still give finite numbers everywhere', () => {
    const run = funnel(['plan', '--meetings-per-day', '1e9', '--workday-hours', '0.1', '--selling-share', '0.01', '--reach-rate', '0.000001', '--meeting-rate', '0.000001', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(run.stdout).per_day.dials).toBeCloseTo(1e9 / 1e-12, -15);
  });
});

describe('notices instead of silence', () => {
  it('--tz on weekly tables says it has no effect', () => {
    const run = funnel(['report', 'fixtures/team-8-weeks.csv', '--tz', 'Asia/Tokyo', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: --tz has no effect: no input is a call log, and weekly tables name their weeks themselves\n');
  });
  it('--tz and --outcome together, named together', () => {
    const run = funnel(['report', 'fixtures/team-8-weeks.csv', '--tz', 'UTC', '--outcome', 'Foo=reached', '--format', 'json']);
    expect(run.stderr).toContain('warning: --tz, --outcome have no effect: no input is a call log, and weekly tables name their weeks themselves\n');
  });
  it('a tz from funnel.config.json is no mistake: no notice for weekly tables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'funnel-config-tz-'));
    try {
      writeFileSync(join(dir, 'funnel.config.json'), '{ "tz": "Europe/Amsterdam", "skipBadRows": true }\n');
      const run = funnel(['report', join(ROOT, 'fixtures/team-8-weeks.csv'), '--format', 'json'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stderr).not.toContain('no effect');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('--tz on a call log is used, without the notice', () => {
    const run = funnel(['report', 'fixtures/calllog-hubspot.csv', '--tz', 'UTC', '--format', 'json']);
    expect(run.stderr).not.toContain('no effect');
  });
  it('a Windows-1252 call log gets the same encoding notice as a weekly table', () => {
    const log = Buffer.from('Activity date,Call outcome,Call duration,Activity assigned to\n2026-01-05T09:00:00Z,Connected,0:01:00,Jos\xe9 M\xfcller\n', 'latin1');
    const run = funnel(['report', '-', '--tz', 'UTC', '--format', 'json'], { input: log });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: <stdin>: read as Windows-1252 text (it is not valid UTF-8)\n');
    expect(JSON.parse(run.stdout).totals.dials).toBe(1);
  });
});
