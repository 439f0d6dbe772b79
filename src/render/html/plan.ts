import type { Plan } from '../../core/plan.js';
import { ceil, num, pct } from '../format.js';
import { facts, funnelBars, sensitivityTable, summary, volumes } from '../plan-parts.js';
import { repPlanTable } from '../plan-reps.js';
import { unicodeTheme, type Theme } from '../theme.js';
import { bars, type Bar } from './charts.js';
import { html } from '../safe.js';
import { figure, name, notes, page, section, table, tiles } from './page.js';
import { rangeChart } from './plan-charts.js';
import { maxOf } from '../../core/arrays.js';

/** Unicode symbols, no colour codes: the page colours by CSS. */
const PLAIN: Theme = unicodeTheme();

function keyFigures(plan: Plan): string {
  const d = plan.per_day;
  const r = plan.interval.dials_per_day;
  return tiles([
    { k: 'Meetings a day', v: num(d.meetings), i: `${num(plan.per_week.meetings)} a week` },
    { k: 'Dials a day', v: ceil(d.dials), i: r === null ? 'no range' : `${Math.round(plan.interval.level * 100)} % range ${ceil(r[0])}–${ceil(r[1])}` },
    { k: 'Conversations a day', v: ceil(d.reached), i: `${pct(plan.rates['meetings/reached'])} become meetings` },
    { k: 'Hours of calling a day', v: num(d.hours, 1), i: `${num(plan.per_week.hours, 1)} h a week` },
    { k: 'Reps needed', v: num(plan.reps_needed, 2), i: `${pct(plan.target.selling_share, 0)} of ${num(plan.target.workday_hours)} h is selling time` },
  ]);
}

function day(plan: Plan): string {
  const rows: Bar[] = funnelBars(plan).map((b) => ({
    label: b.label, value: b.value, share: b.share, accent: b.label === 'meetings',
    valueText: b.label === 'meetings' ? num(b.value) : ceil(b.value),
    note: b.label === 'dials' ? '' : `${pct(b.share)} of dials`,
  }));
  const chart = bars('plan-day', 'A day of the plan', rows.map((b) => `${b.label} ${b.valueText}`).join(', '), rows);
  const v = volumes(plan);
  return figure(chart, 'Calls and conversations are rounded up: a third of a dial cannot be made.') + table(v.head.map(html), v.rows.map((r) => r.map(html)), { narrow: true });
}

function range(plan: Plan): string {
  const i = plan.interval;
  const conf = Math.round(i.confidence * 100);
  const confident = plan.confident_dials_per_day;
  const what = i.confident_basis === 'day' ? `${num(i.confident_meetings)} meetings on at least ${conf} % of days` : `${num(i.confident_meetings)} meetings a week in at least ${conf} % of weeks`;
  const label = confident === null ? '' : `${ceil(confident)} dials book ${what}`;
  const r = i.dials_per_day;
  const desc = `The plan needs ${ceil(plan.per_day.dials)} dials a day` +
    (r === null ? '; there is no range (the rates carry no counts)' : `; the ${Math.round(i.level * 100)} % range is ${ceil(r[0])} to ${ceil(r[1])} dials a day`) +
    (confident === null ? '.' : `; ${label}.`);
  const chart = rangeChart('plan-range', 'Dials a day: plan, range and confidence', desc, { point: plan.per_day.dials, range: r, confident, confidentLabel: label, level: i.level });
  const caption = [
    'Dot: the plan at these rates.',
    r === null ? 'No band: rates given without counts carry no sampling range.' : `Band: the ${Math.round(i.level * 100)} % range of dials a day from the rates’ uncertainty.`,
    confident === null ? '' : `Diamond: the dials a day that book ${what}.`,
  ];
  return figure(chart, html(caption.filter(Boolean).join(' ')));
}

function sensitivity(plan: Plan): string {
  const s = sensitivityTable(plan, PLAIN);
  const most = (f: (x: Plan['sensitivity'][number]) => number) => maxOf([...plan.sensitivity.map(f), 1e-9]);
  const chart = (what: 'dials' | 'hours') => {
    const saved = (x: Plan['sensitivity'][number]) => (what === 'dials' ? x.dials_saved_per_day : x.hours_saved_per_day);
    const rows: Bar[] = plan.sensitivity.map((x) => ({
      label: x.ratio, value: saved(x), share: saved(x) / most(saved),
      // Signed like the table's change column, with its decimals: a saving is a minus.
      valueText: `${saved(x) >= 0 ? '−' : '+'}${Math.abs(saved(x)).toFixed(what === 'dials' ? 1 : 2)}${what === 'hours' ? ' h' : ''}`,
      note: `${pct(x.from)} → ${pct(x.to)}${x.capped ? ' (max)' : ''}`,
    }));
    const title = what === 'dials' ? 'Dials saved a day' : 'Hours saved a day';
    return `<h3>${title}</h3>` + bars(`plan-sens-${what}`, title, rows.map((b) => `${b.label}: ${b.valueText} (${b.note})`).join('; '), rows, 200);
  };
  return `<figure>${chart('dials')}${chart('hours')}<figcaption>${html(s.title)}. A better meeting rate saves more hours: it also saves conversations, which take longer than dials.</figcaption></figure>` +
    table(s.head.map(html), s.rows.map((r) => r.map(html)));
}

/** With --by rep: each rep's week, and their meetings/dials from their own history to the one planned (shrunk toward the team). */
function reps(plan: Plan): string {
  const r = repPlanTable(plan, name);
  if (r === null) return '';
  const head = r.head.map(html);
  const rows = r.rows.map((row, i) => row.map((c, k) => (k === 0 && i < r.rows.length - 1 ? c : html(c).replace(' -&gt; ', ' → '))));
  return section('reps', 'Per rep', table(head, rows, { caption: html(r.title.replace(' -> ', ' → ')) }));
}

function sources(plan: Plan): string {
  const rows = facts(plan, PLAIN).map(([label, text]) => `<dt>${html(label)}</dt><dd>${html(text)}</dd>`);
  return `<dl class="facts">${rows.join('')}</dl>`;
}

const METHOD = `<p>Back-solved: meetings ÷ (meetings per dial) = dials; dials × time per dial = hours; hours ÷ one rep’s selling time = reps.
The range is the target divided by the quantiles of the Jeffreys Beta posterior of meetings/dials; the confident dials come from the
Beta-Binomial (chance day to day and the rate’s uncertainty).</p>`;

/** `funnel plan --format html`. */
export function planHtml(plan: Plan): string {
  const from = plan.source.files.length ? ` · from ${plan.source.files.map(name).join(', ')}` : '';
  const body = [
    notes('Read with care', plan.warnings),
    keyFigures(plan),
    section('day', 'A day and a week', day(plan)),
    section('range', 'How sure', range(plan)),
    section('improve', 'Which stage to improve', sensitivity(plan)),
    reps(plan),
    section('sources', 'Where the numbers come from', sources(plan)),
  ];
  return page({ title: 'Funnel plan', subtitle: html(summary(plan, PLAIN)) + from, body: body.filter(Boolean).join('\n'), method: METHOD });
}
