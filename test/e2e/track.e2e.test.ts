import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { betaBinomialCdfByIntegration } from '../core/track/reference.js';
import { funnel, ROOT } from './run-cli.js';

/**
 * The end-to-end case: plan from fixtures/team-8-weeks.csv weeks 1–6 (2026-W37..W42) per
 * rep, track weeks 7–8 (W43, W44); and --backtest on the same file.
 */

const dir = mkdtempSync(join(tmpdir(), 'funnel-track-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const lines = readFileSync(join(ROOT, 'fixtures/team-8-weeks.csv'), 'utf8').trim().split('\n');
const [head, ...body] = lines as [string, ...string[]];
const hist = join(dir, 'weeks-1-6.csv');
const actuals = join(dir, 'weeks-7-8.csv');
const planFile = join(dir, 'plan.json');
writeFileSync(hist, [head, ...body.slice(0, 18)].join('\n') + '\n');
writeFileSync(actuals, [head, ...body.slice(18)].join('\n') + '\n');

const made = funnel(['plan', '--from', hist, '--by', 'rep', '--meetings-per-week', '8', '--format', 'json', '-o', planFile, '--quiet']);
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
const rows = body.slice(18).map((l) => l.split(',')).map(([week, rep, dials, reached, , , meetings, hours]) => ({ week, rep, dials: +dials!, reached: +reached!, meetings: +meetings!, hours: +hours! }));

describe('funnel plan --by rep: the plan file', () => {
  it('writes a versioned plan with each rep and the team total', () => {
    expect(made.code).toBe(0);
    expect(made.stdout).toBe('');
    expect(plan.version).toBe(1);
    expect(plan.reps.map((r: { rep: string }) => r.rep)).toEqual(['Anna', 'Bram', 'Chris']);
    for (const r of plan.reps) {
      expect(r.target.meetings_per_week).toBe(8);
      expect(r.per_week.dials).toBeCloseTo(8 / r.rates['meetings/dials'], 9);
      // Shrunk toward the team: between the rep's own rate and the prior mean.
      const [own, prior] = [r.own_rates['meetings/dials'], plan.rep_prior['meetings/dials'].mean];
      expect(Math.min(own, prior) - 1e-12).toBeLessThanOrEqual(r.rates['meetings/dials']);
      expect(Math.max(own, prior) + 1e-12).toBeGreaterThanOrEqual(r.rates['meetings/dials']);
      expect(r.rate_posterior.a / (r.rate_posterior.a + r.rate_posterior.b)).toBeCloseTo(r.rates['meetings/dials'], 12);
      // By hand from the fitted priors: (a + successes) / (a + b + dials), for both shrunk stages.
      const shrunk = (p: { a: number; b: number }, x: number) => (p.a + x) / (p.a + p.b + r.counts.dials);
      expect(r.rates['meetings/dials']).toBeCloseTo(shrunk(plan.rep_prior['meetings/dials'], r.counts.meetings), 12);
      expect(r.rates['reached/dials']).toBeCloseTo(shrunk(plan.rep_prior['reached/dials'], r.counts.reached), 12);
      expect(r.per_week.reached).toBeCloseTo(8 / (r.rates['meetings/dials'] / r.rates['reached/dials']), 9);
    }
    // Anna 42/676 over six weeks; Chris 15/646.
    expect(plan.reps[0].counts).toEqual({ dials: 676, reached: 241, meetings: 42 });
    expect(plan.team_total.per_week.dials).toBeCloseTo(plan.reps.reduce((s: number, r: { per_week: { dials: number } }) => s + r.per_week.dials, 0), 9);
    expect(plan.team_total.per_week.meetings).toBeCloseTo(24, 9);
  });
});

describe('funnel plan --by rep: the table', () => {
  it('adds each rep (own rate -> planned) and the team total, in 80 columns', () => {
    const run = funnel(['plan', '--from', hist, '--by', 'rep', '--meetings-per-week', '8', '--quiet']);
    expect(run.code).toBe(0);
    const own = (r: { own_rates: { 'meetings/dials': number }; rates: { 'meetings/dials': number } }) =>
      `${(r.own_rates['meetings/dials'] * 100).toFixed(1)} % -> ${(r.rates['meetings/dials'] * 100).toFixed(1)} %`;
    for (const r of plan.reps) expect(run.stdout).toMatch(new RegExp(`\\| ${r.rep} +\\| +8 \\| +${Math.ceil(r.per_week.dials - 1e-9)} \\|.*\\| ${own(r)} \\|`));
    expect(run.stdout).toMatch(/\| team total +\| +24 \| +605 \|/);
    for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});

describe('funnel track plan.json weeks 7-8 (as of Friday of week 8)', () => {
  const run = funnel(['track', planFile, actuals, '--as-of', '2026-10-30', '--format', 'json']);
  const t = JSON.parse(run.stdout);

  it('gives per rep and week the planned and actual volumes and the gap split at the plan\'s rates', () => {
    expect(run.code).toBe(0);
    expect(t.period).toMatchObject({ kind: 'week', label: '2026-W44', working_days: 5, elapsed_days: 5, deadline: 'Friday', target_meetings: 24 });
    for (const r of t.reps) {
      const p = plan.reps.find((x: { rep: string }) => x.rep === r.rep).per_week;
      expect(r.weeks.map((w: { week: string }) => w.week)).toEqual(['2026-W43', '2026-W44']);
      for (const w of r.weeks) {
        const actual = rows.find((x) => x.week === w.week && x.rep === r.rep)!;
        expect(w.actual).toEqual({ dials: actual.dials, reached: actual.reached, meetings: actual.meetings, hours: actual.hours });
        expect(w.planned.dials).toBeCloseTo(p.dials, 9);
        expect(w.planned.meetings).toBeCloseTo(8, 9);
        const perDial = p.meetings / p.dials;
        expect(w.gap.effort).toBeCloseTo((p.dials - actual.dials) * perDial, 9);
        expect(w.gap.conversion).toBeCloseTo(actual.dials * perDial - actual.meetings, 9);
        expect(w.gap.meetings).toBeCloseTo(8 - actual.meetings, 9);
      }
    }
    const team44 = t.weeks[1];
    expect(team44.actual).toEqual({ dials: 270, reached: 94, meetings: 20, hours: 34.5 });
    expect(team44.planned.dials).toBeCloseTo(plan.team_total.per_week.dials, 9);
  });

  it('judges the week by hand: a finished week that met its target is certain; one that did not has 0 % chance', () => {
    const anna = t.reps.find((r: { rep: string }) => r.rep === 'Anna');
    expect(anna.actual.meetings).toBe(10);
    expect(anna.p_reach_target).toBe(1);
    expect(anna.status).toBe('ahead');
    for (const r of t.reps.filter((x: { actual: { meetings: number } }) => x.actual.meetings < 8)) {
      expect(r.p_reach_target).toBe(0);
      expect(['behind', 'behind beyond chance']).toContain(r.status);
    }
    // Conversion for Chris: 88 dials, 4 meetings against his planned rate with the plan's certainty.
    const chris = t.reps.find((r: { rep: string }) => r.rep === 'Chris');
    const p = plan.reps.find((x: { rep: string }) => x.rep === 'Chris');
    const q = p.per_week.meetings / p.per_week.dials;
    const c = p.rate_posterior.a + p.rate_posterior.b;
    expect(p.wobble.dispersion).toBe(1); // the fixture's weeks vary less than chance would make them
    expect(chris.p_conversion).toBeCloseTo(betaBinomialCdfByIntegration(4, 88, q * c, (1 - q) * c), 5);
  });

  it('prints a compact table in 80 columns with bars, no colour on a pipe, and the chance in words', () => {
    const table = funnel(['track', planFile, actuals, '--as-of', '2026-10-28']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Plan ');
    expect(table.stdout).toMatch(/Team: [\w ()]+; \d+ % chance to reach 24 meetings by\s+Friday/);
    expect(table.stdout).toMatch(/\| Chris \| #+\.* 4\/4\.8 +\|/);
    expect(table.stdout).toContain('* week in progress: planned pro-rated to the working days done');
    expect(table.stdout).not.toMatch(/\u001b\[/);
    for (const line of table.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('writes Markdown and CSV', () => {
    const md = funnel(['track', planFile, actuals, '--as-of', '2026-10-30', '--format', 'md']);
    expect(md.stdout.startsWith('## Plan tracking\n')).toBe(true);
    expect(md.stdout).toContain('| team |');
    const csv = funnel(['track', planFile, actuals, '--as-of', '2026-10-30', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('scope,label,rep,planned_dials,actual_dials,planned_reached,actual_reached,planned_meetings,actual_meetings,planned_hours,actual_hours,gap_meetings,gap_effort,gap_conversion,gap_reach,gap_meeting_rate,p_reach_target,status');
    // team + 3 reps for the period, 2 team weeks, 6 rep weeks.
    expect(csv).toHaveLength(1 + 4 + 2 + 6);
    expect(csv[2]!.startsWith('period,2026-W44,Anna,')).toBe(true);
  });

  it('stops on actuals that end before the current period, naming the --as-of that fixes it', () => {
    const stale = funnel(['track', planFile, actuals, '--as-of', '2026-11-30']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toBe(
      'error: the actuals end in 2026-W44, before the current week 2026-W49 of --as-of 2026-11-30: every number would be a shortfall\n' +
      'to track the latest week of the actuals, add --as-of 2026-10-30\n',
    );
  });

  it('refuses a file that is not a plan file', () => {
    const notPlan = join(dir, 'report.json');
    writeFileSync(notPlan, funnel(['report', actuals, '--format', 'json']).stdout);
    const bad = funnel(['track', notPlan, actuals, '--as-of', '2026-10-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`${notPlan}: version: is missing: this is not a plan file (or one from before plan files had a version) — write the plan file with "funnel plan ... --format json -o plan.json"\n`);
  });
});

describe('funnel check --plan', () => {
  it('fails when a rep is behind beyond chance, and says who and why', () => {
    const run = funnel(['check', actuals, '--plan', planFile, '--by', 'rep', '--format', 'json']);
    const out = JSON.parse(run.stdout);
    const failed = out.checks.filter((c: { failed: boolean }) => c.failed).map((c: { rep: string | null }) => c.rep);
    expect(run.code).toBe(failed.length > 0 ? 1 : 0);
    // Chris dialled 88 of 272 planned in W44 (effort), far beyond the few percent his weekly dials vary.
    expect(failed).toContain('Chris');
    expect(out.checks.find((c: { rep: string | null }) => c.rep === 'Anna').failed).toBe(false);
  });

  it('passes a team that is ahead of a modest plan', () => {
    const modest = join(dir, 'modest.json');
    funnel(['plan', '--from', hist, '--meetings-per-week', '10', '--format', 'json', '-o', modest, '--quiet']);
    const run = funnel(['check', actuals, '--plan', modest]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('PASS: no one is behind plan beyond chance (1 checked)');
  });

  it('--by rep needs a plan by rep', () => {
    const team = join(dir, 'team.json');
    funnel(['plan', '--from', hist, '--meetings-per-week', '10', '--format', 'json', '-o', team, '--quiet']);
    const run = funnel(['check', actuals, '--plan', team, '--by', 'rep']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: --by rep: ${team} is a team plan, with no plan per rep\nmake the plan with funnel plan --from HISTORY --by rep ... --format json -o plan.json\n`);
  });
});

describe('funnel plan --backtest', () => {
  it('replays weeks 1..k against week k+1 and counts the weeks inside the 90 % range', () => {
    const run = funnel(['plan', '--from', 'fixtures/team-8-weeks.csv', '--backtest', '--format', 'json', '--quiet']);
    expect(run.code).toBe(0);
    const b = JSON.parse(run.stdout).backtest;
    expect(b.total).toBe(7);
    expect(b.inside).toBe(b.steps.filter((s: { inside: boolean }) => s.inside).length);
    // Step 1 by hand: W37 had 12 meetings on 362 dials: Beta(12.5, 350.5); W38 made 352 dials.
    const s = b.steps[0];
    expect([s.history, s.week, s.dials, s.meetings]).toEqual(['2026-W37', '2026-W38', 352, 13]);
    const cdf = (k: number) => betaBinomialCdfByIntegration(k, 352, 12.5, 350.5);
    expect(cdf(s.range[0] - 1)).toBeLessThan(0.05);
    expect(cdf(s.range[0])).toBeGreaterThanOrEqual(0.05);
    expect(cdf(s.range[1] - 1)).toBeLessThan(0.95);
    expect(cdf(s.range[1])).toBeGreaterThanOrEqual(0.95);
  });

  it('per rep, in 80 columns', () => {
    const run = funnel(['plan', '--from', 'fixtures/team-8-weeks.csv', '--backtest', '--by', 'rep']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Backtest: actual meetings fell inside the plan's 90 % range in \d+ of 21\s+rep-weeks/);
    for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(run.stderr).toBe('');
  });
});
