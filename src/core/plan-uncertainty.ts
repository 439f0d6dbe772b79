import { plural } from '../errors.js';
import { ENOUGH } from './evidence.js';
import type { FunnelCounts, StageRates, WhatIf } from './plan-model.js';
import type { PlanSource } from './plan-source.js';
import { betaInterval, minTrialsForTarget, minTrialsForTargetKnownRate, posteriorBeta, type BetaParams } from './stats.js';

/**
 * How sure a plan is. The rate that matters is meetings per dial; from counts it is uncertain, and we
 * describe it as `scale × q` with q ~ Beta(posterior) — the Jeffreys posterior of the stage(s) that
 * still rest on counts:
 * - no --what-if: q = meetings/dials, Beta(m + ½, d − m + ½), scale 1;
 * - --what-if sets meetings/reached: q = reached/dials from the counts, scale = the new meeting rate;
 * - --what-if sets reached/dials: q = meetings/reached from the counts, scale = the new reach rate;
 * - rates given without counts, or meetings/dials (or both stages) set by hand: the rate is known.
 */
export interface RateBelief {
  scale: number;
  posterior: BetaParams;
  /** The ratio whose counts carry the uncertainty, with those counts, e.g. "meetings/dials 9/106". */
  basis: string;
}

export function rateBelief(counts: FunnelCounts | null, whatIfs: readonly WhatIf[], rates: StageRates): RateBelief | null {
  if (counts === null) return null;
  const changed = new Set(whatIfs.map((w) => w.ratio));
  if (changed.has('meetings/dials') || (changed.has('reached/dials') && changed.has('meetings/reached'))) return null;
  if (changed.has('meetings/reached')) {
    return { scale: rates.meet, posterior: posteriorBeta(counts.reached, counts.dials), basis: `reached/dials ${counts.reached}/${counts.dials}` };
  }
  if (changed.has('reached/dials')) {
    return { scale: rates.reach, posterior: posteriorBeta(counts.meetings, counts.reached), basis: `meetings/reached ${counts.meetings}/${counts.reached}` };
  }
  return { scale: 1, posterior: posteriorBeta(counts.meetings, counts.dials), basis: `meetings/dials ${counts.meetings}/${counts.dials}` };
}

/**
 * The equal-tailed range of dials/day: target ÷ the rate's upper and lower quantiles (dials fall as
 * the rate rises, so the rate's hi quantile gives the low end).
 */
export function dialsRange(belief: RateBelief, meetingsPerDay: number, level: number): [number, number] {
  const q = betaInterval(belief.posterior, level);
  return [meetingsPerDay / (belief.scale * q.hi), meetingsPerDay / (belief.scale * q.lo)];
}

/**
 * A Beta for `scale × q` with the same mean and variance (moment matching). Exact when scale = 1,
 * the case without --what-if; an approximation that keeps the spread of the measured stage otherwise.
 */
export function perDialPosterior(belief: RateBelief): BetaParams {
  if (belief.scale === 1) return belief.posterior;
  const { a, b } = belief.posterior;
  const mean = (belief.scale * a) / (a + b);
  const variance = (belief.scale ** 2 * a * b) / ((a + b) ** 2 * (a + b + 1));
  const size = (mean * (1 - mean)) / variance - 1;
  return { a: mean * size, b: (1 - mean) * size };
}

export interface ConfidentDials {
  dials_per_day: number | null;
  /** "day": enough dials to book the day's target on that share of days; "week": the week's target in that share of weeks. */
  basis: 'day' | 'week';
  /** The whole number of meetings the search aimed for (per day or per week, see basis). */
  meetings: number;
}

const isWhole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;

/**
 * The dials a day that book the target on at least `confidence` of days, counting both chance day to
 * day (binomial) and the uncertainty of the rate (Beta-Binomial). A weekly target is planned over
 * the week (its meetings in that share of weeks), and so is a fractional daily one, because meetings
 * come whole: for 2.5 a day, enough dials for ⌈2.5 × 5⌉ = 13 in a week, spread over its days.
 * A rate taken as known gives the binomial answer.
 */
export function confidentDials(
  belief: RateBelief | null, rates: StageRates, target: { meetingsPerDay: number; daysPerWeek: number; per: 'day' | 'week' }, confidence: number,
): ConfidentDials {
  const { meetingsPerDay, daysPerWeek } = target;
  const daily = target.per === 'day' && isWhole(meetingsPerDay);
  const meetings = daily ? Math.round(meetingsPerDay) : Math.ceil(meetingsPerDay * daysPerWeek - 1e-9);
  const trials = belief === null
    ? minTrialsForTargetKnownRate(meetings, rates.perDial, confidence)
    : minTrialsForTarget({ target: meetings, posterior: perDialPosterior(belief), confidence });
  const perDay = trials === null ? null : daily ? trials : trials / daysPerWeek;
  return { dials_per_day: perDay, basis: daily ? 'day' : 'week', meetings };
}

/** How many times the data it would take to satisfy both thresholds, and at least 4× (half as wide by √n). */
function moreDataFactor(weeks: number | null, meetings: number): number {
  const byWeeks = weeks === null ? 1 : Math.ceil(ENOUGH.weeks / weeks);
  return Math.max(4, byWeeks, Math.ceil(ENOUGH.meetings / meetings));
}

/**
 * A thin history (under 4 weeks or 10 meetings) gets a warning that says how much more data would
 * narrow the range — computed by planning again on the counts scaled up, not guessed.
 */
export function thinHistoryWarning(
  source: PlanSource, whatIfs: readonly WhatIf[], rates: StageRates, meetingsPerDay: number, level: number,
): string | null {
  const c = source.counts;
  if (c === null) return null;
  const thinWeeks = source.weeks !== null && source.weeks < ENOUGH.weeks;
  if (!thinWeeks && c.meetings >= ENOUGH.meetings) return null;
  const now = rateBelief(c, whatIfs, rates);
  if (now === null) return null;
  const factor = moreDataFactor(source.weeks, c.meetings);
  const more = rateBelief({ dials: c.dials * factor, reached: c.reached * factor, meetings: c.meetings * factor }, whatIfs, rates);
  if (more === null) return null;
  const [lo, hi] = dialsRange(now, meetingsPerDay, level);
  const [lo2, hi2] = dialsRange(more, meetingsPerDay, level);
  const up = (x: number) => Math.ceil(x - 1e-9);
  const meetings = plural(c.meetings, 'meeting');
  const had = source.weeks === null ? meetings : `${plural(source.weeks, 'week')} and ${meetings}`;
  const pct = Math.round(level * 100);
  const weeksMore = source.weeks === null ? '' : ` (${source.weeks * factor} weeks like these)`;
  return (
    `thin history: ${had} behind these rates (under ${ENOUGH.weeks} weeks or ${ENOUGH.meetings} meetings), ` +
    `so the ${pct} % range is wide: ${up(lo)} to ${up(hi)} dials/day. ` +
    `With ${factor} times the data${weeksMore} at the same rates it would be about ${((hi2 - lo2) / (hi - lo)).toFixed(2)} times as wide: ${up(lo2)} to ${up(hi2)}.`
  );
}
