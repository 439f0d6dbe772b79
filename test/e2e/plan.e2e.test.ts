import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { funnel } from './run-cli.js';

/** The plan's facts wrap under their 12-column label to fit 80 columns; join them back to one line. */
const unwrap = (text: string) => text.replace(/\n {12}(?=\S)/g, ' ');

/**
 * A 4-week, 2-rep history whose numbers are easy by hand: every rep dials 20 an hour.
 * Team: 800 dials, 250 reached, 26 meetings, 40 h. Anna in W03–W04: 240 dials, 85 reached, 10 meetings, 12 h.
 */
const TEAM = `week,rep,dials,reached,meetings,hours
2026-W01,Anna,100,30,3,5
2026-W01,Ben,80,20,2,4
2026-W02,Anna,120,40,5,6
2026-W02,Ben,90,30,2,5
2026-W03,Anna,110,40,4,5
2026-W03,Ben,100,25,3,5
2026-W04,Anna,130,45,6,7
2026-W04,Ben,70,20,1,3
`;

const dir = mkdtempSync(join(tmpdir(), 'funnel-plan-'));
const team = join(dir, 'team.csv');
writeFileSync(team, TEAM);

const THIN_REFERENCE =
  'warning: thin history: 1 week and 9 meetings behind these rates (under 4 weeks or 10 meetings), so the 90 % range is wide: 22 to 62 dials/day. ' +
  'With 4 times the data (4 weeks like these) at the same rates it would be about 0.47 times as wide: 28 to 47.\n';

