/**
 * The statistical targets of issue 11 as seeded simulations through the core (the functions the
 * commands call): each returns the share of simulated teams (or runs, or days) where something
 * happened. Shared by test/sim/stats-targets.test.ts (a few hundred runs) and bench/stats-sim.mjs (more).
 */
import { wholeText } from '../../src/render/formats.js';
import { checkExitCode, runChecks } from '../../src/core/check.js';
import { subjects } from '../../src/core/check-scope.js';
import { checkWobble } from '../../src/core/check-wobble.js';
import { DEFAULT_ALPHA, DEFAULT_TOLERANCE, type CheckSettings } from '../../src/core/check-types.js';
import { buildPlan } from '../../src/core/plan.js';
import { historySource, selectHistory } from '../../src/core/plan-source.js';
import { buildReport } from '../../src/core/report.js';
import type { ActivityRow } from '../../src/core/types.js';
import { parseBaseline } from '../../src/io/baseline.js';
import { reportJson } from '../../src/render/report-json.js';
import { counts } from '../helpers.js';
import { mulberry32, sampleBinomial, type Rng } from '../stats-sim.js';
import { isoWeek, simulateTeam, wobbly, type TeamSpec } from './teams.js';

export const TEAM: TeamSpec = { reps: 20, weeks: 8, dials: 100, reach: 0.3, meet: 0.25, wobble: 0 };
export const WOBBLE = 0.05;

export function share(runs: number, seed: number, run: (rng: Rng) => boolean): number {
  const rng = mulberry32(seed);
  let hits = 0;
  for (let i = 0; i < runs; i++) if (run(rng)) hits++;
  return hits / runs;
}

/** Share of teams with at least one ★/▽ in `report --by rep`. */
export function falseMarks(teams: number, seed: number, wobble: number, teamWobble = 0): number {
  return share(teams, seed, (rng) => (buildReport(simulateTeam(rng, { ...TEAM, wobble, teamWobble })).reps ?? []).some((p) => Object.values(p.vs_team).some((c) => c.verdict === 'better' || c.verdict === 'worse')));
}

/** Share of teams where a rep at half the meeting rate is marked worse on meetings/reached. */
export function halfRateCaught(teams: number, seed: number, wobble: number, dials: number): number {
  return share(teams, seed, (rng) => {
    const report = buildReport(simulateTeam(rng, { ...TEAM, wobble, dials, meetOf: (r) => (r === 0 ? TEAM.meet / 2 : TEAM.meet) }));
    return report.reps!.find((p) => p.rep === 'rep0')!.vs_team['meetings/reached'].verdict === 'worse';
  });
}

/** A weekly CI run: the baseline is the report JSON of 8 weeks; the check reads the 9th week only. True when it fails. */
function weeklyRunFails(rng: Rng, spec: TeamSpec, byRep: boolean, week9: Partial<TeamSpec>): boolean {
  const history = simulateTeam(rng, spec);
  const baseline = parseBaseline('baseline.json', wholeText(reportJson(buildReport(history))));
  const current = simulateTeam(rng, { ...spec, ...week9, weeks: 1 }, spec.weeks);
  const scope = { kind: 'latest' } as const;
  const settings: CheckSettings = {
    thresholds: [], tolerance: DEFAULT_TOLERANCE, alpha: DEFAULT_ALPHA, strict: false, requireData: false, baseline, wobble: checkWobble(current, scope, baseline),
  };
  return checkExitCode(runChecks(subjects(current, scope, byRep), settings)) === 1;
}

/** Share of weekly `check --baseline` runs that fail; `week9` changes the checked week (nothing by default). */
export function checkFails(runs: number, seed: number, wobble: number, byRep: boolean, week9: Partial<TeamSpec> = {}, teamWobble = 0): number {
  return share(runs, seed, (rng) => weeklyRunFails(rng, { ...TEAM, wobble, teamWobble }, byRep, week9));
}

/**
 * `plan` from an 8-week history of one rep (300 dials a week, meetings/dials 6 % with a weekly SD of
 * 1.5 pp), target 3 meetings a day: how often the 90 % range covers 3 ÷ 6 % = 50 dials/day, and on
 * what share of simulated days (each with its own wobbly rate) the confident dials book 3.
 */
export function planTargets(plans: number, seed: number, daysPerPlan = 40): { coverage: number; hitRate: number } {
  const [dials, rate, sd, target] = [300, 0.06, 0.015, 3];
  const rng = mulberry32(seed);
  let covered = 0;
  let hit = 0;
  for (let i = 0; i < plans; i++) {
    const rows: ActivityRow[] = Array.from({ length: 8 }, (_, w) => {
      const meetings = sampleBinomial(rng, dials, wobbly(rng, rate, sd));
      return { week: isoWeek(w), rep: null, counts: counts({ dials, reached: dials, meetings }), origin: { file: 'sim.csv', line: w + 2 } };
    });
    const plan = buildPlan({
      source: historySource(selectHistory(rows, {}), ['sim.csv'], null), whatIfs: [], meetingsPerDay: target, targetPer: 'day', daysPerWeek: 5,
      time: { kind: 'flag', pace: 'per-dial', dialsPerHour: 20, measured: null }, capacity: { workdayHours: 8, sellingShare: 0.39 },
      confidence: 0.9, level: 0.9, lift: 0.1,
    });
    const [lo, hi] = plan.interval.dials_per_day!;
    if (lo <= target / rate && target / rate <= hi) covered++;
    const n = Math.ceil(plan.confident_dials_per_day!);
    for (let d = 0; d < daysPerPlan; d++) if (sampleBinomial(rng, n, wobbly(rng, rate, sd)) >= target) hit++;
  }
  return { coverage: covered / plans, hitRate: hit / (plans * daysPerPlan) };
}
