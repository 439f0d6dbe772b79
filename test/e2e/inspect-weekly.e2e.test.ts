import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { funnel } from './run-cli.js';

/** README "Your own export" on a weekly table: inspect, --write-config, fill in, then no flags. */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'funnel-own-weekly-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a weekly table with a column no vocabulary knows', () => {
  let weekly: string;
  const runIn = (args: string[]) => funnel(args, { cwd: weekly });
  const decisions: Record<string, string> = { Woche: 'week', Telefonate: 'dials', Pitches: 'reached', Termine: 'meetings', Bemerkung: 'ignore' };
  beforeAll(async () => {
    weekly = await mkdtemp(join(dir, 'weekly-'));
    await writeFile(join(weekly, 'team.csv'), 'Woche;Telefonate;Pitches;Termine;Bemerkung\nKW 2 2026;120;40;9;ok\nKW 3 2026;100;30;6;\n');
  });

  it('inspect names the missing field, shows the columns it did understand, and --write-config asks about the others', async () => {
    const { code, stdout } = runIn(['inspect', 'team.csv', '--write-config']);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^ {4}3 {2}Pitches\s+- {2}/m);
    expect(stdout).toContain('no column for reached');
    expect(stdout).toContain('  read as       weekly table: not a call log; the header names week, dials,\n                meetings but no reached\n');
    const config = JSON.parse(await readFile(join(weekly, 'funnel.config.json'), 'utf8'));
    expect(config.map.Pitches).toBe('?');
    expect(config.map.Bemerkung).toBe('?');
    expect('outcome' in config || 'tz' in config).toBe(false);
    for (const [k, v] of Object.entries(config.map as Record<string, string>)) if (v.startsWith('?')) config.map[k] = decisions[k];
    await writeFile(join(weekly, 'funnel.config.json'), JSON.stringify(config));
  });

  it('filled in: inspect exit 0, report reads it with no flags', () => {
    expect(runIn(['inspect', 'team.csv']).code).toBe(0);
    const { code, stdout } = runIn(['report', 'team.csv', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).totals).toMatchObject({ dials: 220, reached: 70, meetings: 15 });
  });
});
