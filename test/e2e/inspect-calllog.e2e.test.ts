import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_URL } from '../../src/schema-location.js';
import { ROOT, funnel } from './run-cli.js';

/**
 * README "Your own export", step by step, on an export in a layout of its own: inspect it, write the
 * starting config, fill in the open entries, and from then on report, plan --from and check read it
 * right with no flags. The counts are the file's, counted by hand (fixtures/README.md):
 *   2026-W02: 7 outbound dials, 4 reached, 2 meetings;  2026-W03: 7, 4, 1  (one inbound call skipped)
 *   Anna 8, 5, 2;  Bram 6, 3, 1;  talk time of the outbound calls 1,248 s.
 */

/** What only the user knows: what the dialer's codes and this export's columns mean. */
const DECISIONS: Readonly<Record<string, Record<string, string>>> = {
  outcome: { 'Code 4': 'reached', 'Code 17': 'meeting' },
  map: { 'Call started': 'timestamp', Agent: 'rep', Direction: 'direction', 'Disposition code': 'outcome', 'Talk time (sec)': 'duration', Customer: 'ignore' },
};

let dir: string;
const run = (args: string[]) => funnel(args, { cwd: dir });
const readConfig = async () => JSON.parse(await readFile(join(dir, 'funnel.config.json'), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'funnel-own-export-'));
  await copyFile(join(ROOT, 'fixtures/inspect/dialer-codes.csv'), join(dir, 'export.csv'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('your own export: inspect → --write-config → fill in → no flags', () => {
  it('1. inspect shows what was understood and what is open, exit 2', () => {
    const { code, stdout } = run(['inspect', 'export.csv']);
    expect(code).toBe(2);
    expect(stdout).toContain('  read as       call log');
    expect(stdout).toMatch(/^\s+4 {2}Disposition code\s+outcome\s/m);
    expect(stdout).toMatch(/^! Code 17\s+\? \w[^\n]*\s3$/m);
    expect(stdout).toContain('    --outcome "Code 17=');
    expect(stdout.trimEnd().replace(/\n/g, ' ')).toMatch(/run "funnel inspect export\.csv --write-config" and replace each "\?" in it\.$/);
  });

  it('2. --write-config writes the starting config, with "?" where only the user can decide', async () => {
    const { code, stderr } = run(['inspect', 'export.csv', '--write-config']);
    expect(code).toBe(2);
    const config = await readConfig();
    expect(config.$schema).toBe(SCHEMA_URL);
    expect(config.tz).toBe('Europe/Brussels');
    const outcome = config.outcome as Record<string, string>;
    expect(outcome).toMatchObject({ 'No answer': 'dial' });
    expect(outcome['Code 4']).toMatch(/^\?/);
    expect(outcome['Code 17']).toMatch(/^\?/);
    const open = Object.values({ ...outcome, ...(config.map as Record<string, string>) }).filter((v) => v.startsWith('?')).length;
    expect(open).toBeGreaterThanOrEqual(2);
    expect(stderr).toContain(`wrote funnel.config.json: ${open} entries are marked "?": replace each before funnel reads the file\n`);
  });

  it('3. until every "?" is filled in, every command stops and names the open keys', () => {
    const { code, stdout, stderr } = run(['report', 'export.csv']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('funnel.config.json: outcome["Code 17"]: needs a decision');
  });

  it('4. --write-config never replaces the file without --force', async () => {
    const before = await readFile(join(dir, 'funnel.config.json'), 'utf8');
    const { code, stderr } = run(['inspect', 'export.csv', '--write-config', '--no-config']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: funnel.config.json already exists, and --write-config never replaces a file on its own\nadd --force to replace it, or name another file: --write-config draft.json\n');
    expect(await readFile(join(dir, 'funnel.config.json'), 'utf8')).toBe(before);
  });

  it('5. filled in, inspect passes (exit 0) and shows the decisions as the config\'s', async () => {
    const config = await readConfig();
    for (const key of ['map', 'outcome'] as const) {
      const entries = config[key] as Record<string, string>;
      for (const [k, v] of Object.entries(entries)) if (v.startsWith('?')) entries[k] = DECISIONS[key]![k]!;
    }
    config.min = { 'meetings/reached': 0.2 };
    await writeFile(join(dir, 'funnel.config.json'), JSON.stringify(config, null, 2));
    const { code, stdout, stderr } = run(['inspect', 'export.csv']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}Code 17\s+meeting \(config\)\s+3$/m);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('understood: every column and outcome label of 1 file');
    expect(stderr).toContain('note: settings from funnel.config.json (flags override them; --no-config ignores the file)\n');
  });

  it('6. report reads it right with no flags', () => {
    const { code, stdout } = run(['report', 'export.csv', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.totals).toMatchObject({ dials: 14, reached: 8, meetings: 3, talk_seconds: 1248 });
    expect(report.weeks.map((w: { week: string; totals: { dials: number; reached: number; meetings: number } }) => [w.week, w.totals.dials, w.totals.reached, w.totals.meetings]))
      .toEqual([['2026-W02', 7, 4, 2], ['2026-W03', 7, 4, 1]]);
    expect(report.reps.map((r: { rep: string; totals: { dials: number; reached: number; meetings: number } }) => [r.rep, r.totals.dials, r.totals.reached, r.totals.meetings]))
      .toEqual([['Anna', 8, 5, 2], ['Bram', 6, 3, 1]]);
  });

  it('7. plan --from reads it right with no flags', () => {
    const { code, stdout } = run(['plan', '--meetings-per-day', '1', '--from', 'export.csv', '--format', 'json']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.source.counts).toEqual({ dials: 14, reached: 8, meetings: 3 });
    expect(plan.per_day.dials).toBeCloseTo(14 / 3, 10);
  });

  it('8. check reads it right with no flags, its bound from the config', () => {
    const { code, stdout } = run(['check', 'export.csv', '--format', 'json']);
    expect(code).toBe(0);
    const check = JSON.parse(stdout);
    expect(check.checks).toHaveLength(1);
    expect(check.checks[0]).toMatchObject({ ratio: 'meetings/reached', kind: 'min', scope: '2026-W03', bound: 0.2, value: 0.25, counts: { num: 1, den: 4 } });
  });
});