describe('funnel plan (end to end)', () => {
  it('works on a fresh install with no file: the reference funnel, hours and a range', () => {
    const run = funnel(['plan', '--meetings-per-day', '3']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    // 3 ÷ (9/106) = 35.33 → 36 dials; (35.33 − 12.67) × 2 min + 12.67 × 5 min = 1.81 h.
    expect(lines[0]).toBe('3 meetings/day ~ 36 dials ~ 1.8 h of calling a day; 90 % range 22-62 dials');
    expect(run.stdout).toMatch(/\| meetings\s+\|\s+3 \|\s+15 \|/);
    expect(run.stdout).toMatch(/\| conversations \(reached\) \|\s+13 \|\s+64 \|/);
    expect(run.stdout).toMatch(/\| dials\s+\|\s+36 \|\s+177 \|/);
    expect(run.stdout).toMatch(/\| hours of calling\s+\|\s+1\.8 \|\s+9\.1 \|/);
    expect(unwrap(run.stdout)).toContain('Rates       built-in reference week 9/38/106 (three trainees at a Belgian sales consultancy, one week)');
    expect(unwrap(run.stdout)).toContain(
      'Time model  default: 2 min per dial that does not reach a decision-maker, 5 min per conversation, logging included (19.5 dials/h on these rates)',
    );
    expect(unwrap(run.stdout)).toContain("Capacity    1.8 h of calling a day = 58 % of one rep's selling time (8 h x 39 % = 3.1 h) -> 1 rep");
    expect(unwrap(run.stdout)).toContain('Confidence  69 dials/day book 3 meetings on at least 90 % of days');
    expect(run.stdout).toMatch(/\| reached\/dials\s+\|\s+35\.8 % \|\s+39\.4 % \|\s+33 \|\s+-3\.2 \|\s+1\.70 \|\s+-0\.11 \|/);
    expect(run.stdout).not.toMatch(/\u001b\[|[█≈→]/);
    for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(run.stderr).toBe(THIN_REFERENCE);
  });

  it('prints the issue\'s JSON shape with exact values', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--format', 'json', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const plan = JSON.parse(run.stdout);
    expect(plan.source).toMatchObject({ kind: 'reference', files: [], weeks: 1, counts: { dials: 106, reached: 38, meetings: 9 } });
    expect(plan.target).toMatchObject({ meetings_per_day: 3, days_per_week: 5 });
    expect(plan.per_day.dials).toBeCloseTo(3 / (9 / 106), 10);
    expect(plan.per_day.reached).toBeCloseTo(3 / (9 / 38), 10);
    expect(plan.per_week.dials).toBeCloseTo(176.667, 3);
    expect(plan.per_week.reached).toBeCloseTo(63.333, 3);
    expect(plan.time_model).toMatchObject({ kind: 'default', minutes_per_dial: 2, minutes_per_conversation: 5 });
    expect(plan.confident_dials_per_day).toBe(69);
    expect(plan.warnings).toEqual([THIN_REFERENCE.slice('warning: '.length, -1)]);
  });

  it('plans from a history with the pace measured from its hours column', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--from', team, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(''); // 4 weeks and 26 meetings: not thin
    const plan = JSON.parse(run.stdout);
    expect(plan.source).toMatchObject({ kind: 'history', weeks: 4, counts: { dials: 800, reached: 250, meetings: 26 }, files: [team] });
    expect(plan.per_day.dials).toBeCloseTo(3 / (26 / 800), 10); // 92.31
    expect(plan.per_day.reached).toBeCloseTo(3 / (26 / 250), 10); // 28.85
    expect(plan.time_model).toEqual({ kind: 'history', dials_per_hour: 20, minutes_per_dial: null, minutes_per_conversation: null, measured: { dials: 800, hours: 40 } });
    expect(plan.per_day.hours).toBeCloseTo(3 / (26 / 800) / 20, 10); // 4.62 h
    expect(plan.reps_needed).toBeCloseTo(3 / (26 / 800) / 20 / (8 * 0.39), 10);
  });

  it('--rep and --last choose part of the history; a weekly target is spread over the days', () => {
    const run = funnel(['plan', '--meetings-per-week', '8', '--days-per-week', '4', '--from', team, '--rep', 'anna', '--last', '2', '--no-color']);
    expect(run.code).toBe(0);
    // Anna, W03–W04: 10/85/240 over 2 weeks; 8 a week over 4 days = 2 a day → 2 ÷ (10/240) = 48 dials, 2 ÷ (10/85) = 17 conversations, 48 ÷ 20 = 2.4 h.
    expect(run.stdout.split('\n')[0]).toMatch(/^2 meetings\/day ~ 48 dials ~ 2\.4 h of calling a day; 90 % range \d+-\d+ dials$/);
    expect(unwrap(run.stdout)).toContain('Rates       the history of Anna: 10/85/240 over 2 weeks from ' + team);
    expect(unwrap(run.stdout)).toContain("Time model  measured from the history's hours: 240 dials in 12 h = 20 dials/h");
    expect(run.stdout).toMatch(/\| dials\s+\|\s+48 \|\s+192 \|/);
    expect(run.stderr).toMatch(/^warning: thin history: 2 weeks and 10 meetings behind these rates/);
  });

  it('--last beyond the history uses all of it and says so', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--from', team, '--last', '10', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('warning: --last 10: the history has 4 weeks; using all of them\n');
    expect(JSON.parse(run.stdout).source).toMatchObject({ weeks: 4, last: 10 });
  });

  it('--ratios wins over --from, whose hours column still gives the pace', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--ratios', '9/38/106', '--from', team, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^warning: the rates come from --ratios; --from is used only for its time \(hours or talk time\)\nwarning: thin history: 9 meetings behind/);
    const plan = JSON.parse(run.stdout);
    expect(plan.source).toMatchObject({ kind: 'explicit', counts: { meetings: 9, reached: 38, dials: 106 }, weeks: null });
    expect(plan.time_model).toMatchObject({ kind: 'history', dials_per_hour: 20 });
    expect(plan.per_day.hours).toBeCloseTo(3 / (9 / 106) / 20, 10);
  });

  it('the minutes flags replace the default time model', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--minutes-per-dial', '1', '--minutes-per-conversation', '6', '--format', 'json', '-q']);
    const plan = JSON.parse(run.stdout);
    expect(plan.time_model).toMatchObject({ kind: 'flag', minutes_per_dial: 1, minutes_per_conversation: 6 });
    // (35.33 − 12.67) × 1 min + 12.67 × 6 min = 98.67 min.
    expect(plan.per_day.hours).toBeCloseTo(((3 / (9 / 106) - 3 / (9 / 38)) * 1 + (3 / (9 / 38)) * 6) / 60, 10);
  });

  it('reads the history from stdin with --from - and maps an odd header with --map', () => {
    const input = 'week,Gesprekken,dials,meetings\n2026-W01,40,100,10\n';
    const run = funnel(['plan', '--meetings-per-day', '2', '--from', '-', '--map', 'Gesprekken=reached', '--format', 'json', '-q'], { input });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.source).toMatchObject({ files: ['<stdin>'], counts: { dials: 100, reached: 40, meetings: 10 } });
    expect(plan.per_day.dials).toBeCloseTo(2 / (10 / 100), 12); // 20 dials
  });

  it('explicit rates win, have no range, and say so', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--reach-rate', '0.36', '--meeting-rate', '0.24', '--dials-per-hour', '20']);
    expect(run.code).toBe(0);
    // 3 ÷ (0.36 × 0.24) = 34.72 → 35 dials; ÷ 20 an hour = 1.74 h.
    expect(run.stdout.split('\n')[0]).toBe('3 meetings/day ~ 35 dials ~ 1.7 h of calling a day; no range (no counts behind the rates)');
    expect(unwrap(run.stdout)).toContain('Range       none: rates given without counts carry no sampling range; give --ratios M/R/D or --from FILE for one');
    expect(unwrap(run.stdout)).toContain('Time model  --dials-per-hour 20');
    expect(unwrap(run.stdout)).toContain('Confidence  60 dials/day book 3 meetings on at least 90 % of days (chance day to day; the rates are taken as exact)');
    expect(run.stderr).toBe('');
  });

  it('a history whose hours column has a blank says why its pace is not used', () => {
    const csv = 'week,dials,reached,meetings,hours\n2026-W01,100,30,3,5\n2026-W02,100,30,4,\n2026-W03,100,30,4,6\n2026-W04,100,30,4,6\n';
    const run = funnel(['plan', '--meetings-per-day', '2', '--from', '-', '--format', 'json'], { input: csv });
    expect(JSON.parse(run.stdout).time_model.kind).toBe('default');
    expect(run.stderr).toContain('warning: hours: blank in 1 of 4 rows (<stdin>:3), so the plan cannot measure its pace from them and uses the default time model; fill in the blanks\n');
  });

  it('a huge target groups thousands in every cell, meetings and hours too', () => {
    const out = funnel(['plan', '--meetings-per-day', '1e6', '-q']).stdout;
    // 1e6 × 5 = 5,000,000 meetings a week; hours 1e6 × 106/9 dials × 3.08 min ÷ 60 ≈ 603,703.7 a day
    expect(out).toMatch(/\| meetings +\| +1,000,000 \| +5,000,000 \|/);
    expect(out).toMatch(/\| hours of calling +\| +603,703\.7 \| +3,018,518\.5 \|/);
    expect(out).not.toMatch(/\d{4}/); // no ungrouped run of four digits anywhere (years aside, none here)
  });

  it('a target beyond the search limit says so instead of claiming no number of dials would do', () => {
    // 1e9 meetings a day at 9/106 need about 1e9 × 106/9 ≈ 1.18e10 dials, past the 10,000,000 the search tries.
    const run = funnel(['plan', '--meetings-per-day', '1e9', '-q']);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout)).toContain('Confidence  more than 10,000,000 dials a day (where the search stops) to book 1,000,000,000 meetings on at least 90 % of days');
    expect(run.stdout).not.toContain('no number of dials');
  });

  it('--what-if recomputes with a changed ratio', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--what-if', 'meetings/reached=30%', '--format', 'json', '-q']);
    const plan = JSON.parse(run.stdout);
    expect(plan.per_day.dials).toBeCloseTo(3 / ((38 / 106) * 0.3), 10); // 27.89
    expect(plan.source.what_if).toEqual([{ ratio: 'meetings/reached', value: 0.3 }]);
    expect(plan.source.rates['meetings/reached']).toBeCloseTo(9 / 38, 12);
  });

  it('--format md and --output write a Markdown plan atomically', () => {
    const out = join(dir, 'plan.md');
    const run = funnel(['plan', '--meetings-per-day', '3', '--format', 'md', '--output', out, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('**3 meetings/day ≈ 36 dials ≈ 1.8 h of calling a day; 90 % range 22–62 dials**');
    expect(md).toContain('| dials | 36 | 177 |');
  });
});

