import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIo } from '../io-helpers.js';

/** `track`, `plan --by rep` and `check --plan` in-process: hostile names, and every usage message. */

const dir = mkdtempSync(join(tmpdir(), 'funnel-track-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// A rep name with a bidi override, Markdown, HTML, a table border and a spreadsheet formula (the reader
// itself refuses C0 controls such as ESC: the file would be binary).
const EVIL = '=HYPERLINK("x")*Evil*\u202e|<b>';
const history = file('history.csv', [
  'week,rep,dials,reached,meetings',
  ...['2026-W40', '2026-W41', '2026-W42'].flatMap((w, i) => [`${w},Anna,${100 + i},40,${6 + i}`, `${w},"${EVIL.replace(/"/g, '""')}",${90 - i},30,4`]),
].join('\n') + '\n');
const actuals = file('actuals.csv', `week,rep,dials,reached,meetings\n2026-W43,Anna,100,40,7\n2026-W43,"${EVIL.replace(/"/g, '""')}",50,15,1\n`);

async function run(args: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('hostile rep names reach every channel only made safe', () => {
  const plan = join(dir, 'plan.json');

  it('plans and tracks them', async () => {
    expect((await run(['plan', '--from', history, '--by', 'rep', '--meetings-per-week', '6', '--format', 'json', '-o', plan, '--quiet'])).code).toBe(0);
    const table = await run(['track', plan, actuals, '--as-of', '2026-10-23']);
    expect(table.code).toBe(0);
    expect(table.out).not.toMatch(/\u202e/);
    // Safe, and cut to 15 characters so the table keeps its 80 columns.
    expect(table.out).toContain('| =HYPERLINK("x"... |');
    for (const line of table.out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const md = await run(['track', plan, actuals, '--as-of', '2026-10-23', '--format', 'md']);
    expect(md.out).not.toMatch(/\u202e/);
    expect(md.out).toContain('| =HYPERLINK\\(&quot;x&quot;\\)\\*Evil\\*\\\\u202E\\|&lt;b&gt; |');
    const csv = await run(['track', plan, actuals, '--as-of', '2026-10-23', '--format', 'csv']);
    expect(csv.out).toContain(`"'=HYPERLINK(""x"")*Evil*\\u202E|<b>"`);
    const json = JSON.parse((await run(['track', plan, actuals, '--as-of', '2026-10-23', '--format', 'json'])).out);
    expect(json.reps.map((r: { rep: string }) => r.rep)).toEqual(['Anna', EVIL]);
  });
});

describe('usage messages', () => {
  it.each([
    [['plan', '--by', 'rep', '--meetings-per-week', '8'], 'error: --by rep plans from a history: add --from FILE\ne.g. funnel plan --from team.csv --by rep --meetings-per-week 8\n'],
    [['plan', '--from', 'h.csv', '--targets', 't.csv'], 'error: --targets gives each rep a target: add --by rep\n'],
    [['plan', '--from', 'h.csv', '--by', 'rep', '--rep', 'Anna', '--meetings-per-week', '8'], 'error: --by rep plans every rep; --rep plans one: give one of them\n'],
    [['plan', '--from', 'h.csv', '--by', 'rep', '--ratios', '9/38/106', '--meetings-per-week', '8'], 'error: --by rep plans each rep from their own history: --ratios, --reach-rate, --meeting-rate and --what-if do not apply\nleave them out, or plan the team without --by rep\n'],
    [['track', 'plan.json', 'a.csv', '--as-of', '30-11-2026'], 'error: --as-of must be a date as YYYY-MM-DD, got "30-11-2026"\nwrite the date as YYYY-MM-DD, e.g. --as-of 2026-11-18\n'],
    [['check', 'a.csv', '--plan', 'plan.json', '--min', 'meetings/reached=0.2'], 'error: --plan checks against a plan file; --min belongs to ratio checks\nrun funnel check twice: once with --plan, once with the ratio checks\n'],
  ])('funnel %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toBe(message);
  });

  it('a targets file must cover every rep, unless --meetings-per-week gives the rest', async () => {
    const targets = file('targets.csv', 'rep,meetings_per_week\nAnna,8\n');
    const r = await run(['plan', '--from', history, '--by', 'rep', '--targets', targets]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error: ${targets} has no target for =HYPERLINK("x")*Evil*\\u202E|<b>`);
    const ok = await run(['plan', '--from', history, '--by', 'rep', '--targets', targets, '--meetings-per-week', '5', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).reps.map((r: { target: { meetings_per_week: number } }) => r.target.meetings_per_week)).toEqual([8, 5]);
  });

  it('plans per rep when every dial reached someone (a log of connected calls only): reach 1, nothing to shrink', async () => {
    const connected = file('connected.csv', 'week,rep,dials,reached,meetings\n2026-W40,Anna,50,50,5\n2026-W40,Bram,40,40,2\n2026-W41,Anna,60,60,6\n2026-W41,Bram,45,45,3\n');
    const r = await run(['plan', '--from', connected, '--by', 'rep', '--meetings-per-week', '4', '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.rep_prior['reached/dials']).toBeNull();
    for (const rep of plan.reps) expect(rep.rates['reached/dials']).toBe(1);
  });

  it('a rep of the actuals the plan does not know stops track and lists the planned reps', async () => {
    const plan = join(dir, 'plan2.json');
    await run(['plan', '--from', history, '--by', 'rep', '--meetings-per-week', '6', '--format', 'json', '-o', plan, '--quiet']);
    const more = file('more.csv', 'week,rep,dials,reached,meetings\n2026-W43,Anna,100,40,7\n2026-W43,Noor,80,20,3\n');
    const r = await run(['track', plan, more, '--as-of', '2026-10-23']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('error: the actuals have 1 rep the plan has no plan for: Noor');
  });
});

describe('check --plan in a GitHub Actions job', () => {
  it('annotates who is behind and appends the Markdown to the step summary', async () => {
    const plan = join(dir, 'plan-gh.json');
    await run(['plan', '--from', history, '--by', 'rep', '--meetings-per-week', '6', '--format', 'json', '-o', plan, '--quiet']);
    const summary = file('summary.md', '');
    const io = memoryIo({ cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    const code = await main(['check', actuals, '--plan', plan, '--by', 'rep'], io);
    const err = io.err.join('');
    expect(code).toBe(1);
    // The hostile rep dialled 50 of about 112 planned: behind beyond chance (effort).
    expect(err).toMatch(/^::error title=funnel check --plan%3A =HYPERLINK\("x"\)\*Evil\*\\u202E\|<b> \(2026-W43\)::behind plan beyond chance \(effort\)/m);
    expect(readFileSync(summary, 'utf8').startsWith('## funnel check --plan\n')).toBe(true);
  });
});
