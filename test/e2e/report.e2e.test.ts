import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { funnel } from './run-cli.js';

describe('funnel report (end to end)', () => {
  it('prints the reference week as JSON with the documented totals and ratios', () => {
    const run = funnel(['report', 'fixtures/reference-week.csv', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.totals).toEqual({ dials: 106, reached: 38, callbacks_short: 16, callbacks_long: 3, callbacks: 19, meetings: 9, hours: null });
    expect(json.chain).toBe('9/38/106');
    expect(json.ratios['reached/dials']).toBeCloseTo(0.35849, 5);
    expect(json.ratios['meetings/reached']).toBeCloseTo(0.23684, 5);
    expect(json.ratios['meetings/dials']).toBeCloseTo(0.08491, 5);
    expect(json.ratios['callbacks/reached']).toBe(0.5);
    expect(json.weeks).toHaveLength(1);
    expect(json.weeks[0].week).toBe('2026-W45');
    expect(json).not.toHaveProperty('reps');
  });

  it('per-rep JSON has exactly the keys the README documents', () => {
    const json = JSON.parse(funnel(['report', 'fixtures/team-8-weeks.csv', '--format', 'json', '-q']).stdout);
    expect(Object.keys(json.reps[0])).toEqual(['rep', 'weeks', 'totals', 'ratios', 'intervals', 'pace', 'vs_team', 'trend']);
    expect(Object.keys(json.reps[0].vs_team)).toEqual(['reached/dials', 'meetings/reached', 'meetings/dials']);
    expect(json.reps[0].trend).toHaveLength(json.weeks.length); // one meetings/dials per week: 8 weeks
  });

  it('--format md has the rows the terminal has: callbacks/reached and the weekly change', () => {
    const md = funnel(['report', 'fixtures/team-8-weeks.csv', '--format', 'md', '-q']).stdout;
    expect(md).toContain('| callbacks/reached | 23.2 % | 20.9–25.7 % |'); // 195/840
    // W38 against W37: 13/352 − 12/362 = 3.69 % − 3.31 % = +0.38 pp
    expect(md).toContain('| 2026-W38 | 352 | 113 | 28 | 13 | 30 | 5.1 | 32.1 % | 11.5 % | 3.7 % | ▲ +0.4 pp |');
  });

  it('shows the chain, the funnel and percentages as plain text on a pipe', () => {
    const run = funnel(['report', 'fixtures/reference-week.csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Funnel 9/38/106');
    expect(run.stdout).toMatch(/Meetings\s+9\s+#+\.+\s+23\.7 % of reached, 8\.5 % of dials/);
    expect(run.stdout).not.toMatch(/\u001b\[/); // no colour codes
    expect(run.stdout).not.toMatch(/[█▲▼┌]/); // no Unicode art on a pipe
    expect(run.stderr).toContain('warning: too little data to conclude');
  });

  it('reads stdin with -', () => {
    const run = funnel(['report', '-', '--format', 'csv'], { input: 'week,dials,reached,meetings\n2026-W01,10,5,1\n' });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe('total,1/5/10,10,5,,,,1,,0.5,0.2,0.1,');
  });

  it('a missing file is exit 2 with the file named and no stack trace', () => {
    const run = funnel(['report', 'no-such.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('no-such.csv: file not found — check the path and spelling\n');
  });

  it('in a GitHub Actions job, input problems are also annotations on the file and line', () => {
    const run = funnel(['report', 'fixtures/broken/negative-count.csv'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    const annotation = lines.find((l) => l.startsWith('::error '));
    expect(annotation).toMatch(/^::error file=fixtures\/broken\/negative-count\.csv,line=\d+,col=\d+,title=funnel%3A invalid input::fixtures\/broken\/negative-count\.csv:\d+:\d+: /);
  });

  it('an unknown command suggests the right one, exit 2', () => {
    const run = funnel(['reprot', 'x.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('(Did you mean report?)');
  });

  it('a bad --map is a usage error', () => {
    const run = funnel(['report', 'fixtures/reference-week.csv', '--map', 'Gesprekken=talks']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: --map "Gesprekken=talks": "talks" is not a field\nwrite --map "Header Name=field" with field one of: week, rep, dials, reached, callbacks_short, callbacks_long, callbacks, meetings, hours, year, timestamp, date, time, outcome, direction, duration, contact, ignore\n');
  });

  it('--by rep on data without a rep column says so, exit 2', () => {
    const run = funnel(['report', 'fixtures/reference-week.csv', '--by', 'rep']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: --by rep: fixtures/reference-week.csv has no rep column\nadd a column such as "Rep" (or Verkoper, Verkäufer), or map yours with --map "Your Header=rep"\n');
  });

  it('--output writes the file atomically and prints nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'funnel-'));
    const out = join(dir, 'report.json');
    const run = funnel(['report', 'fixtures/reference-week.csv', '--format', 'json', '--output', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).chain).toBe('9/38/106');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('--output under a path that is a file: exit 2 with the reason, not an internal error (exit 3)', () => {
    expect(funnel(['report', 'fixtures/reference-week.csv', '-q', '-o', 'README.md/out.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'README.md/out.txt: cannot be written (ENOTDIR) — part of the path is a file, not a folder: check the path\n',
    });
  });

  it('--by rep with one rep says there is no one to compare with', () => {
    const run = funnel(['report', '-', '--by', 'rep', '-q'], { input: 'week,rep,dials,reached,meetings\n2026-W01,Ann,50,10,2\n' });
    expect(run.stdout).toContain('  only one rep in the data: there is no rest of the team to compare with');
    expect(run.stdout).not.toContain('no rep differs');
  });

  it('a failed run leaves no output file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'funnel-'));
    const out = join(dir, 'report.json');
    const run = funnel(['report', 'no-such.csv', '--output', out]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--help shows worked examples; no arguments prints usage, exit 0', () => {
    expect(funnel(['report', '--help']).stdout).toContain('$ funnel report fixtures/reference-week.csv');
    const bare = funnel([]);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('Examples:');
  });
});

describe('a reader that goes away', () => {
  // Issue 12 changed this from exit 0: a result that did not reach its reader is exit 2, in one line.
  it('funnel report … | head: one line and exit 2, without an EPIPE stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const { ROOT, BIN } = await import('./run-cli.js');
    const child = spawn(process.execPath, [BIN, 'report', 'fixtures/team-8-weeks.csv', '--quiet'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.destroy(); // the reader is gone before the first write
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('error: the result could not be written to standard output (EPIPE) — the program reading the output stopped before the end\n');
    expect(code).toBe(2);
  });
});

describe('plain output on a pipe', () => {
  it.each([
    [['report', 'fixtures/team-8-weeks.csv', '--by', 'rep']],
    [['plan', '--meetings-per-day', '3']],
    [['check', 'fixtures/check/week2-collapse.csv', '--min', 'meetings/dials=0.05']],
  ])('funnel %j prints pure ASCII, no colour codes', (args) => {
    const run = funnel(args);
    expect(run.stdout.length).toBeGreaterThan(100);
    expect(run.stdout).toMatch(/^[\x09\x0a\x0d\x20-\x7e]*$/);
  });

  it.each(['fixtures/team-8-weeks.csv', 'fixtures/de-export.csv', 'fixtures/nl-export.csv', 'fixtures/reference-week.csv'])(
    'funnel report %s --by rep fits 80 columns (wide week and rep tables split in two)',
    (file) => {
      const run = funnel(['report', file, '--by', 'rep', '-q']);
      for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    },
  );

  it('the split week tables both start with the week', () => {
    const out = funnel(['report', 'fixtures/team-8-weeks.csv', '-q']).stdout;
    expect(out).toContain('| Week     | Dials | Reached | Callbacks | Meetings | Hours | min/dial |');
    expect(out).toContain('| Week     |  reach | mtg/conv | mtg/dial | chg mtg/dial |');
    expect(out).toContain('| 2026-W44 | 34.8 % |   21.3 % |    7.4 % |    ^ +1.0 pp |'); // 94/270, 20/94, 20/270
  });

  it('on a terminal the same report has colour and Unicode pictures', () => {
    const run = funnel(['report', 'fixtures/team-8-weeks.csv'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(run.stdout).toMatch(/\u001b\[32m▲/); // green rise
    expect(run.stdout).toMatch(/[▁▂▃▄▅▆▇█]{8}/); // an eight-week sparkline
  });
});
