import type { StageRates, Volumes } from './plan-model.js';

/**
 * What `funnel track` and `funnel check --plan` read from a plan file (the JSON of `funnel plan`,
 * version PLAN_FILE_VERSION): for the team and, in a plan made --by rep, for each rep.
 */
export const PLAN_FILE_VERSION = 1;

export interface PlannedSubject {
  /** A week's plan: meetings, reached, dials, hours. */
  perWeek: Volumes;
  /** Belief about meetings/dials: Beta(a, b); null when the plan's rates carry no counts (taken as known). */
  posterior: { a: number; b: number } | null;
  /** Week-to-week wobble of meetings measured in the plan's history (1 when not measured). */
  dispersion: number;
  /** Relative week-to-week spread of dials in the history, and its degrees of freedom; null when not measured. */
  dialsCv: number | null;
  df: number;
}

export interface TrackPlan {
  file: string;
  daysPerWeek: number;
  team: PlannedSubject;
  /** Per rep, as named in the plan; null for a team plan. */
  reps: ReadonlyMap<string, PlannedSubject> | null;
}

/** The rates a subject's plan implies, from its weekly volumes (meetings/dials = reached/dials × meetings/reached). */
export function plannedRates(p: PlannedSubject): StageRates {
  const w = p.perWeek;
  return { reach: w.reached / w.dials, meet: w.meetings / w.reached, perDial: w.meetings / w.dials };
}

/** Concentration used for a rate known exactly (rates given without counts): a Beta this tight is a point. */
export const KNOWN_RATE_CONCENTRATION = 1e9;

/**
 * The belief about meetings/dials centred on the planned rate, keeping the plan's certainty (a + b):
 * a rep plan's posterior mean is the planned rate already; a --what-if or pooled-team plan is moved
 * onto the rate it plans with.
 */
export function beliefAtPlan(p: PlannedSubject): { a: number; b: number } {
  const q = plannedRates(p).perDial;
  const c = p.posterior === null ? KNOWN_RATE_CONCENTRATION : p.posterior.a + p.posterior.b;
  return { a: q * c, b: (1 - q) * c };
}
