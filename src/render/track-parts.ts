import type { RepTrack, Standing, Track, Volumes4, WeekLine } from '../core/track.js';
import { mainCause, type Gap } from '../core/track-gap.js';
import { int, num, pct } from './format.js';
import { bar } from './sparkline.js';
import { terminal } from './safe.js';
import { tone, type Theme } from './theme.js';

/**
 * The wording of `funnel track`, once, for the terminal and Markdown renderers. `text` makes a
 * string from a file (rep, week, file name) safe for the channel.
 */

export interface TrackView {
  track: Track;
  planFile: string;
  byRep: boolean;
}

type Text = (s: string) => string;

/** Names longer than this are cut in terminal tables, so a pasted paragraph cannot push a table past 80 columns. */
const NAME_CELL = 15;

/** A rep name (or other data key) for a terminal table: made safe, and cut to NAME_CELL characters with "…". */
export function nameCell(s: string): string {
  const t = terminal(s);
  return t.length > NAME_CELL ? `${t.slice(0, NAME_CELL - 1)}…` : t;
}

export function headline(v: TrackView, text: Text): string {
  const p = v.track.period;
  const what = p.kind === 'week' ? `week ${p.label}` : `month ${p.label}`;
  return `Plan ${text(v.planFile)} tracked through ${v.track.as_of}: ${what}, ${p.elapsed_days} of ${p.working_days} working days done`;
}

/** "62 % chance to reach 15 meetings by Friday". */
export function chance(s: Standing, deadline: string): string {
  return `${pct(s.p_reach_target, 0)} chance to reach ${int(s.target_meetings)} meetings by ${deadline}`;
}

export function statusText(s: Standing, theme: Theme): string {
  const t = s.status;
  return t === 'ahead' ? tone(theme, 'better', t) : t === 'on track' ? t : tone(theme, 'worse', t);
}

/** The status with what is beyond chance: "behind beyond chance (effort)". */
export function statusWhy(s: Standing): string {
  const why = s.beyond_chance === null ? '' : s.beyond_chance === 'both' ? ' (effort, conversion)' : ` (${s.beyond_chance})`;
  return s.status + why;
}

/** "1.0 = effort 0.6 + conversion 0.4" (a negative gap is a surplus). */
export function gapSum(g: Gap): string {
  return `${num(g.meetings, 1)} = effort ${num(g.effort, 1)} + conversion ${num(g.conversion, 1)}`;
}

/** Actual against planned as "8/9" with a bar of the share done. */
export function versus(actual: number, planned: number, theme: Theme, width = 6, digits = 1): string {
  const share = planned > 0 ? actual / planned : actual > 0 ? 1 : 0;
  const over = share > 1 ? '+' : ' ';
  return `${bar(Math.min(1, share), width, theme)}${over}${num(actual, digits)}/${num(planned, digits)}`;
}

export const pair = (actual: number | null, planned: number, digits = 0) => `${actual === null ? '–' : digits === 0 ? int(actual) : num(actual, digits)}/${digits === 0 ? int(planned) : num(planned, digits)}`;

const meetings = (n: number) => `${num(n, 1)} meeting${num(n, 1) === '1' ? '' : 's'}`;

/** Why a subject is short, in one line a lead can act on. */
export function reading(s: Pick<Standing, 'planned' | 'actual' | 'gap'>): string {
  const g = s.gap;
  const cause = mainCause(g);
  if (cause === 'none') return g.meetings < 0 ? `${meetings(-g.meetings)} ahead of plan` : 'on plan';
  const dialShort = s.planned.dials > 0 ? 1 - s.actual.dials / s.planned.dials : 0;
  const dials = dialShort > 0.005 ? `dialled ${pct(dialShort, 0)} less than planned` : 'made the planned dials';
  const conversion = g.conversion > 0 ? `conversion costs ${num(g.conversion, 1)}` : `conversion makes up ${num(-g.conversion, 1)}`;
  if (cause === 'effort') return `${dials}: effort costs ${meetings(g.effort)}, ${conversion}`;
  const stage = cause === 'reach' ? 'reached/dials' : 'meetings/reached';
  return `${dials}; ${stage} fell: costs ${num(cause === 'reach' ? g.reach : g.meeting_rate, 1)} of the ${meetings(g.meetings)} short`;
}

/** The status table: one line for the team and one per rep. */
export function statusRows(v: TrackView, theme: Theme, text: Text): { head: string[]; rows: string[][] } {
  const line = (name: string, s: Standing) => [
    name, versus(s.actual.meetings, s.planned.meetings, theme), pair(s.actual.dials, s.planned.dials), pct(s.p_reach_target, 0), statusText(s, theme),
  ];
  return {
    head: ['', 'meetings', 'dials', 'chance', 'status'],
    rows: [line('team', v.track.period), ...v.track.reps.map((r) => line(text(r.rep), r))],
  };
}

export function gapRows(v: TrackView, text: Text): { head: string[]; rows: string[][] } {
  const line = (name: string, g: Gap) => [name, num(g.meetings, 1), num(g.effort, 1), num(g.conversion, 1), num(g.reach, 1), num(g.meeting_rate, 1)];
  return {
    head: ['gap in meetings', 'gap', 'effort', 'conversion', 'reach', 'meeting rate'],
    rows: [line('team', v.track.period.gap), ...v.track.reps.map((r) => line(text(r.rep), r.gap))],
  };
}

const hoursPair = (a: Volumes4, p: Volumes4) => pair(a.hours, p.hours ?? 0, 1);

/**
 * One row per week (and rep): actual/planned for the four volumes and the gap split. With reps the
 * key column says both ("Anna 2026-W43"), so a table split to fit 80 columns keeps it on both halves.
 */
export function weekRows(lines: readonly { rep: string | null; week: WeekLine }[], text: Text): { head: string[]; rows: string[][]; gapColumns: number[] } {
  const withRep = lines.some((l) => l.rep !== null);
  return {
    gapColumns: [5, 6, 7],
    head: [withRep ? 'rep, week' : 'week', 'dials', 'reached', 'meetings', 'hours', 'gap', 'effort', 'conversion'],
    rows: lines.map(({ rep, week: w }) => [
      (withRep ? `${text(rep ?? '')} ` : '') + text(w.week) + (w.days_done < w.working_days ? '*' : ''),
      pair(w.actual.dials, w.planned.dials), pair(w.actual.reached, w.planned.reached), pair(w.actual.meetings, w.planned.meetings, 1), hoursPair(w.actual, w.planned),
      num(w.gap.meetings, 1), num(w.gap.effort, 1), num(w.gap.conversion, 1),
    ]),
  };
}

export function repWeekLines(reps: readonly RepTrack[]): { rep: string; week: WeekLine }[] {
  return reps.flatMap((r) => r.weeks.map((w) => ({ rep: r.rep, week: w })));
}
