import type { Plan } from '../core/plan.js';
import { DEFAULT_MAX_TRIALS } from '../core/stats.js';
import { ceil, groupThousands, int, num, pct } from './format.js';
import { tone, type Theme } from './theme.js';

/**
 * The pieces of a human plan, worded once and laid out by the table and Markdown renderers.
 * Calls and conversations are rounded up (a third of a dial cannot be made); hours keep a decimal.
 */

const hours = (h: number) => `${num(h, 1)} h`;

/** Always `digits` decimals, as a table column wants, thousands grouped: 1.7 → "1.70", 35690.2 → "35,690.20". */
function fixed(x: number, digits: number): string {
  const [whole = '', fraction = ''] = x.toFixed(digits).split('.');
  return `${groupThousands(Number(whole))}.${fraction}`;
}
/** A saving as a signed change, green when it saves: 3.2 saved → "-3.2". */
const saved = (theme: Theme, x: number, digits: number) =>
  x > 0 ? tone(theme, 'better', `-${fixed(x, digits)}`) : tone(theme, 'same', `+${fixed(-x, digits)}`);

function range(plan: Plan, theme: Theme): string | null {
  const r = plan.interval.dials_per_day;
  return r === null ? null : `${ceil(r[0])}${theme.sym.dash}${ceil(r[1])}`;
}

export function summary(plan: Plan, theme: Theme): string {
  const { per_day: d } = plan;
  const r = range(plan, theme);
  const level = Math.round(plan.interval.level * 100);
  return (
    `${num(d.meetings)} meetings/day ${theme.sym.approx} ${ceil(d.dials)} dials ${theme.sym.approx} ${num(d.hours, 1)} h of calling a day; ` +
    (r === null ? 'no range (no counts behind the rates)' : `${level} % range ${r} dials`)
  );
}

export function volumes(plan: Plan): { head: string[]; rows: string[][] } {
  const { per_day: d, per_week: w } = plan;
  return {
    head: ['', 'per day', `per week (${num(plan.target.days_per_week)} days)`],
    rows: [
      ['meetings', num(d.meetings), num(w.meetings)],
      ['conversations (reached)', ceil(d.reached), ceil(w.reached)],
      ['dials', ceil(d.dials), ceil(w.dials)],
      ['hours of calling', num(d.hours, 1), num(w.hours, 1)],
    ],
  };
}

function rateChain(r: Plan['rates']): string {
  return `reached/dials ${pct(r['reached/dials'])}, meetings/reached ${pct(r['meetings/reached'])}, meetings/dials ${pct(r['meetings/dials'])}`;
}

function timeModel(plan: Plan): string {
  const t = plan.time_model;
  const pace = `${num(t.dials_per_hour, 1)} dials/h`;
  const m = t.measured;
  if (m && 'hours' in m) return `measured from the history's hours: ${num(m.dials)} dials in ${num(m.hours)} h = ${pace}`;
  if (m) {
    const talk = m.talk_seconds / 60 / m.dials;
    return `measured from the call log's talk time: ${num(talk, 1)} min talk per dial + ${num(m.overhead_minutes_per_dial, 1)} min dialling and logging = ${pace}`;
  }
  if (t.minutes_per_dial === null || t.minutes_per_conversation === null) return `--dials-per-hour ${num(t.dials_per_hour)}`;
  const which = t.kind === 'default' ? 'default' : 'from the flags';
  return `${which}: ${num(t.minutes_per_dial)} min per dial that does not reach a decision-maker, ${num(t.minutes_per_conversation)} min per conversation, logging included (${pace} on these rates)`;
}

function capacity(plan: Plan, theme: Theme): string {
  const { workday_hours: day, selling_share: share } = plan.target;
  const selling = day * share;
  const reps = plan.reps_needed;
  const whole = Math.max(1, Math.ceil(reps - 1e-9));
  return (
    `${hours(plan.per_day.hours)} of calling a day = ${int(reps * 100)} % of one rep's selling time ` +
    `(${num(day)} h ${theme.sym.times} ${pct(share, 0)} = ${hours(selling)}) ${theme.sym.arrow} ${int(whole)} rep${whole === 1 ? '' : 's'}`
  );
}

