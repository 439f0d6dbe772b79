import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIo, type MemoryIo } from '../io-helpers.js';

const FIX = resolve('fixtures/check');
let dir: string;

async function run(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<{ code: number; io: MemoryIo; out: string; err: string }> {
  const io = memoryIo({ cwd: dir, env, ...(stdin === undefined ? {} : { stdin: Readable.from([stdin]) }) });
  const code = await main(args, io);
  return { code, io, out: io.out.join(''), err: io.err.join('') };
}

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'funnel-check-'));
  const report = await run(['report', join(FIX, 'week1.csv'), '--format', 'json']);
  await writeFile(join(dir, 'base.json'), report.out);
});

describe('funnel check against a baseline written by funnel report', () => {
  it('9/38 → 2/40 exits 1 and says why', async () => {
    const { code, out, err } = await run(['check', join(FIX, 'week2-collapse.csv'), '--baseline', 'base.json']);
    expect(code).toBe(1);
    expect(err).toBe('');
    // Farrington–Manning p = 0.015. Holm over the run on conditional p-values: reached/dials (p = 0.81) and callbacks/reached
    // (0.59) are above ½ and drop out, meetings/dials rides on meetings/reached: 0.015 / ½ = 0.030.
    expect(out).toContain('            below 21.3 % (baseline 23.7 % less 10 %) and p=0.015 (adjusted:\n            p=0.030) < 0.05: unlikely to be noise');
    expect(out.trimEnd().split('\n').at(-1)).toBe('FAIL: 2 regressions in 4 checks');
  });
  it('9/38 → 8/38 exits 0', async () => {
    const { code, out } = await run(['check', join(FIX, 'week2-wobble.csv'), '--baseline', 'base.json']);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n').at(-1)).toBe('PASS: 4 checks, no regression (1 could be noise)');
  });
  it('--format json carries value, bound, p-value, verdict, counts and reason per check', async () => {
    const { code, out } = await run(['check', join(FIX, 'week2-collapse.csv'), '--baseline', 'base.json', '--ratio', 'meetings/reached', '--format', 'json']);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ passed: false, summary: { checks: 1, failed: 1, regressions: 1, noise: 0, no_data: 0 }, settings: { alpha: 0.05, tolerance: 0.1, strict: false, require_data: false } });
    expect(json.checks[0]).toMatchObject({
      ratio: 'meetings/reached', kind: 'baseline', scope: '2026-W46', rep: null, value: 0.05, test: 'farrington-manning',
      verdict: 'regression', failed: true, finding: 'regression', counts: { num: 2, den: 40 }, baseline: { num: 9, den: 38, source: 'team' },
    });
    expect(json.checks[0].bound).toBeCloseTo((9 / 38) * 0.9, 12);
    expect(json.checks[0].p_value).toBeCloseTo(0.01475872142620116, 8); // SciPy, see test/core/check.test.ts
    expect(json.checks[0].p_adjusted).toBe(json.checks[0].p_value);
    expect(json.checks[0].wobble).toBeNull(); // one baseline week: no wobble to measure
    expect(json.settings.multiplicity).toBe('holm-conditional');
  });
  it('--junit writes a JUnit file that parses back', async () => {
    const { code } = await run(['check', join(FIX, 'week2-collapse.csv'), '--baseline', 'base.json', '--junit', 'funnel.xml', '--quiet']);
    expect(code).toBe(1);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(await readFile(join(dir, 'funnel.xml'), 'utf8'));
    expect(doc.testsuites.testsuite).toMatchObject({ tests: '4', failures: '2' });
  });
});

