import { DEFAULT_TIME_MODEL } from '../domain/reference.js';
import type { StageRates } from './plan-model.js';

/** How long calling takes: the time models of `funnel plan` and the one place that picks among them. */

/** How calling time is estimated. */
export type TimeModel =
  /** A constant pace: given with --dials-per-hour, or measured from the history's hours column. */
  | { kind: 'flag' | 'history'; pace: 'per-dial'; dialsPerHour: number; measured: { dials: number; hours: number } | null }
  /** Minutes per dial that does not reach a decision-maker and per conversation. */
  | { kind: 'flag' | 'default'; pace: 'per-outcome'; minutesPerDial: number; minutesPerConversation: number };

export interface TimeFlags {
  dialsPerHour?: number;
  minutesPerDial?: number;
  minutesPerConversation?: number;
}

/**
 * Which time model a plan uses, in this order: --dials-per-hour; the minutes flags (a value the user
 * typed is never overridden by a file); the pace measured from the history's hours column; the default
 * minutes per dial and per conversation.
 */
export function chooseTimeModel(flags: TimeFlags, measured: { dials: number; hours: number | null } | null): TimeModel {
  if (flags.dialsPerHour !== undefined) return { kind: 'flag', pace: 'per-dial', dialsPerHour: flags.dialsPerHour, measured: null };
  const minutes = {
    minutesPerDial: flags.minutesPerDial ?? DEFAULT_TIME_MODEL.minutesPerDial,
    minutesPerConversation: flags.minutesPerConversation ?? DEFAULT_TIME_MODEL.minutesPerConversation,
  };
  if (flags.minutesPerDial !== undefined || flags.minutesPerConversation !== undefined) return { kind: 'flag', pace: 'per-outcome', ...minutes };
  if (measured !== null && measured.hours !== null && measured.hours > 0 && measured.dials > 0) {
    return { kind: 'history', pace: 'per-dial', dialsPerHour: measured.dials / measured.hours, measured: { dials: measured.dials, hours: measured.hours } };
  }
  return { kind: 'default', pace: 'per-outcome', ...minutes };
}

/** Hours for a number of dials of which `reached` reached a decision-maker. */
export function hoursFor(model: TimeModel, dials: number, reached: number): number {
  if (model.pace === 'per-dial') return dials / model.dialsPerHour;
  return ((dials - reached) * model.minutesPerDial + reached * model.minutesPerConversation) / 60;
}

/** The pace a model gives on these rates: for the per-outcome model it depends on the reach rate. */
export function dialsPerHour(model: TimeModel, rates: StageRates): number {
  return 1 / hoursFor(model, 1, rates.reach);
}