function noRange(plan: Plan): string {
  return plan.source.counts === null
    ? 'none: rates given without counts carry no sampling range; give --ratios M/R/D or --from FILE for one'
    : 'none: --what-if sets the rates by hand, so none rests on counts';
}

/**
 * null means the search stopped at its limit, not that no number of dials would do: with any rate
 * above 0, enough dials book any target. The limit counts dials per day, or per week for a weekly basis.
 */
function beyondLimit(basis: 'day' | 'week', what: string): string {
  return `more than ${int(DEFAULT_MAX_TRIALS)} dials a ${basis} (where the search stops) to book ${what}`;
}

function uncertainty(plan: Plan, theme: Theme): [string, string][] {
  const i = plan.interval;
  const level = Math.round(i.level * 100);
  const r = range(plan, theme);
  const conf = Math.round(i.confidence * 100);
  const confident = plan.confident_dials_per_day;
  const meetings = `${int(i.confident_meetings)} meeting${i.confident_meetings === 1 ? '' : 's'}`;
  const unit = i.confident_basis === 'day' ? 'days' : 'weeks';
  const share = i.assurance === null ? `on about ${conf} % of ${unit} to come` : `on at least ${conf} % of ${unit}, ${Math.round(i.assurance * 100)} % sure`;
  const what = i.confident_basis === 'day' ? `${meetings} ${share}` : `${meetings} a week ${share}`;
  const w = i.wobble;
  const wobble = w !== null && w.rho > 0 ? `, weekly wobble ±${(w.sd * 100).toFixed(1)} pp` : '';
  const chance = r === null ? 'chance day to day; the rates are taken as exact' : `chance day to day${wobble} and the rate's uncertainty`;
  return [
    ['Range', r === null ? noRange(plan) : `${level} % range ${r} dials/day (${i.method})`],
    ['Confidence', confident === null ? beyondLimit(i.confident_basis, what) : `${ceil(confident)} dials/day book ${what} (${chance})`],
  ];
}

/** Label–text lines: where the rates and times come from, capacity and the range. */
export function facts(plan: Plan, theme: Theme): [string, string][] {
  const s = plan.source;
  const whatIf = s.what_if.length === 0 ? [] : [['What if', `${s.what_if.map((w) => `${w.ratio} = ${pct(w.value)}`).join(', ')} (instead of ${rateChain(s.rates)})`] as [string, string]];
  return [
    ['Rates', s.label],
    ...whatIf,
    ['', rateChain(plan.rates)],
    ['Time model', timeModel(plan)],
    ['Capacity', capacity(plan, theme)],
    ...uncertainty(plan, theme),
  ];
}

export function sensitivityTable(plan: Plan, theme: Theme): { title: string; head: string[]; rows: string[][] } {
  const lift = plan.sensitivity[0]?.lift ?? 0.1;
  return {
    title: `Which stage to improve: +${pct(lift, 0)} (relative) in each ratio`,
    head: ['ratio', 'from', 'to', 'dials/day', 'change', 'hours/day', 'change'],
    rows: plan.sensitivity.map((s) => [
      s.ratio, pct(s.from), pct(s.to) + (s.capped ? ' (max)' : ''),
      ceil(s.dials_per_day), saved(theme, s.dials_saved_per_day, 1), fixed(s.hours_per_day, 2), saved(theme, s.hours_saved_per_day, 2),
    ]),
  };
}

/** The day's funnel as bars scaled to the dials: dials → conversations → meetings. */
export function funnelBars(plan: Plan): { label: string; value: number; share: number }[] {
  const d = plan.per_day;
  return [
    { label: 'dials', value: d.dials, share: 1 },
    { label: 'reached', value: d.reached, share: d.reached / d.dials },
    { label: 'meetings', value: d.meetings, share: d.meetings / d.dials },
  ];
}
