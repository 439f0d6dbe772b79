import { plural } from '../errors.js';
import { ENOUGH, INTERVAL_LEVEL } from './evidence.js';
import type { FunnelCounts, StageRates, WhatIf } from './plan-model.js';
import type { PlanSource } from './plan-source.js';
import {
  betaInterval, betaQuantile, dayRateNodes, designEffect, estimateDispersion, minTrialsForTarget, minTrialsForTargetKnownRate, minTrialsPredictive,
  posteriorBeta, posteriorNodes, smallSampleFactor, type BetaParams, type Dispersion,
} from './stats.js';

/**
 * How sure a plan is. The rate that matters is meetings per dial; from counts it is uncertain, and we
 * describe it as `scale × q` with q ~ Beta(posterior) — the Jeffreys posterior of the stage(s) that
 * still rest on counts:
 * - no --what-if: q = meetings/dials, scale 1;
 * - --what-if sets meetings/reached: q = reached/dials from the counts, scale = the new meeting rate;
 * - --what-if sets reached/dials: q = meetings/reached from the counts, scale = the new reach rate;
 * - rates given without counts, or meetings/dials (or both stages) set by hand: the rate is known.
 * When the history's weeks wobble beyond chance (ρ > 0 on that stage), its counts enter the posterior
 * at their effective size x/deff of n/deff, and a new day's rate wobbles around q as the weeks did.
 */
export interface RateBelief {
  scale: number;
  posterior: BetaParams;
  /** The ratio whose counts carry the uncertainty, with those counts, e.g. "meetings/dials 9/106". */
  basis: string;
  /** Week-to-week wobble of that stage (ρ, 0 when none beyond chance), its degrees of freedom and design effect on the pooled counts. */
  wobble: Dispersion;
  /** The design effect of the weekly wobble, and the factor for having estimated it from few weeks; the counts count ÷ both. */
  deff: number;
  smallSample: number;
  /** The measured stage's pooled rate (for the wobble's SD). */
  rate: number;
}

type Stage = 'meetings/dials' | 'reached/dials' | 'meetings/reached';

const PARTS: Record<Stage, (c: FunnelCounts) => { x: number; n: number }> = {
  'meetings/dials': (c) => ({ x: c.meetings, n: c.dials }),
  'reached/dials': (c) => ({ x: c.reached, n: c.dials }),
  'meetings/reached': (c) => ({ x: c.meetings, n: c.reached }),
};

function belief(stage: Stage, counts: FunnelCounts, weekly: readonly FunnelCounts[], scale: number): RateBelief {
  const { x, n } = PARTS[stage](counts);
  const cells = weekly.map(PARTS[stage]);
  const wobble = estimateDispersion([cells]);
  const deff = designEffect(cells.map((c) => c.n), wobble.rho);
  // An estimated wobble is itself uncertain: Student's t on its degrees of freedom (smallSampleFactor).
  const smallSample = smallSampleFactor(wobble, INTERVAL_LEVEL);
  const shrinkBy = deff * smallSample;
  // Jeffreys Beta(x + ½, n − x + ½), on the effective counts when the weeks wobble.
  const posterior = shrinkBy === 1 ? posteriorBeta(x, n) : { a: x / shrinkBy + 0.5, b: (n - x) / shrinkBy + 0.5 };
  return { scale, posterior, basis: `${stage} ${x}/${n}`, wobble, deff, smallSample, rate: n === 0 ? 0 : x / n };
}

export function rateBelief(counts: FunnelCounts | null, whatIfs: readonly WhatIf[], rates: StageRates, weekly: readonly FunnelCounts[] = []): RateBelief | null {
  if (counts === null) return null;
  const changed = new Set(whatIfs.map((w) => w.ratio));
  if (changed.has('meetings/dials') || (changed.has('reached/dials') && changed.has('meetings/reached'))) return null;
  if (changed.has('meetings/reached')) return belief('reached/dials', counts, weekly, rates.meet);
  if (changed.has('reached/dials')) return belief('meetings/reached', counts, weekly, rates.reach);
  return belief('meetings/dials', counts, weekly, 1);
}

/**
 * The equal-tailed range of dials/day: target ÷ the rate's upper and lower quantiles (dials fall as
 * the rate rises, so the rate's hi quantile gives the low end). It is a range for the long-run
 * dials/day; single days wobble around it (that is what the confident dials allow for).
 */
export function dialsRange(b: RateBelief, meetingsPerDay: number, level: number): [number, number] {
  const q = betaInterval(b.posterior, level);
  return [meetingsPerDay / (b.scale * q.hi), meetingsPerDay / (b.scale * q.lo)];
}

/**
 * A Beta for `scale × q` with the same mean and variance (moment matching): the compact summary of
 * the rate that a plan file carries for `track` (`rate_posterior`). Exact when scale = 1; the plan's
 * own confident dials integrate `scale × q` exactly instead (confidentDials).
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
 * The dials a day that book the target on at least `confidence` of days, counting chance day to
 * day (binomial), the day's own wobble (as the history's weeks wobbled) and the uncertainty of the
 * long-run rate. Read as: of all the days to come, we expect that share to make the target.
 * With `assurance` (the stricter reading) the long-run rate is taken at its (1 − assurance) quantile:
 * we are that sure the share of days is at least `confidence`.
 * A weekly target is planned over the week (its meetings in that share of weeks), and so is a
 * fractional daily one, because meetings come whole: for 2.5 a day, enough dials for ⌈2.5 × 5⌉ = 13
 * in a week, spread over its days. A rate taken as known gives the binomial answer.
 * Everything is computed exactly (numerical integration, no moment matching).
 */
export function confidentDials(
  b: RateBelief | null, rates: StageRates, target: { meetingsPerDay: number; daysPerWeek: number; per: 'day' | 'week' }, confidence: number,
  assurance: number | null = null,
): ConfidentDials {
  const { meetingsPerDay, daysPerWeek } = target;
  const daily = target.per === 'day' && isWhole(meetingsPerDay);
  const meetings = daily ? Math.round(meetingsPerDay) : Math.ceil(meetingsPerDay * daysPerWeek - 1e-9);
  let trials: number | null;
  if (b === null) trials = minTrialsForTargetKnownRate(meetings, rates.perDial, confidence);
  else if (assurance !== null) {
    const low = [{ rate: betaQuantile(1 - assurance, b.posterior.a, b.posterior.b), weight: 1 }];
    trials = minTrialsPredictive(meetings, dayRateNodes(low, b.scale, b.wobble.rho), confidence);
  } else if (b.scale === 1 && b.wobble.rho === 0) trials = minTrialsForTarget({ target: meetings, posterior: b.posterior, confidence });
  else trials = minTrialsPredictive(meetings, dayRateNodes(posteriorNodes(b.posterior), b.scale, b.wobble.rho), confidence);
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
  const weekly = source.weekly ?? [];
  const now = rateBelief(c, whatIfs, rates, weekly);
  if (now === null) return null;
  const factor = moreDataFactor(source.weeks, c.meetings);
  // "factor times the data": the same weeks again, so the wobble stays what it was.
  const more = rateBelief({ dials: c.dials * factor, reached: c.reached * factor, meetings: c.meetings * factor }, whatIfs, rates, Array.from({ length: factor }, () => weekly).flat());
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
