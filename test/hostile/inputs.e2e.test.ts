import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readInput } from '../../src/io/read-input.js';
import { BIN, ROOT, funnel, type Run } from '../e2e/run-cli.js';
import { memoryIo } from '../io-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'funnel-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENV = { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' };

/** Runs the CLI while another stream feeds `fifo`, as a shell's `producer > fifo & funnel … fifo` would. */
function withFifo(name: string, fixture: string, args: (fifo: string) => string[]): Promise<Run> {
  const fifo = join(dir, name);
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args(fifo)], { cwd: ROOT, env: ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    createReadStream(resolve(ROOT, fixture)).pipe(createWriteStream(fifo));
    child.on('close', (code) => done({ stdout, stderr, code }));
  });
}

describe('inputs that can be read only once', () => {
  it('a weekly table through a FIFO is read whole, every time', async () => {
    for (let i = 0; i < 5; i++) {
      const run = await withFifo(`weeks-${i}`, 'fixtures/team-8-weeks.csv', (f) => ['report', f, '--format', 'json', '-q']);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).weeks).toHaveLength(8);
    }
  }, 30_000);

  it('a call log through a FIFO is recognised as a call log', async () => {
    const run = await withFifo('calls', 'fixtures/calllog-hubspot.csv', (f) => ['report', f, '--format', 'json', '--tz', 'UTC', '-q']);
    const viaFile = funnel(['report', 'fixtures/calllog-hubspot.csv', '--format', 'json', '--tz', 'UTC', '-q']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).totals).toEqual(JSON.parse(viaFile.stdout).totals);
  }, 20_000);

  it('a call log through process substitution <(cat …) is read as one', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" report <(cat fixtures/calllog-hubspot.csv) --format json --tz UTC -q`], { cwd: ROOT, env: ENV, encoding: 'utf8' });
    const viaFile = funnel(['report', 'fixtures/calllog-hubspot.csv', '--format', 'json', '--tz', 'UTC', '-q']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).totals).toEqual(JSON.parse(viaFile.stdout).totals);
  });

  it('a baseline through a FIFO is read once', async () => {
    const baseline = join(dir, 'baseline.json');
    writeFileSync(baseline, funnel(['report', 'fixtures/team-8-weeks.csv', '--format', 'json', '-q']).stdout);
    const run = await withFifo('baseline', baseline, (f) => ['check', 'fixtures/team-8-weeks.csv', '--baseline', f, '--format', 'json', '-q']);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
  }, 20_000);
});

describe('devices and pipes keep to the size limit while reading', () => {
  it('stops reading /dev/zero at the limit (no size to check first)', async () => {
    const err = await readInput('/dev/zero', memoryIo(), 1 << 20).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems[0]!.message).toBe('the file is larger than 1 MB, far more than a weekly activity table');
  });

  it.each([
    [['report', '/dev/zero']],
    [['check', 'fixtures/team-8-weeks.csv', '--baseline', '/dev/zero']],
  ])('funnel %j refuses with exit 2', (args) => {
    const run = funnel(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('/dev/zero: the file is larger than 64 MB, far more than a weekly activity table — check that this is the right file; a call log this big: give its path instead of a pipe, it is then streamed\n');
  });
});

describe('a result that cannot be written', () => {
  it('> /dev/full is exit 2 with one line, not a stack trace or a verdict', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check fixtures/team-8-weeks.csv --min meetings/dials=0.5 -q > /dev/full`], { cwd: ROOT, env: ENV, encoding: 'utf8' });
    expect(run.stderr).toBe('error: the result could not be written to standard output (ENOSPC) — the disk is full: free some space or write somewhere else\n');
    expect(run.status).toBe(2);
  });
  it.each([['--version'], ['--help'], ['report', '--help']])('funnel %j > /dev/full is exit 2 with one line too', (...args) => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args.join(' ')} > /dev/full`], { cwd: ROOT, env: ENV, encoding: 'utf8' });
    expect(run.stderr).toMatch(/^error: the result could not be written to standard output \(ENOSPC\)( — the disk is full: free some space or write somewhere else)?\n$/);
    expect(run.status).toBe(2);
  });
  it('a warning that cannot be written is ignored', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" report fixtures/team-8-weeks.csv --format json 2> /dev/full`], { cwd: ROOT, env: ENV, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).weeks).toHaveLength(8);
  });
});

describe('$GITHUB_STEP_SUMMARY that is no regular file', () => {
  it('a FIFO without a reader is a warning, never a hang', () => {
    const fifo = join(dir, 'summary-fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const run = funnel(['check', 'fixtures/team-8-weeks.csv', '--min', 'meetings/dials=0.01'], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: fifo } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`warning: $GITHUB_STEP_SUMMARY not written: ${fifo}: cannot be appended to: it is not a regular file — point it at a file\n`);
  });
});
