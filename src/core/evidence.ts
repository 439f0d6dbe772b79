import { plural } from '../errors.js';

/** When is there enough data to draw conclusions? From the sources: "do the exercise several times". */
export const ENOUGH = { weeks: 4, meetings: 10 } as const;

/** Default level of every interval we print. */
export const INTERVAL_LEVEL = 0.9;

/** Significance level for marking a rep as different from the rest of the team. */
export const REP_ALPHA = 0.05;

export interface Evidence {
  weeks: number;
  meetings: number;
  enough: boolean;
}

export function evidence(weeks: number, meetings: number): Evidence {
  return { weeks, meetings, enough: weeks >= ENOUGH.weeks && meetings >= ENOUGH.meetings };
}

/** The sentence a reader needs when the sample is thin, or null when it is not. */
export function evidenceNote(e: Evidence): string | null {
  if (e.enough) return null;
  const short: string[] = [];
  if (e.weeks < ENOUGH.weeks) short.push(`${plural(e.weeks, 'week')} (want ${ENOUGH.weeks}+)`);
  if (e.meetings < ENOUGH.meetings) short.push(`${plural(e.meetings, 'meeting')} (want ${ENOUGH.meetings}+)`);
  return `too little data to conclude: ${short.join(' and ')}; treat the ratios as a first impression and read the 90 % intervals`;
}
