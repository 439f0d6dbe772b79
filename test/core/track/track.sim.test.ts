import { describe, expect, it } from 'vitest';
import { backtest } from '../../../src/core/backtest.js';
import { buildTrack } from '../../../src/core/track.js';
import { mondayOfIsoWeek } from '../../../src/core/track-period.js';
import type { ActivityRow } from '../../../src/core/types.js';
import { mulberry32 } from '../../stats-sim.js';
import { TEAM, history, isoWeek, planFromHistory, simWeek } from './plan-world.js';

/**
 * `track`'s "behind beyond chance" mid-week, by seeded simulation: plans from 6 weeks of the wobbly
 * team of plan-world.ts, then week 7 tracked on its Wednesday (3 of 5 days done, so 3/5 of the plan so far).
 */

const WORLDS = 200;

function wednesday(seed: number, pace: (rep: string) => number) {
  const rng = mulberry32(seed);
  const past = history(rng, 6);
  const { plan } = planFromHistory(past);
  const next: ActivityRow[] = TEAM.map((r) => simWeek(rng, r, plan.reps!.get(r.rep)!.perWeek.dials * 0.6 * pace(r.rep), isoWeek(6)));
  const asOf = mondayOfIsoWeek(isoWeek(6))! + 2;
  return buildTrack({ plan, rows: [...past, ...next], asOf, period: 'week', alpha: 0.05 });
}

describe('track status mid-week (seeded simulation)', () => {
  it('an on-pace team is rarely called "behind beyond chance", and its reps mostly on track or ahead', () => {
    let alarms = 0;
    let onTrack = 0;
    for (let s = 0; s < WORLDS; s++) {
      const t = wednesday(9000 + s, () => 1);
      if ([t.period, ...t.reps].some((x) => x.status === 'behind beyond chance')) alarms++;
      onTrack += t.reps.filter((r) => r.status === 'on track' || r.status === 'ahead').length;
    }
    console.info(`track mid-week false alarms: ${alarms}/${WORLDS}; reps on track or ahead: ${onTrack}/${WORLDS * TEAM.length}`);
    expect(alarms / WORLDS).toBeLessThanOrEqual(0.08);
    expect(onTrack / (WORLDS * TEAM.length)).toBeGreaterThan(0.6);
  });

  it('a rep at half pace by Wednesday is flagged in most worlds', () => {
    let caught = 0;
    for (let s = 0; s < WORLDS; s++) if (wednesday(12000 + s, (rep) => (rep === 'Bram' ? 0.5 : 1)).reps.find((r) => r.rep === 'Bram')!.status === 'behind beyond chance') caught++;
    console.info(`track mid-week power (half pace): ${caught}/${WORLDS}`);
    expect(caught / WORLDS).toBeGreaterThanOrEqual(0.7);
  });
});

describe('--backtest on a team that follows its own history (seeded simulation)', () => {
  it('lands inside the 90 % range about 9 times in 10', () => {
    let inside = 0;
    let total = 0;
    for (let s = 0; s < 40; s++) {
      const b = backtest(history(mulberry32(20000 + s), 8), false, 0.9);
      inside += b.inside;
      total += b.total;
    }
    console.info(`backtest coverage on simulated teams: ${inside}/${total}`);
    // Discrete quantiles with both ends included cover at least 90 %; a planner that ignored the
    // wobble or the rate's uncertainty would fall well below.
    expect(inside / total).toBeGreaterThan(0.85);
    expect(inside / total).toBeLessThan(0.99);
  });
});