describe('scopes and reps', () => {
  const team = join(FIX, 'team-3-weeks.csv');
  const min = ['--min', 'meetings/reached=20%', '--format', 'json'];
  const checks = async (args: string[]) => {
    const { code, out } = await run(['check', team, ...min, ...args]);
    return { code, checks: JSON.parse(out).checks as { scope: string; rep: string | null; finding: string; counts: { num: number; den: number } }[] };
  };
  it('the latest week: 8/60 is below 20 % but could be noise', async () => {
    const r = await checks([]);
    expect(r.code).toBe(0);
    expect(r.checks).toEqual([expect.objectContaining({ scope: '2026-W46', rep: null, finding: 'noise', counts: { num: 8, den: 60 } })]);
  });
  it('--window beyond the data checks what there is, and says so', async () => {
    const { code, out, err } = await run(['check', team, ...min, '--window', '8']);
    expect(code).toBe(0);
    expect(JSON.parse(out).checks[0]).toMatchObject({ scope: '2026-W44..2026-W46', counts: { num: 40, den: 180 } });
    expect(err).toBe('warning: --window 8: the data has only 3 weeks; checked all 3\n');
  });
  it('--window 2 and --all pool the weeks', async () => {
    expect((await checks(['--window', '2'])).checks[0]).toMatchObject({ scope: '2026-W45..2026-W46', counts: { num: 23, den: 120 } });
    expect((await checks(['--all'])).checks[0]).toMatchObject({ scope: '2026-W44..2026-W46', finding: 'ok', counts: { num: 40, den: 180 } });
  });
  it('--by rep finds the rep who collapsed', async () => {
    const r = await checks(['--by', 'rep']);
    expect(r.code).toBe(1);
    expect(r.checks.map((c) => [c.rep, c.finding])).toEqual([
      ['anna', 'ok'],
      ['bert', 'regression'],
    ]);
  });
});

