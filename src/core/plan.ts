import {
  applyWhatIfs, perWeek, ratesJson, repsNeeded, sensitivity, volumesFor,
  type Capacity, type RatesJson, type SensitivityRow, type StageRatio, type Volumes, type WhatIf,
} from './plan-model.js';
import { dialsPerHour, type Measured, type TimeModel } from './plan-time.js';
import type { PlanSource } from './plan-source.js';
import { confidentDials, dialsRange, perDialPosterior, rateBelief, thinHistoryWarning, type ConfidentDials } from './plan-uncertainty.js';
import type { Wobble } from './stats/weekly-wobble.js';
import { PLAN_FILE_VERSION } from './track-plan.js';
import type { RepPlans } from './plan-reps.js';

/**
 * `funnel plan`: back-solve the dials, conversations and hours a meeting target needs, with a range.
 * The Plan is the JSON contract documented in the README ("funnel plan"); numbers are unrounded.
 */

export interface PlanInput {
  source: PlanSource;
  whatIfs: readonly WhatIf[];
  /** Meetings a day; a weekly target arrives already divided by daysPerWeek. */
  meetingsPerDay: number;
  /** How the target was given: a weekly one is met week by week (see confidentDials). */
  targetPer: 'day' | 'week';
  daysPerWeek: number;
  time: TimeModel;
  capacity: Capacity;
  /** Share of days on which confident_dials_per_day books the target. */
  confidence: number;
  /** Level of the dials/day range. */
  level: number;
  /** Relative lift per stage in the sensitivity table. */
  lift: number;
  /** Week-to-week wobble of meetings in the history; null without one. */
  wobble?: Wobble | null;
  /** With --by rep: each rep's plan and their sum; the plan above is then the pooled team's for the summed target. */
  byRep?: RepPlans;
}

export interface TimeModelJson {
  kind: TimeModel['kind'];
  /** The pace the plan uses, in dials an hour (for the per-outcome model: on the plan's reach rate). */
  dials_per_hour: number;
  minutes_per_dial: number | null;
  minutes_per_conversation: number | null;
  /** The history's totals a measured pace comes from. */
  measured: Measured | null;
}

export interface Plan {
  /** The plan file's shape (PLAN_FILE_VERSION): `funnel track` and `check --plan` read it. */
  version: number;
  source: {
    kind: PlanSource['kind'];
    label: string;
    files: string[];
    weeks: number | null;
    counts: PlanSource['counts'];
    rep: string | null;
    last: number | null;
    /** Rates as the source gave them, before --what-if. */
    rates: RatesJson;
    what_if: { ratio: StageRatio; value: number }[];
  };
  rates: RatesJson;
  target: {
    meetings_per_day: number;
    meetings_per_week: number;
    days_per_week: number;
    workday_hours: number;
    selling_share: number;
  };
  per_day: Volumes;
  per_week: Volumes;
  time_model: TimeModelJson;
  interval: {
    level: number;
    /** null when the rates carry no counts (no sampling range to give). */
    dials_per_day: [number, number] | null;
    method: string;
    confidence: number;
    confident_basis: ConfidentDials['basis'];
    confident_meetings: number;
  };
  confident_dials_per_day: number | null;
  reps_needed: number;
  sensitivity: SensitivityRow[];
  /** Belief about meetings/dials, Beta(a, b) (moment-matched under a --what-if); null without counts or with the rate set by hand. */
  rate_posterior: { a: number; b: number } | null;
  /** Week-to-week wobble of weekly meetings in the history (dispersion 1, df 0 when not measured). */
  wobble: Wobble;
  /** Plans per rep (--by rep), else null. */
  reps: RepPlans['reps'] | null;
  rep_prior: RepPlans['prior'] | null;
  /** The sum of the reps' plans (what the team is tracked against), else null. */
  team_total: RepPlans['total'] | null;
  warnings: string[];
}

function timeModelJson(time: TimeModel, pace: number): TimeModelJson {
  return time.pace === 'per-dial'
    ? { kind: time.kind, dials_per_hour: pace, minutes_per_dial: null, minutes_per_conversation: null, measured: time.measured }
    : { kind: time.kind, dials_per_hour: pace, minutes_per_dial: time.minutesPerDial, minutes_per_conversation: time.minutesPerConversation, measured: null };
}

export function buildPlan(input: PlanInput, warnings: readonly string[] = []): Plan {
  const { source, whatIfs, meetingsPerDay, daysPerWeek, time, level } = input;
  const rates = applyWhatIfs(source.rates, whatIfs);
  const day = volumesFor(meetingsPerDay, rates, time);
  const belief = rateBelief(source.counts, whatIfs, rates);
  const confident = confidentDials(belief, rates, { meetingsPerDay, daysPerWeek, per: input.targetPer }, input.confidence);
  const thin = thinHistoryWarning(source, whatIfs, rates, meetingsPerDay, level);
  return {
    version: PLAN_FILE_VERSION,
    source: {
      kind: source.kind, label: source.label, files: source.files, weeks: source.weeks, counts: source.counts,
      rep: source.rep, last: source.last, rates: ratesJson(source.rates), what_if: whatIfs.map((w) => ({ ...w })),
    },
    rates: ratesJson(rates),
    target: {
      meetings_per_day: meetingsPerDay, meetings_per_week: meetingsPerDay * daysPerWeek, days_per_week: daysPerWeek,
      workday_hours: input.capacity.workdayHours, selling_share: input.capacity.sellingShare,
    },
    per_day: day,
    per_week: perWeek(day, daysPerWeek),
    time_model: timeModelJson(time, dialsPerHour(time, rates)),
    interval: {
      level,
      dials_per_day: belief === null ? null : dialsRange(belief, meetingsPerDay, level),
      method: belief === null
        ? source.counts === null
          ? 'none: the rates carry no counts, so there is no sampling range (only chance day to day)'
          : 'none: --what-if sets the rates by hand, so none rests on counts (only chance day to day)'
        : `target / equal-tailed quantiles of the Jeffreys Beta posterior of ${belief.basis}` + (belief.scale === 1 ? '' : `, times ${belief.scale}`),
      confidence: input.confidence,
      confident_basis: confident.basis,
      confident_meetings: confident.meetings,
    },
    confident_dials_per_day: confident.dials_per_day,
    reps_needed: repsNeeded(day.hours, input.capacity),
    sensitivity: sensitivity(meetingsPerDay, rates, time, input.lift),
    rate_posterior: belief === null ? null : perDialPosterior(belief),
    wobble: input.wobble ?? { dispersion: 1, df: 0, dials_cv: null },
    reps: input.byRep?.reps ?? null,
    rep_prior: input.byRep?.prior ?? null,
    team_total: input.byRep?.total ?? null,
    warnings: thin === null ? [...warnings] : [...warnings, thin],
  };
}