describe('funnel plan on the shipped fixtures', () => {
  it('team-8-weeks: 8 weeks × 3 reps pooled, pace from the hours column', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--from', 'fixtures/team-8-weeks.csv', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const plan = JSON.parse(run.stdout);
    // Dials 864 (Anna) + 843 (Bram) + 826 (Chris); reached 312 + 276 + 252; meetings 61 + 39 + 23; hours 86.5 + 84.5 + 83.
    expect(plan.source).toMatchObject({ kind: 'history', weeks: 8, counts: { dials: 2533, reached: 840, meetings: 123 } });
    expect(plan.time_model).toMatchObject({ kind: 'history', measured: { dials: 2533, hours: 254 } });
    expect(plan.per_day.dials).toBeCloseTo(3 / (123 / 2533), 10); // 61.78
    expect(plan.per_day.reached).toBeCloseTo(3 / (123 / 840), 10); // 20.49
    expect(plan.per_day.hours).toBeCloseTo(3 / (123 / 2533) / (2533 / 254), 10); // 6.20 h
    // scipy.stats.beta.ppf([0.05, 0.95], 123.5, 2410.5) → 3 ÷ those = 53.60 to 71.58.
    expect(plan.interval.dials_per_day[0]).toBeCloseTo(53.6018, 3);
    expect(plan.interval.dials_per_day[1]).toBeCloseTo(71.5803, 3);
  });

  it('team-8-weeks, Anna\'s last 2 weeks: 19/71/188 in 23.5 h', () => {
    const run = funnel(['plan', '--meetings-per-day', '2', '--from', 'fixtures/team-8-weeks.csv', '--rep', 'Anna', '--last', '2', '--format', 'json', '-q']);
    const plan = JSON.parse(run.stdout);
    expect(plan.source).toMatchObject({ weeks: 2, rep: 'Anna', counts: { dials: 96 + 92, reached: 36 + 35, meetings: 9 + 10 } });
    expect(plan.per_day.dials).toBeCloseTo(2 / (19 / 188), 10);
    expect(plan.time_model.dials_per_hour).toBe(188 / 23.5);
  });

  it('the 108-dial variant of the reference week: 3 ÷ (9/108) = exactly 36 dials, 180 a week', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--from', 'fixtures/reference-week-108.csv', '-q']);
    expect(run.stdout.split('\n')[0]).toMatch(/^3 meetings\/day ~ 36 dials ~ /);
    expect(run.stdout).toMatch(/\| dials\s+\|\s+36 \|\s+180 \|/);
  });

  it('the Dutch export: thousands dots, decimal-comma hours, the Totaal row skipped', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--from', 'fixtures/nl-export.csv']);
    expect(run.code).toBe(0);
    // 3 ÷ (184/4385) = 71.49 → 72 dials; 4385 dials in 401.25 h = 10.93 an hour → 6.54 h.
    expect(run.stdout.split('\n')[0]).toBe('3 meetings/day ~ 72 dials ~ 6.5 h of calling a day; 90 % range 64-81 dials');
    expect(run.stderr).toBe('warning: fixtures/nl-export.csv:7: skipped summary row "Totaal" (totals are computed, never counted twice)\n');
  });

  it('a HubSpot call log: the pace from its talk time', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--from', 'fixtures/calllog-hubspot.csv', '--format', 'json', '-q']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    // 13 outbound dials, 6 reached, 3 meetings; talk 190 + 35 + 365 + 300 + 60 + 277 + 20 + 150 + 40 + 435 = 1872 s
    // = 2.4 min a dial, + (55 + 61) / 68 min of dialling and logging → 14.61 dials/h.
    expect(plan.source.counts).toEqual({ dials: 13, reached: 6, meetings: 3 });
    expect(plan.time_model).toMatchObject({ kind: 'history', measured: { dials: 13, talk_seconds: 1872 } });
    expect(plan.time_model.dials_per_hour).toBeCloseTo(60 / (1872 / 60 / 13 + 116 / 68), 10);
    expect(plan.per_day.hours).toBeCloseTo((3 / (3 / 13)) / (60 / (1872 / 60 / 13 + 116 / 68)), 10);
  });

  it('takes the call-log options of report: --outcome and --tz', () => {
    const run = funnel(['plan', '--meetings-per-day', '3', '--from', 'fixtures/calllog-hubspot.csv', '--outcome', 'Connected=meeting', '--tz', 'UTC', '--format', 'json', '-q']);
    expect(run.code).toBe(0);
    const counts = JSON.parse(run.stdout).source.counts;
    expect(counts.dials).toBe(13);
    expect(counts.meetings).toBe(3 + 2); // the 2 outbound "Connected" calls now count as meetings too (the inbound one is no dial)
  });

  it('a broken file gets the same message as report: FILE:LINE:COL, exit 2', () => {
    const args = ['--from', 'fixtures/broken/meetings-over-reached.csv'];
    const run = funnel(['plan', '--meetings-per-day', '3', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'fixtures/broken/meetings-over-reached.csv:2:4: meetings: 39 is more than reached (38) — a meeting is booked in a conversation with a decision-maker; check both cells\n',
    );
    expect(run.stderr).toBe(funnel(['report', 'fixtures/broken/meetings-over-reached.csv']).stderr);
  });
});

