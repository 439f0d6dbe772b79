/**
 * No size crashes anything: 4,000 reps × 52 weeks = 208,000 (week, rep) rows, as a weekly table and as a
 * call log, through report and check. (Before, `rows.push(...table.rows)` threw "Maximum call stack size
 * exceeded" from about 125,000 rows.) No timing here: speed is measured in bench/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { funnel } from './run-cli.js';

const REPS = 4000;
const WEEKS = 52;
const week = (w: number) => `2025-W${String(w).padStart(2, '0')}`;
const dialsOf = (r: number, w: number) => 50 + ((r * 7 + w) % 40);
const reachedOf = (r: number, w: number) => 10 + ((r + w) % 9);
const meetingsOf = (r: number, w: number) => (r + w) % 4;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'funnel-big-'));
  const weekly = ['week,rep,dials,reached,meetings'];
  // One call per (week, rep): Monday of ISO week w of 2025 is 2024-12-30 + 7 (w - 1) days.
  const calls = ['timestamp,rep,outcome,duration_seconds'];
  const monday1 = Date.UTC(2024, 11, 30);
  for (let r = 0; r < REPS; r++) {
    for (let w = 1; w <= WEEKS; w++) {
      weekly.push(`${week(w)},rep${r},${dialsOf(r, w)},${reachedOf(r, w)},${meetingsOf(r, w)}`);
      const at = new Date(monday1 + (w - 1) * 7 * 86_400_000 + (r % 5) * 86_400_000 + 9 * 3_600_000);
      calls.push(`${at.toISOString().slice(0, 19)}Z,rep${r},${r % 2 === 0 ? 'meeting_booked' : 'no_answer'},60`);
    }
  }
  writeFileSync(join(dir, 'weekly.csv'), weekly.join('\n') + '\n');
  writeFileSync(join(dir, 'calls.csv'), calls.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Not timed, but big: a loaded 2-core CI machine needs more than the default 30 s for the weekly table.
describe(`${REPS * WEEKS} (week, rep) rows`, { timeout: 180_000 }, () => {
  it('a weekly table reports every rep with the totals summed by hand', () => {
    const run = funnel(['report', join(dir, 'weekly.csv'), '--by', 'rep', '--format', 'json', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    let dials = 0, reached = 0, meetings = 0;
    for (let r = 0; r < REPS; r++) for (let w = 1; w <= WEEKS; w++) [dials, reached, meetings] = [dials + dialsOf(r, w), reached + reachedOf(r, w), meetings + meetingsOf(r, w)];
    expect(report.totals).toMatchObject({ dials, reached, meetings });
    expect(report.weeks).toHaveLength(WEEKS);
    expect(report.reps).toHaveLength(REPS);
    const rep17 = report.reps.find((p: { rep: string }) => p.rep === 'rep17');
    let rep17Dials = 0;
    for (let w = 1; w <= WEEKS; w++) rep17Dials += dialsOf(17, w);
    expect(rep17).toMatchObject({ weeks: WEEKS, totals: { dials: rep17Dials } });
  });

  it('a call log reports and checks every rep', () => {
    const run = funnel(['report', join(dir, 'calls.csv'), '--by', 'rep', '--format', 'json', '--tz', 'UTC', '--quiet']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.totals).toMatchObject({ dials: REPS * WEEKS, reached: (REPS / 2) * WEEKS, meetings: (REPS / 2) * WEEKS });
    expect(report.reps).toHaveLength(REPS);
    expect(report.reps.every((p: { weeks: number }) => p.weeks === WEEKS)).toBe(true);
    const check = funnel(['check', join(dir, 'calls.csv'), '--by', 'rep', '--min', 'meetings/dials=0', '--format', 'json', '--tz', 'UTC', '--quiet']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).summary).toMatchObject({ checks: REPS, failed: 0 });
  });

  it('the terminal table shows the reps that matter, and every rep with --all-reps', () => {
    const run = funnel(['report', join(dir, 'calls.csv'), '--by', 'rep', '--tz', 'UTC', '--quiet']);
    expect(run.code).toBe(0);
    // Even reps book a meeting on every call, odd ones never, so every rep is flagged (all p < 0.001):
    // the 20 first in the file (rep0–rep19), the top 10 (even reps from rep0: among them) and the
    // bottom 10 (the last odd reps, rep3981–rep3999) — 30 reps, the 3,970 others counted.
    const listed = (text: string) => new Set(text.split('\n').map((l) => /^\| (rep\d+) /.exec(l)?.[1]).filter((r) => r !== undefined));
    const want = [...Array.from({ length: 20 }, (_, i) => `rep${i}`), ...Array.from({ length: 10 }, (_, i) => `rep${3981 + 2 * i}`)];
    expect([...listed(run.stdout)].sort()).toEqual(want.sort());
    expect(run.stdout).toContain('3,970 more reps not shown (3,970 of them flagged)');
    const all = funnel(['report', join(dir, 'calls.csv'), '--by', 'rep', '--all-reps', '--tz', 'UTC', '--quiet']);
    expect(listed(all.stdout).size).toBe(REPS);
    expect(all.stdout).not.toContain('more reps not shown');
  });
});
