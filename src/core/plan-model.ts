import { UsageError } from '../errors.js';
import { hoursFor, type TimeModel } from './plan-time.js';

/**
 * The deterministic half of `funnel plan`: rates, --what-if and the back-solve
 * meetings → conversations → dials → hours (time models in plan-time.ts). Pure; no statistics here (see plan-uncertainty.ts).
 */

/** The ratios a plan is made of; callbacks are not a stage on the way to a meeting. */
export const STAGE_RATIOS = ['reached/dials', 'meetings/reached', 'meetings/dials'] as const;
export type StageRatio = (typeof STAGE_RATIOS)[number];

export function isStageRatio(name: string): name is StageRatio {
  return (STAGE_RATIOS as readonly string[]).includes(name);
}

/** Counts of the three stages a plan needs. */
export interface FunnelCounts {
  dials: number;
  reached: number;
  meetings: number;
}

/** reach = reached/dials, meet = meetings/reached; perDial = meetings/dials = reach × meet. */
export interface StageRates {
  reach: number;
  meet: number;
  perDial: number;
}

export type RatesJson = Record<StageRatio, number>;

export function ratesFromCounts(c: FunnelCounts): StageRates {
  // Straight from the counts (m/d rather than r/d × m/r) so 3 ÷ (9/106) is exactly what we compute.
  return { reach: c.reached / c.dials, meet: c.meetings / c.reached, perDial: c.meetings / c.dials };
}

export function ratesFromStages(reach: number, meet: number): StageRates {
  return { reach, meet, perDial: reach * meet };
}

export function ratesJson(r: StageRates): RatesJson {
  return { 'reached/dials': r.reach, 'meetings/reached': r.meet, 'meetings/dials': r.perDial };
}

export interface WhatIf {
  ratio: StageRatio;
  value: number;
}

/**
 * Applies --what-if changes in order. Changing meetings/dials keeps the reach rate and moves the
 * meeting rate (the dials are what a planner controls; where conversations convert is the lever).
 */
export function applyWhatIfs(rates: StageRates, changes: readonly WhatIf[]): StageRates {
  let r = rates;
  for (const w of changes) {
    if (w.ratio === 'reached/dials') r = ratesFromStages(w.value, r.meet);
    else if (w.ratio === 'meetings/reached') r = ratesFromStages(r.reach, w.value);
    else {
      const meet = w.value / r.reach;
      if (meet > 1) {
        throw new UsageError(
          `--what-if "meetings/dials=${w.value}" needs more meetings than conversations at a reach rate of ${r.reach.toFixed(4)}`,
          'lower the value, or raise reached/dials first with another --what-if',
        );
      }
      r = { reach: r.reach, meet, perDial: w.value };
    }
  }
  return r;
}

export interface Volumes {
  meetings: number;
  reached: number;
  dials: number;
  hours: number;
}

/** The back-solve: meetings ÷ meetings per conversation = conversations; ÷ meetings per dial = dials. */
export function volumesFor(meetings: number, rates: StageRates, time: TimeModel): Volumes {
  const reached = meetings / rates.meet;
  const dials = meetings / rates.perDial;
  return { meetings, reached, dials, hours: hoursFor(time, dials, reached) };
}

export function perWeek(day: Volumes, daysPerWeek: number): Volumes {
  return {
    meetings: day.meetings * daysPerWeek,
    reached: day.reached * daysPerWeek,
    dials: day.dials * daysPerWeek,
    hours: day.hours * daysPerWeek,
  };
}

export interface Capacity {
  workdayHours: number;
  /** The share of a rep's day that goes to selling (39 % in the sources). */
  sellingShare: number;
}

/** Calling hours ÷ one rep's selling hours: the share of one rep, and so the reps the target needs. */
export function repsNeeded(hoursPerDay: number, c: Capacity): number {
  return hoursPerDay / (c.workdayHours * c.sellingShare);
}

export interface SensitivityRow {
  ratio: 'reached/dials' | 'meetings/reached';
  lift: number;
  from: number;
  to: number;
  /** True when a +lift would pass 100 % and was held at 1. */
  capped: boolean;
  dials_per_day: number;
  dials_saved_per_day: number;
  hours_per_day: number;
  hours_saved_per_day: number;
}

/**
 * Which stage to improve: a relative lift in each stage ratio and what it saves a day. Both lifts cut
 * dials alike (dials = target ÷ (reach × meet)); hours differ when conversations take longer than dials.
 */
export function sensitivity(perDay: number, rates: StageRates, time: TimeModel, lift: number): SensitivityRow[] {
  const base = volumesFor(perDay, rates, time);
  const stages = [
    ['reached/dials', rates.reach, (v: number) => ratesFromStages(v, rates.meet)],
    ['meetings/reached', rates.meet, (v: number) => ratesFromStages(rates.reach, v)],
  ] as const;
  return stages.map(([ratio, from, withRate]) => {
    const to = Math.min(1, from * (1 + lift));
    const v = volumesFor(perDay, withRate(to), time);
    return {
      ratio, lift, from, to, capped: from * (1 + lift) > 1,
      dials_per_day: v.dials, dials_saved_per_day: base.dials - v.dials,
      hours_per_day: v.hours, hours_saved_per_day: base.hours - v.hours,
    };
  });
}
