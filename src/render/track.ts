import { csvLine } from './csv.js';
import { json as safeJson, markdownCell, terminal } from './safe.js';
import type { TrackFormat } from './formats.js';
import { loadHtml } from './html-lazy.js';
import { mdTable } from './markdown.js';
import { renderFitting, renderTable } from './table.js';
import { finish, makeTheme, unicodeTheme, type Theme } from './theme.js';
import { chance, gapRows, nameCell, statusWhy, gapSum, headline, reading, repWeekLines, statusRows, weekRows, type TrackView } from './track-parts.js';
import type { Standing, Volumes4, WeekLine } from '../core/track.js';
import { wrap } from './wrap.js';

/** `funnel track` in each format. JSON and CSV keep numbers unrounded; the JSON shape is documented in README. */

const IN_PROGRESS = '* week in progress: planned pro-rated to the working days done';

function sentences(v: TrackView, theme: Theme, text: (s: string) => string): string {
  const p = v.track.period;
  // The sentences are ours around one name each, already made safe by text().
  const lines = [
    `Team: ${statusWhy(p)}; ${chance(p, p.deadline)}; gap ${gapSum(p.gap)}`,
    ...v.track.reps.map((r) => `${text(r.rep)}: ${statusWhy(r)}; ${reading(r)}`),
  ];
  return lines.map((l) => wrap(l, theme.width - 2).join('\n  ')).join('\n');
}

function table(v: TrackView, theme: Theme): string {
  const s = statusRows(v, theme, nameCell);
  const g = gapRows(v, nameCell);
  const w = weekRows(v.track.weeks.map((week) => ({ rep: null, week })), nameCell);
  const rw = weekRows(repWeekLines(v.track.reps), nameCell);
  const partial = [...v.track.weeks, ...v.track.reps.flatMap((r) => r.weeks)].some((x) => x.days_done < x.working_days);
  return finish([
    theme.c.bold(wrap(headline(v, terminal), theme.width).join('\n')),
    sentences(v, theme, terminal),
    renderTable(s.head, s.rows, theme, ['left', 'left', 'right', 'right', 'left']),
    renderTable(g.head, g.rows, theme),
    'Week by week (actual/planned)',
    renderFitting(w.head, w.rows, theme, w.gapColumns),
    ...(rw.rows.length ? [renderFitting(rw.head, rw.rows, theme, rw.gapColumns)] : []),
    ...(partial ? [IN_PROGRESS] : []),
  ].join('\n\n'), theme);
}

function markdown(v: TrackView): string {
  const theme = unicodeTheme();
  // mdTable makes every cell safe; data in the lines around it goes through markdownCell.
  const raw = (t: string) => t;
  const s = statusRows(v, theme, raw);
  const g = gapRows(v, raw);
  const w = weekRows(v.track.weeks.map((week) => ({ rep: null, week })), raw);
  const rw = weekRows(repWeekLines(v.track.reps), raw);
  const p = v.track.period;
  return [
    '## Plan tracking',
    `**${headline(v, markdownCell)}**`,
    [`- **Team:** ${statusWhy(p)}; ${chance(p, p.deadline)}; gap ${gapSum(p.gap)}`, ...v.track.reps.map((r) => `- **${markdownCell(r.rep)}:** ${statusWhy(r)}; ${reading(r)}`)].join('\n'),
    mdTable(s.head, s.rows, ['left', 'left', 'right', 'right', 'left']),
    mdTable(g.head, g.rows),
    '### Week by week (actual/planned)',
    mdTable(w.head, w.rows),
    ...(rw.rows.length ? [mdTable(rw.head, rw.rows)] : []),
  ].join('\n\n');
}

const volumes = (v: Volumes4) => ({ dials: v.dials, reached: v.reached, meetings: v.meetings, hours: v.hours });
const weekJson = (w: WeekLine) => ({ week: w.week, days_done: w.days_done, working_days: w.working_days, planned: volumes(w.planned), actual: volumes(w.actual), gap: { ...w.gap } });
const standingJson = (s: Standing) => ({
  status: s.status, p_reach_target: s.p_reach_target, target_meetings: s.target_meetings,
  planned: volumes(s.planned), planned_period: volumes(s.planned_period), actual: volumes(s.actual), gap: { ...s.gap },
  pace_dials_per_day: s.pace_dials_per_day, remaining_dials: s.remaining_dials,
  p_effort: s.p_effort, p_conversion: s.p_conversion, p_effort_adjusted: s.p_effort_adjusted, p_conversion_adjusted: s.p_conversion_adjusted, beyond_chance: s.beyond_chance,
});

function json(v: TrackView): string {
  const { track: t } = v;
  const p = t.period;
  return safeJson({
    version: 1,
    plan: { file: v.planFile, by_rep: v.byRep },
    as_of: t.as_of,
    alpha: t.alpha,
    period: {
      kind: p.kind, label: p.label, start: p.start, end: p.end, deadline: p.deadline,
      working_days: p.working_days, elapsed_days: p.elapsed_days, ...standingJson(p),
    },
    weeks: t.weeks.map(weekJson),
    reps: t.reps.map((r) => ({ rep: r.rep, ...standingJson(r), weeks: r.weeks.map(weekJson) })),
    warnings: t.warnings,
  });
}

const CSV_HEAD = [
  'scope', 'label', 'rep', 'planned_dials', 'actual_dials', 'planned_reached', 'actual_reached', 'planned_meetings', 'actual_meetings',
  'planned_hours', 'actual_hours', 'gap_meetings', 'gap_effort', 'gap_conversion', 'gap_reach', 'gap_meeting_rate', 'p_reach_target', 'status',
];

function csv(v: TrackView): string {
  const line = (scope: string, label: string, rep: string | null, x: { planned: Volumes4; actual: Volumes4; gap: WeekLine['gap'] }, s: Standing | null) =>
    csvLine([
      scope, label, rep, x.planned.dials, x.actual.dials, x.planned.reached, x.actual.reached, x.planned.meetings, x.actual.meetings,
      x.planned.hours, x.actual.hours, x.gap.meetings, x.gap.effort, x.gap.conversion, x.gap.reach, x.gap.meeting_rate,
      s === null ? null : s.p_reach_target, s === null ? null : s.status,
    ]);
  const t = v.track;
  return [
    csvLine(CSV_HEAD),
    line('period', t.period.label, null, t.period, t.period),
    ...t.reps.map((r) => line('period', t.period.label, r.rep, r, r)),
    ...t.weeks.map((w) => line('week', w.week, null, w, null)),
    ...t.reps.flatMap((r) => r.weeks.map((w) => line('week', w.week, r.rep, w, null))),
  ].join('\n');
}

export async function renderTrack(view: TrackView, format: TrackFormat, color: boolean, width?: number): Promise<string> {
  const render = {
    table: () => table(view, makeTheme(color, width)),
    md: () => markdown(view),
    json: () => json(view),
    csv: () => csv(view),
    html: async () => (await loadHtml()).trackHtml(view),
  } satisfies Record<TrackFormat, () => string | Promise<string>>;
  return render[format]();
}
