import { DEFAULT_TIME_MODEL, DIAL_OVERHEAD } from '../domain/reference.js';
import type { StageRates } from './plan-model.js';

/** How long calling takes: the time models of `funnel plan` and the one place that picks among them. */

/** What a measured pace comes from: the hours column, or a call log's talk time plus dialling and logging. */
export type Measured =
  | { dials: number; hours: number }
  | { dials: number; talk_seconds: number; overhead_minutes_per_dial: number };

/** How calling time is estimated. */
export type TimeModel =
  /** A constant pace: given with --dials-per-hour, or measured from the history (hours, or call-log talk time). */
  | { kind: 'flag' | 'history'; pace: 'per-dial'; dialsPerHour: number; measured: Measured | null }
  /** Minutes per dial that does not reach a decision-maker and per conversation. */
  | { kind: 'flag' | 'default'; pace: 'per-outcome'; minutesPerDial: number; minutesPerConversation: number };

export interface TimeFlags {
  dialsPerHour?: number;
  minutesPerDial?: number;
  minutesPerConversation?: number;
}

/** What a history can tell about time: its prospecting hours, and the talk time of a call log. */
export interface HistoryTime {
  dials: number;
  hours: number | null;
  talkSeconds: number | null;
}

/**
 * Which time model a plan uses, in this order: --dials-per-hour; the minutes flags (a value the user
 * typed is never overridden by a file); the pace measured from the history's hours column; the pace
 * from a call log's talk time plus dialling and logging per dial; the default minutes per dial and
 * per conversation.
 */
export function chooseTimeModel(flags: TimeFlags, measured: HistoryTime | null): TimeModel {
  if (flags.dialsPerHour !== undefined) return { kind: 'flag', pace: 'per-dial', dialsPerHour: flags.dialsPerHour, measured: null };
  const minutes = {
    minutesPerDial: flags.minutesPerDial ?? DEFAULT_TIME_MODEL.minutesPerDial,
    minutesPerConversation: flags.minutesPerConversation ?? DEFAULT_TIME_MODEL.minutesPerConversation,
  };
  if (flags.minutesPerDial !== undefined || flags.minutesPerConversation !== undefined) return { kind: 'flag', pace: 'per-outcome', ...minutes };
  if (measured !== null && measured.hours !== null && measured.hours > 0 && measured.dials > 0) {
    return { kind: 'history', pace: 'per-dial', dialsPerHour: measured.dials / measured.hours, measured: { dials: measured.dials, hours: measured.hours } };
  }
  if (measured !== null && measured.talkSeconds !== null && measured.talkSeconds > 0 && measured.dials > 0) {
    const overhead = DIAL_OVERHEAD.minutesPerDial;
    const minutesPerDial = measured.talkSeconds / 60 / measured.dials + overhead;
    return {
      kind: 'history', pace: 'per-dial', dialsPerHour: 60 / minutesPerDial,
      measured: { dials: measured.dials, talk_seconds: measured.talkSeconds, overhead_minutes_per_dial: overhead },
    };
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
