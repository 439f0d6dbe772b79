/**
 * The statistical targets of issue 11, by seeded simulation through the core: nothing differs or
 * changed → few false marks and failures; something real → caught. bench/stats-sim.mjs runs more teams.
 */
import { describe, expect, it } from 'vitest';
import { WOBBLE, checkFails, falseMarks, halfRateCaught, planTargets } from './targets.js';

const RUNS = 120;
/** Simulations are CPU-bound: on a loaded shared machine they need more than the default 30 s. */
const SLOW = 180_000;

describe('report --by rep: 20 identical reps × 8 weeks', () => {
  it.each([
    ['binomial', 0],
    ['with 5 pp rep-week wobble', WOBBLE],
  ])('%s: false marks in at most 10 % of teams', (_, wobble) => {
    expect(falseMarks(RUNS, 101 + wobble * 100, wobble)).toBeLessThanOrEqual(0.1);
  }, SLOW);

  // With wobble at 100 dials a week, the rep's 240 conversations count as about 145 and only ~70 % are caught
  // (bench/stats-sim.mjs): the information is not there. 30 dials a day (150 a week) is an ordinary setter's week.
  it.each([
    ['binomial, 100 dials a week', 0, 100],
    ['with wobble, 150 dials a week', WOBBLE, 150],
  ])('a rep at half the meeting rate (%s) is marked worse in at least 80 % of teams', (_, wobble, dials) => {
    expect(halfRateCaught(RUNS, 7, wobble, dials)).toBeGreaterThanOrEqual(0.8);
  }, SLOW);
});

describe('check --baseline (8 weeks) on a 9th week', () => {
  it.each([
    ['team, binomial', false, 0],
    ['team, with wobble', false, WOBBLE],
    ['--by rep, binomial', true, 0],
    ['--by rep, with wobble', true, WOBBLE],
  ])('nothing changed (%s): at most 10 % of runs fail', (_, byRep, wobble) => {
    expect(checkFails(RUNS, 202 + Number(byRep) * 10 + wobble * 100, wobble, byRep)).toBeLessThanOrEqual(0.1);
  }, SLOW);

  it('nothing changed, but every rep\'s week also moves with the team (3 pp team-wide weekly wobble): at most 10 % fail', () => {
    expect(checkFails(RUNS, 222, WOBBLE, false, {}, 0.03)).toBeLessThanOrEqual(0.1);
  }, SLOW);

  it('a team-wide halving of meetings/reached in one week fails the team check in at least 80 % of runs (with wobble)', () => {
    expect(checkFails(RUNS, 303, WOBBLE, false, { weekFactor: () => 0.5 })).toBeGreaterThanOrEqual(0.8);
  }, SLOW);
});

describe('plan from a wobbly 8-week history', () => {
  it('the 90 % range covers the true dials/day in at least 85 % of histories; the confident dials book the target on at least 88 % of simulated days', () => {
    const { coverage, hitRate } = planTargets(RUNS, 404);
    expect(coverage).toBeGreaterThanOrEqual(0.85);
    expect(hitRate).toBeGreaterThanOrEqual(0.88);
  }, SLOW);
});
