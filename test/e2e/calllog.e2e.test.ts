import { describe, expect, it } from 'vitest';
import { funnel } from './run-cli.js';

describe('funnel report on call logs (end to end)', () => {
  it('aggregates a HubSpot export into weeks and reps, with talk time in the JSON', () => {
    const run = funnel(['report', 'fixtures/calllog-hubspot.csv', '--tz', 'Europe/Amsterdam', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.chain).toBe('3/6/13');
    expect(json.totals).toEqual({ dials: 13, reached: 6, callbacks_short: null, callbacks_long: null, callbacks: 1, meetings: 3, hours: null, talk_seconds: 1872 });
    expect(json.weeks.map((w: { week: string }) => w.week)).toEqual(['2025-W52', '2026-W01', '2026-W02']);
    expect(json.reps.map((r: { rep: string; totals: { dials: number } }) => [r.rep, r.totals.dials])).toEqual([['Anna de Vries', 7], ['Bram Jansen', 6]]);
    expect(run.stderr).toContain('warning: fixtures/calllog-hubspot.csv: ignored 1 inbound call (only outbound calls are dials)\n');
  });

  it('prints the same table as the equivalent hand-written weekly CSV', () => {
    const log = funnel(['report', 'fixtures/calllog-hubspot.csv', '--tz', 'Europe/Amsterdam', '--by', 'rep']);
    const table = funnel(['report', 'fixtures/calllog-hubspot-weekly.csv', '--by', 'rep']);
    expect(log.code).toBe(0);
    expect(log.stdout).toBe(table.stdout);
  });

  it('counts weeks in the machine zone by default (TZ), in --tz when given', () => {
    const week = (args: string[], env: Record<string, string> = {}) => {
      const run = funnel(['report', 'fixtures/calllog-close-aircall.csv', '--format', 'json', ...args], { env });
      return JSON.parse(run.stdout).weeks.map((w: { week: string; totals: { dials: number } }) => `${w.week}:${w.totals.dials}`);
    };
    expect(week([], { TZ: 'America/New_York' })).toEqual(['2026-W53:3', '2027-W01:4']);
    expect(week(['--tz', 'UTC'], { TZ: 'America/New_York' })).toEqual(['2026-W53:2', '2027-W01:5']);
  });

  it('bad rows: every problem as FILE:LINE:COLUMN on stderr, exit 2', () => {
    const run = funnel(['report', 'fixtures/calllog-bad-rows.csv', '--tz', 'UTC']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe([
      'fixtures/calllog-bad-rows.csv:3:1: timestamp: "yesterday" is not a date or time — use ISO 8601 (2026-01-05T09:30:00Z), yyyy-mm-dd hh:mm:ss, dd-mm-yyyy hh:mm or Unix time',
      'fixtures/calllog-bad-rows.csv:4:4: duration_seconds: "ten" is not a duration — use seconds (95), mm:ss (1:35) or hh:mm:ss (0:01:35)',
      'fixtures/calllog-bad-rows.csv:5:1: has 3 fields, the header has 4 — quote values that contain the delimiter',
      '',
    ].join('\n'));
  });

  it('--skip-bad-rows: a counted warning and exit 0', () => {
    const run = funnel(['report', 'fixtures/calllog-bad-rows.csv', '--tz', 'UTC', '--skip-bad-rows', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).totals.dials).toBe(2);
    expect(run.stderr).toContain('warning: fixtures/calllog-bad-rows.csv: skipped 3 bad rows (first: fixtures/calllog-bad-rows.csv:3:1: timestamp:');
  });

  it('an outcome it cannot read: exit 2 with the table and the flags; pasting them reads the log', () => {
    const log = 'Date,Rep,Disposition\n2026-02-02 09:00,Ann,Sent brochure\n2026-02-02 09:10,Ann,Voicemial\n2026-02-02 09:20,Ann,Sent brochure\n2026-02-02 09:30,Ann,Meeting booked\n';
    const before = funnel(['report', '-', '--tz', 'UTC', '--format', 'json'], { input: log });
    expect(before.code).toBe(2);
    expect(before.stdout).toBe('');
    expect(before.stderr).toBe([
      '<stdin>:1:3: Disposition: 2 outcomes not recognised, on 3 calls:',
      '     calls  outcome          what its words suggest',
      '         2  "Sent brochure"  -',
      '         1  "Voicemial"      dial',
      'Say what each one means (stages: dial, reached, meeting, callback,',
      'callback_short, callback_long). These flags take the suggestions, and dial',
      'where there is none; check them, then add:',
      '  --outcome "Sent brochure=dial" \\',
      '  --outcome "Voicemial=dial"',
      'or count every unknown outcome as a plain dial: --unknown-outcomes dial',
      '',
    ].join('\n'));
    const after = funnel(['report', '-', '--tz', 'UTC', '--format', 'json', '--outcome', 'Sent brochure=reached', '--outcome', 'Voicemial=dial'], { input: log });
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).chain).toBe('1/3/4');
    const asDials = funnel(['report', '-', '--tz', 'UTC', '--format', 'json', '--unknown-outcomes', 'dial'], { input: log });
    expect(asDials.code).toBe(0);
    expect(JSON.parse(asDials.stdout).chain).toBe('1/1/4');
    expect(asDials.stderr).toContain('warning: <stdin>: 3 calls with an outcome not recognised counted as plain dials (--unknown-outcomes dial): "Sent brochure" (2), "Voicemial" (1)\n');
  });

  it('usage errors: a bad --outcome, an unknown --tz', () => {
    const outcome = funnel(['report', 'fixtures/calllog-hubspot.csv', '--outcome', 'Left message']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('error: --outcome "Left message" is not "Label=stage"\nstages: dial (or no_answer), reached, meeting, callback, callback_short, callback_long — e.g. --outcome "Left message=no_answer"\n');
    const tz = funnel(['report', 'fixtures/calllog-hubspot.csv', '--tz', 'Mars/Olympus']);
    expect(tz.code).toBe(2);
    expect(tz.stderr).toBe('error: unknown time zone "Mars/Olympus"\nuse an IANA name such as Europe/Amsterdam, America/New_York or UTC\n');
  });

  it('reads a call log from stdin', () => {
    const run = funnel(['report', '-', '--format', 'json', '--tz', 'UTC'], { input: 'timestamp,outcome\n2026-01-05T09:00:00Z,connected\n2026-01-05T10:00:00Z,no answer\n' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).chain).toBe('0/1/2');
  });

  it('no progress bar on a pipe', () => {
    const run = funnel(['report', 'fixtures/calllog-hubspot.csv', '--tz', 'UTC', '--format', 'json', '--quiet']);
    expect(run.stderr).toBe('');
  });
});

describe('a big call log read by worker threads (end to end)', () => {
  it('gives the same report as one thread', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { spawnSync } = await import('node:child_process');
    const file = join(mkdtempSync(join(tmpdir(), 'funnel-big-')), 'calls.csv');
    // ~20 MB, in parts of at least 8 MB: two parts read in parallel
    spawnSync(process.execPath, ['bench/generate.mjs', '--rows', '480000', '--out', file]);
    const args = ['report', file, '--tz', 'Europe/Amsterdam', '--format', 'json'];
    const one = funnel(args, { env: { FUNNEL_THREADS: '1' } });
    const two = funnel(args, { env: { FUNNEL_THREADS: '2', FUNNEL_PART_MB: '8' } });
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).totals.dials).toBe(480_000);
    expect(two.stdout).toBe(one.stdout);
  });
});
