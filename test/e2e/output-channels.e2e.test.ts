import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, funnel, ROOT } from './run-cli.js';

// On a pipe, a socket, a file or Linux's /dev/null, /dev/full (test/hostile/inputs.e2e.test.ts), stdout and stderr
// are written with write(2) directly (src/io/process-io.ts); a terminal keeps Node's streams. Same bytes, same errors.
const dir = mkdtempSync(join(tmpdir(), 'funnel-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ENV = { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Brussels' };
const sh = (script: string) => spawnSync('sh', ['-c', script], { cwd: ROOT, env: ENV, encoding: 'utf8', maxBuffer: 1 << 26 });

// 300 reps: the JSON report is far larger than a pipe holds (64 KB), so a reader that stops early is seen.
const team = join(dir, 'team-300.csv');
writeFileSync(team, ['week,rep,dials,reached,meetings', ...Array.from({ length: 300 }, (_, i) => `2026-W45,rep ${i},${100 + (i % 50)},${30 + (i % 7)},${i % 5}`)].join('\n') + '\n');
const args = `"${process.execPath}" "${BIN}" report "${team}" --by rep --format json`;

describe('stdout and stderr on a pipe, a socket or a file', () => {
  const bySocket = funnel(['report', team, '--by', 'rep', '--format', 'json']); // spawn gives the child sockets

  it('a file and a pipe get the same bytes as a socket, stderr too', () => {
    expect(bySocket.code).toBe(0);
    expect(bySocket.stdout.length).toBeGreaterThan(65536);
    const out = join(dir, 'out.json');
    const err = join(dir, 'err.txt');
    const toFiles = sh(`${args} > "${out}" 2> "${err}"`);
    expect(toFiles.status).toBe(0);
    expect([readFileSync(out, 'utf8'), readFileSync(err, 'utf8')]).toEqual([bySocket.stdout, bySocket.stderr]);
    const throughPipes = sh(`{ ${args} 2>&1 1>&3 | cat >&2; } 3>&1 | cat`);
    expect([throughPipes.status, throughPipes.stdout, throughPipes.stderr]).toEqual([0, bySocket.stdout, bySocket.stderr]);
  });

  it('a pipe whose reader stops early: one line and exit 2, without a stack trace', () => {
    const run = sh(`(${args} --quiet; echo "exit $?" >&2) | head -c 1 > /dev/null`);
    expect(run.stderr).toBe('error: the result could not be written to standard output (EPIPE) — the program reading the output stopped before the end\nexit 2\n');
  });
});
