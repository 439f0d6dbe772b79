import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIo } from '../io-helpers.js';

let dir: string;
let work: string;
const NOTE = 'note: settings from ../funnel.config.json (flags override them; --no-config ignores the file)\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'funnel-config-cli-'));
  work = join(dir, 'work');
  await mkdir(work);
  // A header no alias knows, and one the config maps away from its usual meaning.
  await writeFile(join(work, 'team.csv'), 'Week,Belpogingen,Gesprekken (DM),Deals,Afspraken\n2026-W01,100,40,3,8\n2026-W02,120,30,2,6\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function withConfig(config: unknown, args: string[], cwd = work) {
  await writeFile(join(dir, 'funnel.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  const io = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const json = (out: string) => JSON.parse(out) as Record<string, any>;

describe('settings from funnel.config.json, under the flags', () => {
  it('plan takes its settings from the file found above the working directory, and says so once', async () => {
    const { code, out, err } = await withConfig({ daysPerWeek: 4, meetingsPerWeek: 8, workdayHours: 6 }, ['plan', '--format', 'json']);
    expect(code).toBe(0);
    expect(json(out).target).toEqual({ meetings_per_day: 2, meetings_per_week: 8, days_per_week: 4, workday_hours: 6, selling_share: 0.39 });
    expect(err.startsWith(NOTE)).toBe(true);
    expect(err.split(NOTE)).toHaveLength(2);
  });
  it('a flag overrides the file', async () => {
    const { out } = await withConfig({ daysPerWeek: 4, meetingsPerWeek: 8 }, ['plan', '--format', 'json', '--days-per-week', '5']);
    expect(json(out).target.meetings_per_day).toBe(1.6);
  });
  it('a flag for one of two alternatives drops the file\'s other one (no "not both" error)', async () => {
    const day = await withConfig({ meetingsPerWeek: 8 }, ['plan', '--format', 'json', '--meetings-per-day', '3']);
    expect(day.code).toBe(0);
    expect(json(day.out).target.meetings_per_day).toBe(3);
    const pace = await withConfig({ dialsPerHour: 20 }, ['plan', '--meetings-per-day', '3', '--format', 'json', '--minutes-per-dial', '3', '--minutes-per-conversation', '6']);
    expect(json(pace.out).time_model).toMatchObject({ kind: 'flag', minutes_per_dial: 3, minutes_per_conversation: 6 });
    const scope = await withConfig({ window: 2, min: { 'meetings/reached': 0.1 } }, ['check', 'team.csv', '--map', 'Belpogingen=dials', '--map', 'Gesprekken (DM)=reached', '--map', 'Deals=ignore', '--all', '--format', 'json']);
    expect(json(scope.out).checks[0].scope).toBe('2026-W01..2026-W02');
  });
  it('--quiet drops the note; --no-config ignores the file', async () => {
    const quiet = await withConfig({ meetingsPerDay: 3 }, ['plan', '--quiet']);
    expect(quiet.err).toBe('');
    const ignored = await withConfig({ meetingsPerDay: 3 }, ['plan', '--no-config']);
    expect(ignored.code).toBe(2);
    expect(ignored.err).toBe('error: give a target: --meetings-per-day N or --meetings-per-week N\ne.g. funnel plan --meetings-per-day 3\n');
  });
  it('--config FILE names the file; a missing one is an error', async () => {
    await writeFile(join(work, 'team.json'), JSON.stringify({ meetingsPerDay: 2 }));
    const io = memoryIo({ cwd: work });
    expect(await main(['plan', '--config', 'team.json', '--format', 'json'], io)).toBe(0);
    expect(json(io.out.join('')).target.meetings_per_day).toBe(2);
    expect(io.err.join('')).toContain('note: settings from team.json ');
    const missing = memoryIo({ cwd: work });
    expect(await main(['plan', '--config', 'nope.json'], missing)).toBe(2);
    expect(missing.err.join('')).toBe('nope.json: file not found — check the path and spelling\n');
  });
  it('a broken file stops every command with exit 2 before anything is read', async () => {
    const { code, out, err } = await withConfig({ dayPerWeek: 5 }, ['report', 'team.csv']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('../funnel.config.json: dayPerWeek: is not a setting — did you mean "daysPerWeek"?\n');
  });
});

describe('map, outcome, min and max merge entry by entry', () => {
  const map = { Belpogingen: 'dials', 'Gesprekken (DM)': 'reached', Deals: 'meetings', Afspraken: 'ignore' };
  it('report reads the file through the config\'s map', async () => {
    const { code, out } = await withConfig({ map }, ['report', 'team.csv', '--format', 'json']);
    expect(code).toBe(0);
    expect(json(out).totals).toMatchObject({ dials: 220, reached: 70, meetings: 5 });
  });
  it('a --map flag overrides one entry and keeps the others', async () => {
    const { code, out } = await withConfig({ map }, ['report', 'team.csv', '--format', 'json', '--map', 'Deals=ignore', '--map', 'Afspraken=meetings']);
    expect(code).toBe(0);
    expect(json(out).totals).toMatchObject({ dials: 220, reached: 70, meetings: 14 });
  });
  it('--min for a ratio replaces the file\'s bound for that ratio only', async () => {
    const config = { map, min: { 'meetings/reached': 0.5, 'reached/dials': 0.2 } };
    const { out } = await withConfig(config, ['check', 'team.csv', '--all', '--format', 'json', '--min', 'meetings/reached=0.01']);
    const bounds = json(out).checks.map((c: { ratio: string; bound: number }) => [c.ratio, c.bound]);
    expect(bounds).toEqual([['reached/dials', 0.2], ['meetings/reached', 0.01]]);
  });
  it('check takes tolerance, ratio and a baseline relative to the config file', async () => {
    const base = memoryIo({ cwd: work });
    await main(['report', 'team.csv', '--format', 'json', '--no-config', '--map', 'Belpogingen=dials', '--map', 'Gesprekken (DM)=reached', '--map', 'Deals=meetings', '--map', 'Afspraken=ignore', '-o', '../base.json'], base);
    const { code, out } = await withConfig({ map, baseline: 'base.json', ratio: ['meetings/reached'], tolerance: 0.25, alpha: 0.01 }, ['check', 'team.csv', '--format', 'json']);
    expect(code).toBe(0);
    const result = json(out);
    expect(result.settings).toMatchObject({ alpha: 0.01, tolerance: 0.25 });
    expect(result.checks).toHaveLength(1);
    expect(result.checks[0]).toMatchObject({ ratio: 'meetings/reached', kind: 'baseline', bound: (5 / 70) * 0.75 });
  });
});

describe('decided by config, not by a flag', () => {
  it('marks map and outcome entries that came from the file', async () => {
    const { markConfigDecisions } = await import('../../src/commands/inputs.js');
    const { callLogUnderstanding } = await import('../render/inspect-fixtures.js');
    const f = callLogUnderstanding();
    f.columns[0] = { ...f.columns[0]!, decided_by: 'map', why: '' };
    f.columns[1] = { ...f.columns[1]!, decided_by: 'map', why: '' };
    f.calllog!.outcomes[0] = { ...f.calllog!.outcomes[0]!, decided_by: 'outcome' };
    const [marked] = markConfigDecisions([f], { map: ['activity DATE'], outcome: ['connected'] });
    expect(marked!.columns.map((c) => c.decided_by)).toEqual(['config', 'map', 'words', 'words', 'words']);
    expect(marked!.calllog!.outcomes.map((o) => o.decided_by)).toEqual(['config', 'words', 'words', 'unknown', 'unknown']);
  });
});

describe('inspect --write-config over a draft that is still open', () => {
  it('says how to start over instead of fixing it', async () => {
    const folder = await mkdtemp(join(dir, 'draft-'));
    await writeFile(join(folder, 'team.csv'), 'Week,Dials,Reached,Meetings\n2026-W01,10,5,1\n');
    await writeFile(join(folder, 'funnel.config.json'), '{"map": {"Notes": "?"}}');
    const io = memoryIo({ cwd: folder });
    expect(await main(['inspect', 'team.csv', '--write-config', '--force'], io)).toBe(2);
    expect(io.err.join('')).toBe(
      'funnel.config.json: map.Notes: needs a decision — replace "?" with a field: week, rep, dials, reached, callbacks_short, callbacks_long, callbacks, meetings, hours, year, timestamp, date, time, outcome, direction, duration, contact, ignore\n' +
      'funnel.config.json: to write a new draft instead of fixing this one — add --no-config --force\n',
    );
    const again = memoryIo({ cwd: folder });
    expect(await main(['inspect', 'team.csv', '--write-config', '--force', '--no-config'], again)).toBe(0);
    expect(JSON.parse(await readFile(join(folder, 'funnel.config.json'), 'utf8')).map).toEqual({ Week: 'week', Dials: 'dials', Reached: 'reached', Meetings: 'meetings' });
  });
});

describe('one config for several exports', () => {
  it('entries and call-log settings a weekly table does not use are not reported as mistakes; the same as flags are', async () => {
    const config = { tz: 'Europe/Brussels', outcome: { 'Code 17': 'meeting' }, map: { 'Call started': 'timestamp', Belpogingen: 'dials', 'Gesprekken (DM)': 'reached', Deals: 'meetings', Afspraken: 'ignore' } };
    const quiet = await withConfig(config, ['report', 'team.csv', '--format', 'json']);
    expect(quiet.code).toBe(0);
    expect(quiet.err.split('\n').filter((l) => !l.startsWith('warning: too little data'))).toEqual([NOTE.trimEnd(), '']);
    const flags = await withConfig({}, ['report', 'team.csv', '--format', 'json', '--tz', 'UTC', '--map', 'Nope=ignore', '--map', 'Belpogingen=dials', '--map', 'Gesprekken (DM)=reached', '--map', 'Deals=meetings', '--map', 'Afspraken=ignore']);
    expect(flags.err).toContain('warning: --map "Nope=ignore": no input has a column "Nope"\n');
    expect(flags.err).toContain('warning: --tz has no effect: no input is a call log, and weekly tables name their weeks themselves\n');
  });
});

describe('settings from funnel.config.json and the plan-tracking flags', () => {
  it('check --plan leaves the file\'s ratio-check settings to other runs', async () => {
    await writeFile(join(work, 'hist.csv'), 'week,dials,reached,meetings\n2026-W01,100,40,8\n2026-W02,120,30,6\n');
    const planned = await withConfig({ meetingsPerWeek: 7 }, ['plan', '--from', 'hist.csv', '--format', 'json', '-o', 'plan.json', '--quiet']);
    expect(planned.code).toBe(0);
    const { code, out } = await withConfig({ min: { 'meetings/reached': 0.1 }, tolerance: 0.2, strict: true }, ['check', 'hist.csv', '--plan', 'plan.json', '--format', 'json', '--quiet']);
    expect(code).toBe(0);
    expect(json(out).checks).toHaveLength(1);
  });
});

describe('durationUnit: the unit of a call log\'s plain-number durations, fixed once', () => {
  it('reads "Talk" (no unit in its header) as minutes from the file, as --duration-unit min does', async () => {
    // Two calls of 2 and 3 minutes: 300 s of talk time, not 5 s.
    await writeFile(join(work, 'calls.csv'), 'Call date,Outcome,Talk\n2026-01-05 09:00,Connected,2\n2026-01-05 10:00,No answer,3\n');
    const args = ['report', 'calls.csv', '--tz', 'UTC', '--format', 'json', '--quiet'];
    const fromFile = await withConfig({ durationUnit: 'min' }, args);
    expect(fromFile.code).toBe(0);
    expect(json(fromFile.out).totals.talk_seconds).toBe(300);
    const fromFlag = await withConfig({}, [...args, '--duration-unit', 'min']);
    expect(json(fromFlag.out).totals.talk_seconds).toBe(300);
  });
  it('refuses a unit it does not know, naming the choices', async () => {
    const { code, err } = await withConfig({ durationUnit: 'minutes please' }, ['plan', '--meetings-per-day', '3']);
    expect(code).toBe(2);
    expect(err).toContain('durationUnit: "minutes please" is not a unit');
  });
});
