import type { RepTrack, Standing, Track, WeekLine } from '../../core/track.js';
import { int, num, pct } from '../format.js';
import { html } from '../safe.js';
import { chance, gapSum, reading, statusWhy, type TrackView } from '../track-parts.js';
import { name, notes, page, section, table, tiles } from './page.js';
import { GAP_LEGEND, gapChart, progress, type Progress } from './track-charts.js';

/** `funnel track --format html`: planned against actual per rep, with status and the effort/conversion split. */

const STATUS_CLASS: Record<Standing['status'], string> = { ahead: 'pass', 'on track': 'muted', behind: 'fail', 'behind beyond chance': 'fail' };

interface Subject {
  label: string;
  s: Standing;
}

const subjects = (t: Track): Subject[] => [{ label: 'team', s: t.period }, ...t.reps.map((r: RepTrack) => ({ label: r.rep, s: r }))];

function keyFigures(t: Track): string {
  const p = t.period;
  return tiles([
    { k: 'Team', v: html(p.status), i: html(chance(p, p.deadline)), cls: STATUS_CLASS[p.status] },
    { k: 'Meetings so far', v: `${num(p.actual.meetings, 1)} / ${num(p.planned.meetings, 1)}`, i: `planned ${num(p.planned_period.meetings, 1)} for ${html(p.label)}` },
    { k: 'Dials so far', v: `${int(p.actual.dials)} / ${int(p.planned.dials)}`, i: `${num(p.pace_dials_per_day, 1)} a working day` },
    { k: p.gap.meetings > 0 ? 'Meetings short of plan' : 'Meetings ahead of plan', v: num(Math.abs(p.gap.meetings), 1), i: html(`gap ${gapSum(p.gap)}`) },
  ]);
}

function standing(t: Track): string {
  const all = subjects(t);
  const cell = (what: string, sub: Subject, f: (s: Standing) => Progress['actual'], so: (s: Standing) => number, whole: (s: Standing) => number): Progress => ({
    actual: f(sub.s), plannedSoFar: so(sub.s), plannedPeriod: whole(sub.s),
    tip: `${sub.label}: ${what} ${num(f(sub.s), 1)} done, ${num(so(sub.s), 1)} planned by now, ${num(whole(sub.s), 1)} for the period`,
  });
  const panels = [
    { title: 'meetings', cells: all.map((x) => cell('meetings', x, (s) => s.actual.meetings, (s) => s.planned.meetings, (s) => s.planned_period.meetings)) },
    { title: 'dials', cells: all.map((x) => cell('dials', x, (s) => s.actual.dials, (s) => s.planned.dials, (s) => s.planned_period.dials)) },
  ];
  const desc = all.map((x) => `${x.label}: ${statusWhy(x.s)}, ${num(x.s.actual.meetings, 1)} of ${num(x.s.planned.meetings, 1)} meetings and ${int(x.s.actual.dials)} of ${int(x.s.planned.dials)} dials planned by now`).join('; ');
  const chart = progress('track-progress', 'Planned against actual', desc, all.map((x) => x.label), panels);
  const rows = all.map((x) => [
    x.label === 'team' ? '<em>team</em>' : name(x.label),
    `${num(x.s.actual.meetings, 1)} / ${num(x.s.planned.meetings, 1)}`,
    `${int(x.s.actual.dials)} / ${int(x.s.planned.dials)}`,
    pct(x.s.p_reach_target, 0),
    `<span class="${STATUS_CLASS[x.s.status]}">${html(statusWhy(x.s))}</span>`,
  ]);
  const why = `<ul class="small">${all.map((x) => `<li>${x.label === 'team' ? '<strong>team</strong>' : `<strong>${name(x.label)}</strong>`}: ${html(x.label === 'team' ? `${chance(x.s, t.period.deadline)}; gap ${gapSum(x.s.gap)}` : reading(x.s))}</li>`).join('')}</ul>`;
  return (
    `<figure>${chart}<figcaption>Bars: done so far (vermillion where short of what was planned by now); solid tick: planned by now; dashed tick: planned for the whole ${html(t.period.kind)}.</figcaption></figure>` +
    table(['', 'meetings', 'dials', `chance of ${html(t.period.label)}’s target`, 'status'], rows, { align: ['l', 'r', 'r', 'r', 'l'] }) + why
  );
}