describe('on GitHub Actions', () => {
  it('annotates on stderr and appends a Markdown summary to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(dir, 'summary.md');
    await writeFile(summary, '# earlier step\n');
    const { code, err } = await run(['check', join(FIX, 'week2-collapse.csv'), '--baseline', 'base.json', '--ratio', 'meetings/reached'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(code).toBe(1);
    expect(err).toBe(
      '::error title=funnel check%3A meetings/reached vs baseline (team 2026-W46)::below 21.3 %25 (baseline 23.7 %25 less 10 %25) and p=0.015 < 0.05: unlikely to be noise\n',
    );
    const md = await readFile(summary, 'utf8');
    expect(md.startsWith('# earlier step\n### funnel check: FAIL: 1 regression in 1 check\n')).toBe(true);
  });
  it('a $GITHUB_STEP_SUMMARY that cannot be appended to is a warning; the verdict (exit 1) stands', async () => {
    const { code, out, err } = await run(['check', join(FIX, 'week2-collapse.csv'), '--baseline', 'base.json', '--ratio', 'meetings/reached'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: 'no-such-folder/summary.md',
    });
    expect(code).toBe(1);
    expect(out.trimEnd().split('\n').at(-1)).toBe('FAIL: 1 regression in 1 check');
    expect(err).toContain(
      'warning: $GITHUB_STEP_SUMMARY not written: no-such-folder/summary.md: cannot be appended to (ENOENT) — the folder does not exist: create it first (mkdir -p) or write somewhere else\n',
    );
  });
  it('stays silent outside GitHub Actions', async () => {
    const { err } = await run(['check', join(FIX, 'week2-collapse.csv'), '--baseline', 'base.json'], { GITHUB_STEP_SUMMARY: join(dir, 'never.md') });
    expect(err).toBe('');
    await expect(readFile(join(dir, 'never.md'))).rejects.toThrow();
  });
});

describe('usage and input errors exit 2 with a message that names the fix', () => {
  const wobble = () => join(FIX, 'week2-wobble.csv');
  it('an unknown ratio', async () => {
    const { code, out, err } = await run(['check', wobble(), '--min', 'meetings/calls=0.1']);
    expect([code, out, err]).toEqual([2, '', 'error: unknown ratio "meetings/calls" in --min "meetings/calls=0.1"\nvalid ratios: reached/dials, meetings/reached, meetings/dials, callbacks/reached\n']);
  });
  it('nothing to check', async () => {
    const { code, err } = await run(['check', wobble()]);
    expect([code, err]).toEqual([2, 'error: nothing to check\ngive --min "RATIO=VALUE", --max "RATIO=VALUE" or --baseline FILE\n']);
  });
  it('--window with --all', async () => {
    const { code, err } = await run(['check', wobble(), '--min', 'meetings/dials=0.05', '--window', '2', '--all']);
    expect([code, err]).toEqual([2, 'error: --window and --all exclude each other\nuse one of them\n']);
  });
  it('--ratio without --baseline', async () => {
    const { code, err } = await run(['check', wobble(), '--min', 'meetings/dials=0.05', '--ratio', 'meetings/dials']);
    expect([code, err]).toEqual([2, 'error: --ratio chooses which ratios to compare with a baseline\nadd --baseline FILE, or use --min/--max for fixed bounds\n']);
  });
  it('--ratio alone (no --baseline, no bounds) names the missing --baseline, not "nothing to check"', async () => {
    const { code, err } = await run(['check', wobble(), '--ratio', 'meetings/dials']);
    expect([code, err]).toEqual([2, 'error: --ratio chooses which ratios to compare with a baseline\nadd --baseline FILE, or use --min/--max for fixed bounds\n']);
  });
  it('a missing activity file', async () => {
    const { code, err } = await run(['check', 'missing.csv', '--min', 'meetings/dials=0.05']);
    expect([code, err]).toEqual([2, 'missing.csv: file not found — check the path and spelling\n']);
  });
  it('a missing baseline', async () => {
    const { code, err } = await run(['check', wobble(), '--baseline', 'nope.json']);
    expect([code, err]).toEqual([2, 'nope.json: file not found — check the path and spelling\n']);
  });
  it('a malformed baseline names the file and the JSON path', async () => {
    const { code, err } = await run(['check', wobble(), '--baseline', join(FIX, 'broken-baseline.json')]);
    expect(code).toBe(2);
    expect(err).toBe(`${join(FIX, 'broken-baseline.json')}: totals.reached: must be a number, not "38" — write the baseline with "funnel report FILE --format json > baseline.json"\n`);
  });
});

describe('flags that change the verdict or where it goes', () => {
  const wobble = () => join(FIX, 'week2-wobble.csv');
  const json = (out: string) => JSON.parse(out) as { passed: boolean; settings: Record<string, unknown>; checks: { finding: string; verdict: string; failed: boolean }[] };

  it('--strict turns the wobble (8/38 below the bound, p = 0.5) into a failure', async () => {
    const { code, out } = await run(['check', wobble(), '--baseline', 'base.json', '--ratio', 'meetings/reached', '--strict', '--format', 'json']);
    expect(code).toBe(1);
    expect(json(out).checks[0]).toMatchObject({ finding: 'regression', failed: true });
  });
  it('--tolerance 25% lowers the bound below 8/38', async () => {
    const { code, out } = await run(['check', wobble(), '--baseline', 'base.json', '--ratio', 'meetings/reached', '--tolerance', '25%', '--alpha', '10%', '--format', 'json']);
    expect(code).toBe(0);
    expect(json(out).settings).toMatchObject({ tolerance: 0.25, alpha: 0.1 });
    expect(json(out).checks[0]).toMatchObject({ finding: 'ok' });
  });
  it('no data passes, and fails with --require-data', async () => {
    const csv = 'week,dials,reached,meetings\n2026-W46,40,0,0\n';
    const args = ['check', '-', '--min', 'meetings/reached=0.2', '--format', 'json'];
    const plain = await run(args, {}, csv);
    expect([plain.code, json(plain.out).checks[0]!.verdict]).toEqual([0, 'no data']);
    const required = await run([...args, '--require-data'], {}, csv);
    expect([required.code, json(required.out).checks[0]!.failed]).toEqual([1, true]);
  });
  it('--format md prints the Markdown summary', async () => {
    const { code, out } = await run(['check', wobble(), '--baseline', 'base.json', '--format', 'md']);
    expect(code).toBe(0);
    expect(out.startsWith('### funnel check: PASS: 4 checks, no regression (1 could be noise)\n\n| ratio | scope |')).toBe(true);
  });
  it('--output writes the result to a file and keeps the exit code', async () => {
    const { code, out } = await run(['check', join(FIX, 'week2-collapse.csv'), '--baseline', 'base.json', '--format', 'json', '--output', 'result.json']);
    expect([code, out]).toEqual([1, '']);
    expect(json(await readFile(join(dir, 'result.json'), 'utf8')).passed).toBe(false);
  });
});

describe('--by rep against a baseline report that has reps', () => {
  it('each rep meets their own baseline; a new rep meets the team; Holm over the three (p-values from SciPy)', async () => {
    const report = await run(['report', join(FIX, 'team-3-weeks.csv'), '--by', 'rep', '--format', 'json', '--quiet']);
    // A baseline written before reps carried their weeks: no rep wobble can be measured, the counts are taken as binomial.
    const old = JSON.parse(report.out) as { reps: { weekly?: unknown }[] };
    for (const r of old.reps) delete r.weekly;
    await writeFile(join(dir, 'team-base-old.json'), JSON.stringify(old));
    const { code, out } = await run(['check', join(FIX, 'team-week-47.csv'), '--baseline', 'team-base-old.json', '--by', 'rep', '--ratio', 'meetings/reached', '--format', 'json']);
    // Each drop alone would be significant (p < 0.05), but three checks ran. Holm on conditional p-values: anna's 0.59 is
    // above ½ and drops out; bert and carl count 2p: 2 × (2 × 0.0355) = 0.142 for the smaller, not below 0.05.
    expect(code).toBe(0);
    const checks = JSON.parse(out).checks as { rep: string; finding: string; p_value: number; p_adjusted: number; wobble: unknown; baseline: { num: number; den: number; source: string } }[];
    expect(checks.map((c) => [c.rep, c.finding, c.baseline, c.wobble])).toEqual([
      ['anna', 'ok', { num: 24, den: 90, value: 24 / 90, source: 'rep' }, null],
      ['bert', 'noise', { num: 16, den: 90, value: 16 / 90, source: 'rep' }, null],
      ['carl', 'noise', { num: 40, den: 180, value: 40 / 180, source: 'team' }, null],
    ]);
    expect(checks[1]!.p_value).toBeCloseTo(0.03545197653786017, 8);
    expect(checks[2]!.p_value).toBeCloseTo(0.03885438825623773, 8);
    expect(checks[1]!.p_adjusted).toBeCloseTo(4 * 0.03545197653786017, 8);
    expect(checks[2]!.p_adjusted).toBeCloseTo(4 * 0.03545197653786017, 8);
  });

  it("a new baseline carries each rep's weeks, so the rep-week wobble is measured and allowed for", async () => {
    const report = await run(['report', join(FIX, 'team-3-weeks.csv'), '--by', 'rep', '--format', 'json', '--quiet']);
    expect(JSON.parse(report.out).reps[1].weekly).toEqual({ dials: [100, 100, 100], reached: [30, 30, 30], meetings: [8, 7, 1], callbacks: [null, null, null] });
    await writeFile(join(dir, 'team-base.json'), report.out);
    const { code, out } = await run(['check', join(FIX, 'team-week-47.csv'), '--baseline', 'team-base.json', '--by', 'rep', '--ratio', 'meetings/reached', '--format', 'json']);
    expect(code).toBe(0);
    const [, bert, carl] = JSON.parse(out).checks as { p_value: number; wobble: { rho: number; sd: number; design_effect: number; baseline_design_effect: number } }[];
    // By hand (Python): Williams' moment estimate over anna 9, 8, 7 and bert 8, 7, 1 meetings of 30 conversations a week:
    // ρ = (X² − 4) / Σ (n − 1)(1 − n/N) = 0.024811; a week's deff 1 + 29ρ; carl's team baseline of three 60s: 1 + ρ(60 − 1).
    expect(bert!.wobble.rho).toBeCloseTo(0.02481095907820045, 10);
    expect(bert!.wobble.sd).toBeCloseTo(Math.sqrt(0.02481095907820045 * (16 / 90) * (74 / 90)), 10);
    expect(bert!.wobble.design_effect).toBeCloseTo(1 + 29 * 0.02481095907820045, 10);
    expect(carl!.wobble.baseline_design_effect).toBeCloseTo(1 + 59 * 0.02481095907820045, 10);
    // Farrington–Manning on the effective counts, restricted MLE by scipy.optimize: the wobble roughly doubles p.
    expect(bert!.p_value).toBeCloseTo(0.08420583600327658, 7);
    expect(carl!.p_value).toBeCloseTo(0.09225450867431328, 7);
  });
});

describe('--by rep without a rep column', () => {
  it('is a usage error, as for report', async () => {
    const file = join(FIX, 'week2-wobble.csv');
    const { code, err } = await run(['check', file, '--min', 'meetings/reached=0.2', '--by', 'rep']);
    expect([code, err]).toEqual([2, `error: --by rep: ${file} has no rep column\nadd a column such as "Rep" (or Verkoper, Verkäufer), or map yours with --map "Your Header=rep"\n`]);
  });
});

describe('baseline weekly columns', () => {
  it('reps[].weekly must line up with weeks', async () => {
    const report = JSON.parse((await run(['report', join(FIX, 'team-3-weeks.csv'), '--by', 'rep', '--format', 'json', '--quiet'])).out);
    report.reps[0].weekly.meetings.pop();
    await writeFile(join(dir, 'misaligned.json'), JSON.stringify(report));
    const { code, err } = await run(['check', join(FIX, 'team-week-47.csv'), '--baseline', 'misaligned.json', '--by', 'rep']);
    expect(code).toBe(2);
    expect(err).toContain('misaligned.json: reps[0].weekly: needs one entry per week of "weeks" (3) in dials, reached and meetings');
  });
});
