import type { Backtest, BacktestStep } from '../../core/backtest.js';
import { backtestHeadline } from '../backtest.js';
import { int, num } from '../format.js';
import { html } from '../safe.js';
import { trend } from './charts.js';
import { name, notes, page, section, table } from './page.js';

/** `funnel plan --backtest --format html`: each predicted week's range as a band, the actual meetings as dots. */

function charts(b: Backtest): string {
  const groups = new Map<string, BacktestStep[]>();
  for (const s of b.steps) groups.set(s.rep ?? 'team', [...(groups.get(s.rep ?? 'team') ?? []), s]);
  const level = Math.round(b.level * 100);
  const figures = [...groups].map(([who, steps], k) => {
    const points = steps.map((s) => ({
      label: s.week, value: s.meetings, lo: s.range[0], hi: s.range[1], open: false, miss: !s.inside,
      tip: `${who} ${s.week}: ${int(s.meetings)} meetings from ${int(s.dials)} dials; expected ${num(s.expected, 1)}, ${level} % range ${s.range[0]}–${s.range[1]}${s.inside ? '' : ', outside'}`,
    }));
    const missed = steps.filter((s) => !s.inside).map((s) => s.week);
    const desc = `${who}: actual meetings against the ${level} % range predicted from the weeks before, ${steps.length - missed.length} of ${steps.length} inside` + (missed.length ? `; outside in ${missed.join(', ')}` : '');
    return `<figure><h3>${html(who)}</h3>${trend(`backtest-${k}`, `${who}: predicted range and actual meetings`, desc, points, (v) => int(v), true)}</figure>`;
  });
  return `<div class="grid2">${figures.join('\n')}</div><p class="legend">${html(`Bands: the ${level} % range of meetings the plan from the weeks before predicted for that week's dials; dots: the actual meetings, vermillion when outside.`)}</p>`;
}

export function backtestHtml(b: Backtest): string {
  const level = Math.round(b.level * 100);
  const head = ['week', ...(b.by_rep ? ['rep'] : []), 'history', 'dials', 'meetings', 'expected', `${level} % range`, 'inside'];
  const rows = b.steps.map((s) => [
    name(s.week), ...(b.by_rep ? [name(s.rep ?? '')] : []), name(s.history), int(s.dials), int(s.meetings), num(s.expected, 1), `${s.range[0]}–${s.range[1]}`,
    s.inside ? 'yes' : '<span class="fail">no</span>',
  ]);
  const body = [
    notes('Read with care', b.warnings),
    `<p class="headline" role="status">${html(backtestHeadline(b).replace('\n', ' '))}</p>`,
    b.steps.length ? section('replay', 'Week by week', charts(b) + table(head, rows, { align: head.map((_, i) => (i < (b.by_rep ? 3 : 2) ? 'l' : 'r')) })) : '',
  ];
  const method = `<p>For every week k + 1, the plan made from weeks 1..k (its meetings/dials posterior and week-to-week wobble) predicts that week’s meetings from its actual dials; a calibrated plan lands inside its ${level} % range about ${level} % of the time.</p>`;
  return page({ title: 'Plan backtest', subtitle: html(`${b.by_rep ? 'per rep' : 'team'} · ${b.total} predictions`), body: body.filter(Boolean).join('\n'), method });
}
