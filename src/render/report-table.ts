import { plural } from '../errors.js';
import type { Report, RepPart, Verdict, WeekPart } from '../core/report.js';
import { int, pct, pp } from './format.js';
import { bar, sparkline } from './sparkline.js';
import { renderFitting, renderTable } from './table.js';
import { terminal } from './safe.js';
import { tone, type Theme } from './theme.js';
import { wrap } from './wrap.js';
import { RATIO_HEAD, SHORT_LEGEND, SHOWN_RATIOS, countCells, countHead, hasHours, ratioCells, ratioRows, repHead, weekHead } from './report-rows.js';
import { maxOf, minOf } from '../core/arrays.js';

const BAR_WIDTH = 20; // leaves room for the note so the picture fits 80 columns

function funnelPicture(r: Report, t: Theme): string {
  const { totals: c, ratios: q } = r;
  const share = (n: number) => (c.dials === 0 ? 0 : n / c.dials);
  const lines: [string, number, string][] = [
    ['Dials', c.dials, ''],
    ['Reached', c.reached, `${pct(q['reached/dials'])} of dials`],
  ];
  if (c.callbacks !== null) {
    const split = c.callbacks_short !== null && c.callbacks_long !== null ? ` (${c.callbacks_short} short, ${c.callbacks_long} long)` : '';
    lines.push(['Callbacks', c.callbacks, `${pct(q['callbacks/reached'])} of reached${split}`]);
  }
  lines.push(['Meetings', c.meetings, `${pct(q['meetings/reached'])} of reached, ${pct(q['meetings/dials'])} of dials`]);
  const width = maxOf(lines.map(([, n]) => int(n).length), 0);
  return lines
    .map(([label, n, note]) => `  ${label.padEnd(9)} ${int(n).padStart(width)}  ${bar(share(n), BAR_WIDTH, t)}  ${note}`.trimEnd())
    .join('\n');
}

function ratioTable(r: Report, t: Theme): string {
  return renderTable(RATIO_HEAD, ratioRows(r), t);
}

function arrow(delta: number | null, t: Theme): string {
  if (delta === null) return '';
  if (Math.abs(delta) < 0.0005) return tone(t, 'same', `${t.sym.flat} ${pp(0)}`);
  return delta > 0 ? tone(t, 'better', `${t.sym.up} ${pp(delta)}`) : tone(t, 'worse', `${t.sym.down} ${pp(delta)}`);
}

function weekTable(r: Report, t: Theme): string {
  const head = weekHead(r);
  const rows = r.weeks.map((w: WeekPart) => [terminal(w.week), ...countCells(r, w.totals, w.pace), ...ratioCells(w.ratios), arrow(w.change?.['meetings/dials'] ?? null, t)]);
  const ratios = head.map((_, i) => i).filter((i) => i > countHead(r).length); // counts | ratios and change
  return renderFitting(head, rows, t, ratios);
}

/** One sparkline per measure, so "dials went down while meetings went up" is seen at a glance. */
function trends(r: Report, t: Theme): string {
  const series: [string, (number | null)[], (number | null)[]][] = [
    ['dials', r.weeks.map((w) => w.totals.dials), []],
    ['meetings', r.weeks.map((w) => w.totals.meetings), []],
    ...SHOWN_RATIOS.map((n): [string, (number | null)[], (number | null)[]] => [n, r.weeks.map((w) => w.ratios[n]), []]),
  ];
  if (hasHours(r)) series.push(['minutes/dial', r.weeks.map((w) => w.pace['minutes/dial']), []]);
  const label = maxOf(series.map(([s]) => s.length), 0);
  return series
    .map(([name, values]) => {
      const first = values.find((v) => v !== null) ?? null;
      const last = values.findLast((v) => v !== null) ?? null;
      const fmt = (v: number | null) => (v === null ? '–' : name.includes('/') && name !== 'minutes/dial' ? pct(v) : String(Math.round(v * 10) / 10));
      return `  ${name.padEnd(label)}  ${sparkline(values, t)}  ${fmt(first)} ${t.sym.arrow} ${fmt(last)}`;
    })
    .join('\n');
}

function mark(v: Verdict, t: Theme): string {
  if (v === 'better') return ' ' + tone(t, 'better', t.sym.better);
  if (v === 'worse') return ' ' + tone(t, 'worse', t.sym.worse);
  return '';
}

