import { plural } from '../../errors.js';
import { maturingWeeks, type Report, type WeekPart } from '../../core/report.js';
import type { RatioName } from '../../core/funnel.js';
import { int, num, pct, pp } from '../format.js';
import { SHOWN_RATIOS, countCells, countHead, hasCallbacks, hasHours, interval, ratioCells, ratioRows } from '../report-rows.js';
import { axisPct, bars, trend, type Bar, type TrendPoint } from './charts.js';
import { html } from '../safe.js';
import { figure, name, notes, page, section, table, tiles } from './page.js';
import { inputSection, type InputShown } from './report-input.js';
import { ratioHead, repSection } from './report-reps.js';

export interface HtmlContext {
  /** The input files as given: shown under the title. */
  files: readonly string[];
  byRep: boolean;
  /** --all-reps: chart every rep, not only those that matter (the table always lists all). */
  allReps?: boolean;
  /** How each file was read (the report JSON's `input`), shown as an appendix. */
  inputs?: readonly InputShown[];
}

function keyFigures(r: Report): string {
  const iv = (n: RatioName) => `90 % interval ${interval(r.intervals[n])}`;
  return tiles([
    { k: 'Chain (meetings/reached/dials)', v: html(r.chain), i: plural(r.weeks.length, 'week') },
    { k: 'Meetings per dial', v: pct(r.ratios['meetings/dials']), i: iv('meetings/dials') },
    { k: 'Meetings per conversation', v: pct(r.ratios['meetings/reached']), i: iv('meetings/reached') },
    { k: 'Reached per dial', v: pct(r.ratios['reached/dials']), i: iv('reached/dials') },
  ]);
}

/** The evolution in one sentence (first → last week), the way the sources say it: dials down, meetings up. */
function evolution(r: Report): string {
  const first = r.weeks[0], last = r.weeks.at(-1);
  if (!first || !last || r.weeks.length < 2) return '';
  const pair = (what: string, a: string, b: string) => `${what} ${a} → ${b}`;
  const parts = [
    pair('dials', int(first.totals.dials), int(last.totals.dials)),
    pair('meetings', int(first.totals.meetings), int(last.totals.meetings)),
    pair('meetings per dial', pct(first.ratios['meetings/dials']), pct(last.ratios['meetings/dials'])),
    ...(hasHours(r) ? [pair('minutes per dial', num(first.pace['minutes/dial'], 1), num(last.pace['minutes/dial'], 1))] : []),
  ];
  return `<p class="lead">From ${name(first.week)} to ${name(last.week)}: ${html(parts.join(', '))}.</p>`;
}

/** Bars in proportion to the dials, labelled with the share of the step before and of the dials. */
function funnel(r: Report): string {
  const { totals: c, ratios: q } = r;
  const share = (n: number) => (c.dials === 0 ? 0 : n / c.dials);
  const rows: Bar[] = [
    { label: 'Dials', value: c.dials, share: c.dials === 0 ? 0 : 1, valueText: int(c.dials), note: '' },
    { label: 'Reached', value: c.reached, share: share(c.reached), valueText: int(c.reached), note: `${pct(q['reached/dials'])} of dials` },
  ];
  if (c.callbacks !== null) {
    const split = c.callbacks_short !== null && c.callbacks_long !== null ? ` (${int(c.callbacks_short)} short, ${int(c.callbacks_long)} long)` : '';
    rows.push({ label: 'Callbacks', value: c.callbacks, share: share(c.callbacks), valueText: int(c.callbacks), note: `${pct(q['callbacks/reached'])} of reached${split}` });
  }
  rows.push({ label: 'Meetings', value: c.meetings, share: share(c.meetings), valueText: int(c.meetings), note: `${pct(q['meetings/reached'])} of reached · ${pct(q['meetings/dials'])} of dials`, accent: true });
  const desc = rows.map((b) => `${b.label} ${b.valueText}${b.note ? ` (${b.note})` : ''}`).join('; ');
  const chart = bars('funnel-chart', `Funnel ${r.chain}`, desc, rows);
  const ratioTable = table(['Ratio', 'Value', '90 % interval'], ratioRows(r).map(([n, v, i]) => [html(n ?? ''), v ?? '', i ?? '']), {
    caption: 'The ratio chain, pooled over all rows (sum ÷ sum), with 90 % Wilson score intervals.', narrow: true,
  });
  return figure(chart, 'Each bar is in proportion to the dials; meetings and callbacks are outcomes of the conversations (reached).') + ratioTable;
}

interface Series {
  title: string;
  counts: boolean;
  of: (w: WeekPart) => { value: number | null; lo: number | null; hi: number | null };
  fmt: (v: number) => string;
  show: (v: number | null) => string;
}

