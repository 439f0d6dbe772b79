import type { StageRates } from './plan-model.js';

/**
 * Where a meeting shortfall comes from, in meetings, at the plan's rates:
 *   effort     = (planned dials − actual dials) × planned meetings per dial
 *   conversion = actual dials × planned meetings per dial − actual meetings
 * which add up to planned − actual meetings. Conversion splits the same way by stage:
 *   reach        = (actual dials × planned reached/dials − actual reached) × planned meetings/reached
 *   meeting_rate = actual reached × planned meetings/reached − actual meetings
 * (reach + meeting_rate = conversion, because planned meetings/dials = reached/dials × meetings/reached).
 * Positive is a shortfall, negative a surplus.
 */
export interface Gap {
  meetings: number;
  effort: number;
  conversion: number;
  reach: number;
  meeting_rate: number;
}

export interface Effort {
  dials: number;
  reached: number;
  meetings: number;
}

export function splitGap(plannedDials: number, plannedMeetings: number, rates: StageRates, actual: Effort): Gap {
  const conversion = actual.dials * rates.perDial - actual.meetings;
  const reach = (actual.dials * rates.reach - actual.reached) * rates.meet;
  return {
    meetings: plannedMeetings - actual.meetings,
    effort: (plannedDials - actual.dials) * rates.perDial,
    conversion,
    reach,
    meeting_rate: conversion - reach,
  };
}

/** Which side of the gap explains most of it, for one sentence a lead reads. */
export type GapCause = 'effort' | 'reach' | 'meeting rate' | 'none';

export function mainCause(g: Gap): GapCause {
  if (g.meetings <= 0) return 'none';
  const parts = [['effort', g.effort], ['reach', g.reach], ['meeting rate', g.meeting_rate]] as const;
  return parts.reduce((best, p) => (p[1] > best[1] ? p : best))[0];
}