describe('funnel plan: bad flags and files (exit 2, no stack trace)', () => {
  const cases: [string[], string][] = [
    [['plan'], 'error: give a target: --meetings-per-day N or --meetings-per-week N\ne.g. funnel plan --meetings-per-day 3\n'],
    [['plan', '--meetings-per-day', '0'], 'error: --meetings-per-day must be a number above 0, got "0"\n'],
    [['plan', '--meetings-per-day', '-1'], 'error: --meetings-per-day must be a number above 0, got "-1"\n'],
    [['plan', '--meetings-per-week', 'lots'], 'error: --meetings-per-week must be a number, got "lots"\n'],
    [['plan', '--meetings-per-day', '3', '--meetings-per-week', '15'], 'error: give either --meetings-per-day or --meetings-per-week, not both\n'],
    [['plan', '--meetings-per-day', '3', '--ratios', '9/38'], 'error: --ratios must be three whole numbers above 0 as meetings/reached/dials, got "9/38"\ne.g. --ratios 9/38/106\n'],
    [['plan', '--meetings-per-day', '3', '--ratios', '0/38/106'], 'error: --ratios must be three whole numbers above 0 as meetings/reached/dials, got "0/38/106"\ne.g. --ratios 9/38/106\n'],
    [['plan', '--meetings-per-day', '3', '--ratios', '9/200/106'], 'error: --ratios 9/200/106: reached (200) cannot be more than dials (106)\nthe order is meetings/reached/dials, e.g. 9/38/106\n'],
    [['plan', '--meetings-per-day', '3', '--ratios', '40/38/106'], 'error: --ratios 40/38/106: meetings (40) cannot be more than reached (38)\nthe order is meetings/reached/dials, e.g. 9/38/106\n'],
    [['plan', '--meetings-per-day', '3', '--reach-rate', '36', '--meeting-rate', '0.24'], 'error: --reach-rate must be above 0 and at most 1, got "36"\nwrite 36 % as 0.36 or 36%\n'],
    [['plan', '--meetings-per-day', '3', '--reach-rate', '0.36'], 'error: --reach-rate and --meeting-rate go together\nto change one stage of the history or the reference, use --what-if "reached/dials=0.40"\n'],
    [['plan', '--meetings-per-day', '3', '--confidence', '1'], 'error: --confidence must be between 0 and 1 (exclusive), got "1"\ne.g. 0.9 for 9 days out of 10\n'],
    [['plan', '--meetings-per-day', '3', '--what-if', 'callbacks/reached=0.5'], 'error: --what-if "callbacks/reached=0.5": callbacks/reached is not a stage ratio of the plan\nratios: reached/dials, meetings/reached, meetings/dials; e.g. --what-if "meetings/reached=0.30"\n'],
    [['plan', '--meetings-per-day', '3', '--days-per-week', '8'], 'error: --days-per-week must be at most 7, got "8"\n'],
    [['plan', '--meetings-per-day', '3', '--from', team, '--last', '0'], 'error: --last must be a whole number above 0, got "0"\n'],
    [['plan', '--meetings-per-day', '3', '--what-if', 'x'], 'error: --what-if must look like RATIO=VALUE, got "x"\nratios: reached/dials, meetings/reached, meetings/dials; e.g. --what-if "meetings/reached=0.30"\n'],
    [['plan', '--meetings-per-day', '3', '--format', 'csv'], "error: option '-f, --format <format>' argument 'csv' is invalid. Allowed choices are table, json, md, html.\n(run with --help for usage and examples)\n"],
    [['plan', '--meetings-per-day', '3', '--rep', 'Anna'], 'error: --rep chooses from a history: add --from FILE\n'],
    [['plan', '--meetings-per-day', '3', '--from', team, '--rep', 'Zoe'], 'error: no rep "Zoe" in the history\nreps found: Anna, Ben\n'],
    [['plan', '--meetings-per-day', '3', '--dials-per-hour', '20', '--minutes-per-dial', '2'], 'error: give the time model one way: --dials-per-hour or --minutes-per-dial/--minutes-per-conversation, not both\n'],
    [['plan', '--meetings-per-day', '3', '--from', 'no-such.csv'], 'no-such.csv: file not found — check the path and spelling\n'],
  ];
  it.each(cases)('funnel %j', (args, stderr) => {
    const run = funnel(args);
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('a history without meetings is a clear error, not Infinity', () => {
    const empty = join(dir, 'no-meetings.csv');
    writeFileSync(empty, 'week,dials,reached,meetings\n2026-W01,50,10,0\n2026-W02,40,8,0\n');
    const run = funnel(['plan', '--meetings-per-day', '3', '--from', empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: the history has no meetings (0/18/90), so no number of dials is known to book one\n' +
        'use more weeks of history, or give rates with --ratios M/R/D or --reach-rate R --meeting-rate M\n',
    );
  });
});