function gaps(t: Track): string {
  const all = subjects(t);
  const chart = gapChart(
    'track-gap', 'Where the meetings gap comes from',
    all.map((x) => `${x.label}: ${gapSum(x.s.gap)}`).join('; '),
    all.map((x) => ({ label: x.label, effort: x.s.gap.effort, conversion: x.s.gap.conversion })),
  );
  const rows = all.map((x) => [x.label === 'team' ? '<em>team</em>' : name(x.label), ...[x.s.gap.meetings, x.s.gap.effort, x.s.gap.conversion, x.s.gap.reach, x.s.gap.meeting_rate].map((v) => num(v, 1))]);
  return (
    `<figure>${chart}<figcaption>${GAP_LEGEND}. In meetings at the plan’s rates; effort + conversion = the gap, and conversion = reach + meeting rate.</figcaption></figure>` +
    table(['', 'gap', 'effort', 'conversion', 'reach', 'meeting rate'], rows)
  );
}

function weeks(t: Track): string {
  const pair = (a: number | null, p: number | null, digits = 0) => `${a === null ? '–' : digits ? num(a, digits) : int(a)} / ${p === null ? '–' : digits ? num(p, digits) : int(p)}`;
  const row = (label: string, w: WeekLine) => [
    label + (w.days_done < w.working_days ? ` <span class="muted small">(${w.days_done} of ${w.working_days} days)</span>` : ''),
    pair(w.actual.dials, w.planned.dials), pair(w.actual.reached, w.planned.reached), pair(w.actual.meetings, w.planned.meetings, 1), pair(w.actual.hours, w.planned.hours, 1),
    num(w.gap.meetings, 1), num(w.gap.effort, 1), num(w.gap.conversion, 1),
  ];
  const head = ['week', 'dials', 'reached', 'meetings', 'hours', 'gap', 'effort', 'conversion'];
  const team = table(head, t.weeks.map((w) => row(name(w.week), w)), { caption: 'The team, actual / planned; a week in progress is planned pro-rated to its working days done.' });
  const reps = t.reps.length ? table(['rep, week', ...head.slice(1)], t.reps.flatMap((r) => r.weeks.map((w) => row(`${name(r.rep)} ${name(w.week)}`, w)))) : '';
  return team + reps;
}

const METHOD = `<p>Status from the chance to still reach the period’s target at the pace so far (ahead from 75 %, on track from 40 %);
behind beyond chance when meetings are short and the effort or conversion shortfall is beyond chance (Holm-adjusted across the team and every rep).
The gap is split at the plan’s rates: effort = (planned − actual dials) × planned meetings/dial; conversion = actual dials × planned meetings/dial − actual meetings.</p>`;

export function trackHtml(v: TrackView): string {
  const t = v.track;
  const p = t.period;
  const subtitle = `plan ${name(v.planFile)} · tracked through ${name(t.as_of)} · ${html(p.kind === 'week' ? `week ${p.label}` : `month ${p.label}`)}, ${p.elapsed_days} of ${p.working_days} working days done`;
  const body = [
    notes('Read with care', t.warnings),
    keyFigures(t),
    section('standing', 'Who is on track', standing(t)),
    section('gap', 'Effort or conversion', gaps(t)),
    t.weeks.length ? section('weeks', 'Week by week', weeks(t)) : '',
  ];
  return page({ title: 'Plan tracking', subtitle, body: body.filter(Boolean).join('\n'), method: METHOD });
}