function series(r: Report): Series[] {
  const count = (f: 'dials' | 'meetings') => (w: WeekPart) => ({ value: w.totals[f], lo: null, hi: null });
  const rate = (n: RatioName) => (w: WeekPart) => ({ value: w.ratios[n], lo: w.intervals[n]?.lo ?? null, hi: w.intervals[n]?.hi ?? null });
  const names: RatioName[] = [...SHOWN_RATIOS, ...(hasCallbacks(r) ? (['callbacks/reached'] as const) : [])];
  return [
    ...names.map((n) => ({ title: n, counts: false, of: rate(n), fmt: axisPct, show: (v: number | null) => pct(v) })),
    { title: 'dials', counts: true, of: count('dials'), fmt: (v: number) => int(v), show: (v: number | null) => int(v) },
    { title: 'meetings', counts: true, of: count('meetings'), fmt: (v: number) => int(v), show: (v: number | null) => int(v) },
  ];
}

function trends(r: Report): string {
  const open = new Set(maturingWeeks(r.weeks).map((w) => w.week));
  const charts = series(r).map((s, k) => {
    const points: TrendPoint[] = r.weeks.map((w) => {
      const p = s.of(w);
      const band = p.lo === null || p.hi === null ? '' : ` (90 % interval ${pct(p.lo)}–${pct(p.hi)})`;
      return { label: w.week, ...p, open: open.has(w.week), tip: `${w.week}: ${s.title} ${s.show(p.value)}${band}${open.has(w.week) ? ', still maturing' : ''}` };
    });
    const known = points.filter((p) => p.value !== null);
    const first = known[0], last = known.at(-1);
    const desc =
      first && last
        ? `${s.title} week by week, from ${s.show(first.value)} in ${first.label} to ${s.show(last.value)} in ${last.label}` +
          (points.some((p) => p.lo !== null) ? ', with the 90 % interval as a band' : '') +
          (open.size ? `; ${[...open].join(', ')} still maturing (dashed, hollow dot)` : '')
        : `${s.title}: no data in any week`;
    return `<figure><h3>${html(s.title)}</h3>${trend(`trend-${k}`, `${s.title} by week`, desc, points, s.fmt, s.counts)}</figure>`;
  });
  const legend = `Lines: the weekly value; bands: its 90 % interval.${open.size ? ` Tinted, dashed, hollow: ${plural(open.size, 'week')} still maturing — open short-term callbacks may still turn into meetings.` : ''}`;
  return `<div class="grid2">${charts.join('\n')}</div><p class="legend">${html(legend)}</p>`;
}

function change(d: number | null | undefined): string {
  if (d === null || d === undefined) return '';
  if (Math.abs(d) < 0.0005) return `· ${pp(0)}`;
  return d > 0 ? `<span class="better">▲ ${pp(d)}</span>` : `<span class="worse">▼ ${pp(d)}</span>`;
}

function weekTable(r: Report): string {
  const open = new Set(maturingWeeks(r.weeks).map((w) => w.week));
  const head = ['Week', ...countHead(r).map(html), ...SHOWN_RATIOS.map(ratioHead), `Δ ${ratioHead('meetings/dials')}`];
  const rows = r.weeks.map((w) => [
    name(w.week) + (open.has(w.week) ? ' <span class="muted small">(maturing)</span>' : ''),
    ...countCells(r, w.totals, w.pace), ...ratioCells(w.ratios), change(w.change?.['meetings/dials']),
  ]);
  return table(head, rows);
}

function weekRange(r: Report): string {
  const first = r.weeks[0]?.week, last = r.weeks.at(-1)?.week;
  if (first === undefined || last === undefined) return 'no weeks';
  return first === last ? name(first) : `${name(first)} – ${name(last)}`;
}

const METHOD = `<p>Ratios are pooled over rows (sum ÷ sum), never averages of weekly ratios; “–” means no data (a zero denominator).
Intervals are 90 % Wilson score intervals. Reps are compared with the rest of the team by Fisher’s exact test, two-sided, p &lt; 0.05.
A week is maturing while its short-term callbacks are open: they may still turn into meetings, so its meeting rates may rise.</p>`;

/** `funnel report --format html`: the page a lead forwards to their manager. */
export function reportHtml(r: Report, ctx: HtmlContext): string {
  const files = ctx.files.length ? ctx.files.map(name).join(', ') : 'standard input';
  const reps = r.reps?.length ?? 0;
  const subtitle = `${files} · ${weekRange(r)} (${plural(r.weeks.length, 'week')})${reps ? ` · ${plural(reps, 'rep')}` : ''}`;
  const body = [
    notes('Read with care', r.warnings),
    keyFigures(r),
    evolution(r),
    section('funnel', `Funnel ${r.chain}`, funnel(r)),
    r.weeks.length > 1 ? section('weeks', 'Week by week', trends(r) + weekTable(r)) : '',
    r.reps && (ctx.byRep || r.reps.length > 1) ? section('reps', 'By rep', repSection(r, r.reps, ctx.allReps ?? false)) : '',
    inputSection(ctx.inputs ?? []),
  ];
  return page({ title: 'Funnel report', subtitle, body: body.filter(Boolean).join('\n'), method: METHOD });
}
