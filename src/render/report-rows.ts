import type { RatioName } from '../core/funnel.js';
import type { Interval, Report, WeekPart } from '../core/report.js';
import type { Counts } from '../core/types.js';
import { int, num, pct } from './format.js';

/** Cells shared by the terminal table and Markdown: same columns, same rounding, different dress. */
export const SHOWN_RATIOS = ['reached/dials', 'meetings/reached', 'meetings/dials'] as const satisfies readonly RatioName[];

/** Column heads for the wide week and rep tables; the ratio table above them spells the names out. */
export const SHORT_LABELS: Record<RatioName, string> = {
  'reached/dials': 'reach',
  'meetings/reached': 'mtg/conv',
  'meetings/dials': 'mtg/dial',
  'callbacks/reached': 'cb/conv',
};

export const SHORT_LEGEND = 'reach: reached/dials · mtg/conv: meetings/reached · mtg/dial: meetings/dials';

export function interval(i: Interval): string {
  return i === null ? '–' : `${(i.lo * 100).toFixed(1)}–${(i.hi * 100).toFixed(1)} %`;
}

export function hasCallbacks(r: Report): boolean {
  return r.totals.callbacks !== null;
}

export function hasHours(r: Report): boolean {
  return r.totals.hours !== null;
}

export function countHead(r: Report): string[] {
  return ['Dials', 'Reached', ...(hasCallbacks(r) ? ['Callbacks'] : []), 'Meetings', ...(hasHours(r) ? ['Hours', 'min/dial'] : [])];
}

export function countCells(r: Report, c: Counts, pace: WeekPart['pace']): string[] {
  return [
    int(c.dials),
    int(c.reached),
    ...(hasCallbacks(r) ? [int(c.callbacks)] : []),
    int(c.meetings),
    ...(hasHours(r) ? [num(c.hours, 1), num(pace['minutes/dial'], 1)] : []),
  ];
}

export function ratioCells(ratios: Record<RatioName, number | null>): string[] {
  return SHOWN_RATIOS.map((n) => pct(ratios[n]));
}

/** The ratio table: the shown ratios, and callbacks/reached when callbacks were recorded. */
export const RATIO_HEAD = ['Ratio', 'Value', '90 % interval'];

export function ratioRows(r: Report): string[][] {
  const names: RatioName[] = [...SHOWN_RATIOS, ...(hasCallbacks(r) ? (['callbacks/reached'] as const) : [])];
  return names.map((n) => [n, pct(r.ratios[n]), interval(r.intervals[n])]);
}

/** The week table's head; its last column is the change in meetings/dials against the week before. */
export function weekHead(r: Report): string[] {
  return ['Week', ...countHead(r), ...SHOWN_RATIOS.map((n) => SHORT_LABELS[n]), 'Δ mtg/dial'];
}

export function repHead(r: Report): string[] {
  return ['Rep', 'Weeks', ...countHead(r), ...SHOWN_RATIOS.map((n) => SHORT_LABELS[n])];
}