/** "p = 0.031", or "p < 0.001" where three decimals would print a misleading zero. */
export function pValue(p: number | null): string {
  if (p === null) return 'p = –';
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

function repTable(r: Report, reps: readonly RepPart[], t: Theme): string {
  const rows = reps.map((p) => [
    terminal(p.rep),
    String(p.weeks),
    ...countCells(r, p.totals, p.pace),
    ...SHOWN_RATIOS.map((n) => pct(p.ratios[n]) + mark(p.vs_team[n].verdict, t)),
    ...(r.weeks.length > 1 ? [sparkline(p.trend, t)] : []),
  ]);
  const head = [...repHead(r), ...(r.weeks.length > 1 ? ['mtg/dial trend'] : [])];
  // Weeks goes with the ratios: it says how much data they rest on.
  const ratios = head.map((_, i) => i).filter((i) => i === 1 || i > 1 + countHead(r).length);
  return renderFitting(head, rows, t, ratios);
}

/** Up to this many reps the table lists every one; above, the reps that matter (see repsToShow). */
export const ALL_REPS_UP_TO = 40;
const EACH_END = 10;
const FLAGGED_SHOWN = 20;

const flagged = (p: RepPart) => SHOWN_RATIOS.some((n) => p.vs_team[n].verdict === 'better' || p.vs_team[n].verdict === 'worse');
const smallestP = (p: RepPart) => minOf(SHOWN_RATIOS.map((n) => p.vs_team[n].p_value ?? 1), 1);

/**
 * A table of thousands of reps is read by nobody: above ALL_REPS_UP_TO it shows the reps flagged better or
 * worse than the rest (the most significant FLAGGED_SHOWN), and the top and bottom EACH_END by meetings per
 * dial, ordered from best to worst. `all` (--all-reps) keeps every rep.
 */
export function repsToShow(reps: readonly RepPart[], all: boolean): { shown: readonly RepPart[]; hidden: number; hiddenFlagged: number } {
  if (all || reps.length <= ALL_REPS_UP_TO) return { shown: reps, hidden: 0, hiddenFlagged: 0 };
  const rate = (p: RepPart) => p.ratios['meetings/dials'];
  const ranked = reps.filter((p) => rate(p) !== null).sort((a, b) => rate(b)! - rate(a)!);
  const allFlagged = reps.filter(flagged);
  const keep = new Set([...allFlagged.sort((a, b) => smallestP(a) - smallestP(b)).slice(0, FLAGGED_SHOWN), ...ranked.slice(0, EACH_END), ...ranked.slice(-EACH_END)]);
  const order = new Map(ranked.map((p, i) => [p, i]));
  const shown = [...keep].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  return { shown, hidden: reps.length - shown.length, hiddenFlagged: allFlagged.length - shown.filter(flagged).length };
}

function hiddenNote(hidden: number, hiddenFlagged: number, t: Theme): string {
  const what = `${int(hidden)} more ${hidden === 1 ? 'rep' : 'reps'} not shown${hiddenFlagged > 0 ? ` (${int(hiddenFlagged)} of them flagged)` : ''}: flagged reps and the top and bottom ${EACH_END} by mtg/dial are listed. --all-reps lists every rep; --format csv, json and md always do.`;
  return t.c.dim(wrap(what, t.width - 2).map((l) => `  ${l}`).join('\n'));
}

function repLegend(reps: readonly RepPart[], t: Theme): string {
  const flagged = reps.flatMap((p) =>
    SHOWN_RATIOS.filter((n) => p.vs_team[n].verdict === 'better' || p.vs_team[n].verdict === 'worse').map(
      (n) => `  ${terminal(p.rep)}: ${n} ${pct(p.ratios[n])} vs ${pct(p.vs_team[n].rest)} for the rest (${pValue(p.vs_team[n].p_value)})`,
    ),
  );
  const legend = `  ${SHORT_LEGEND}\n  ${t.sym.better} better / ${t.sym.worse} worse than the rest of the team beyond chance\n  (Fisher's exact test, two-sided, p < 0.05)`;
  // One rep has no rest of the team: "no rep differs" would claim a comparison that never ran.
  if (reps.length === 1) return `  ${SHORT_LEGEND}\n  only one rep in the data: there is no rest of the team to compare with`;
  return [legend, ...(flagged.length ? flagged : ['  no rep differs from the rest of the team beyond chance'])].join('\n');
}

export function reportTable(r: Report, t: Theme, options: { byRep: boolean; allReps?: boolean }): string {
  const weeks = r.weeks.length;
  const title = `${t.c.bold('Funnel')} ${t.c.bold(r.chain)}  ${t.c.dim(`(meetings/reached/dials · ${plural(weeks, 'week')})`)}`;
  const out = [title, '', funnelPicture(r, t), '', ratioTable(r, t)];
  if (weeks > 1) out.push('', t.c.bold('Week by week'), weekTable(r, t), t.c.dim(`  ${SHORT_LEGEND}`), '', t.c.bold('Trends') + t.c.dim(` (first ${t.sym.arrow} last week)`), trends(r, t));
  if (r.reps && (options.byRep || r.reps.length > 1)) {
    const { shown, hidden, hiddenFlagged } = repsToShow(r.reps, options.allReps ?? false);
    out.push('', t.c.bold('By rep'), repTable(r, shown, t));
    if (hidden > 0) out.push(hiddenNote(hidden, hiddenFlagged, t));
    out.push(repLegend(r.reps.length === 1 ? r.reps : shown, t));
  }
  return out.join('\n');
}
