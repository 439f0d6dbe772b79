import type { PlanCheckResult } from '../../core/check-plan.js';
import { planReason, planSummary, type PlanCheckView } from '../check-plan.js';
import { int, num } from '../format.js';
import { html } from '../safe.js';
import { name, page, section, table } from './page.js';
import { GAP_LEGEND, gapChart, progress } from './track-charts.js';

/** `funnel check --plan --format html`: the verdict, then who is behind plan, failing subjects first. */

const who = (r: PlanCheckResult) => (r.rep === null ? 'team' : r.rep);

function card(r: PlanCheckResult, alpha: number): string {
  const state = r.failed ? 'failed' : 'passed';
  const word = r.failed ? 'behind plan' : r.gap.meetings > 0 ? 'pass · within chance' : 'pass';
  return (
    `<article class="check ${state}"><h3><span class="verdict ${r.failed ? 'fail' : 'pass'}">${html(word)}</span> ` +
    `<span>${r.rep === null ? 'team' : name(r.rep)}</span> <span class="muted">${name(r.scope)}</span></h3>` +
    `<dl><dt>Meetings</dt><dd>${num(r.actual.meetings, 1)} of ${num(r.planned.meetings, 1)} planned</dd>` +
    `<dt>Dials</dt><dd>${int(r.actual.dials)} of ${int(r.planned.dials)} planned</dd>` +
    `<dt>Gap</dt><dd>${html(`${num(r.gap.meetings, 1)} = effort ${num(r.gap.effort, 1)} + conversion ${num(r.gap.conversion, 1)}`)}</dd>` +
    `<dt>Why</dt><dd>${html(planReason(r, alpha))}</dd></dl></article>`
  );
}

export function checkPlanHtml(v: PlanCheckView): string {
  const ordered = [...v.results].map((r, i) => ({ r, i })).sort((a, b) => Number(b.r.failed) - Number(a.r.failed) || a.i - b.i).map((x) => x.r);
  const labels = ordered.map(who);
  const chart = progress('plan-check-progress', 'Planned against actual', ordered.map((r) => `${who(r)}: ${num(r.actual.meetings, 1)} of ${num(r.planned.meetings, 1)} meetings, ${int(r.actual.dials)} of ${int(r.planned.dials)} dials`).join('; '), labels, [
    { title: 'meetings', cells: ordered.map((r) => ({ actual: r.actual.meetings, plannedSoFar: r.planned.meetings, plannedPeriod: r.planned.meetings, tip: `${who(r)}: ${num(r.actual.meetings, 1)} of ${num(r.planned.meetings, 1)} meetings` })) },
    { title: 'dials', cells: ordered.map((r) => ({ actual: r.actual.dials, plannedSoFar: r.planned.dials, plannedPeriod: r.planned.dials, tip: `${who(r)}: ${int(r.actual.dials)} of ${int(r.planned.dials)} dials` })) },
  ]);
  const gaps = gapChart('plan-check-gap', 'Where the meetings gap comes from', ordered.map((r) => `${who(r)}: gap ${num(r.gap.meetings, 1)} = effort ${num(r.gap.effort, 1)} + conversion ${num(r.gap.conversion, 1)}`).join('; '),
    ordered.map((r) => ({ label: who(r), effort: r.gap.effort, conversion: r.gap.conversion })));
  const summaryTable = table(
    ['', 'weeks', 'meetings', 'dials', 'gap', 'effort', 'conversion', 'verdict'],
    ordered.map((r) => [r.rep === null ? '<em>team</em>' : name(r.rep), name(r.scope), `${num(r.actual.meetings, 1)} / ${num(r.planned.meetings, 1)}`, `${int(r.actual.dials)} / ${int(r.planned.dials)}`,
      num(r.gap.meetings, 1), num(r.gap.effort, 1), num(r.gap.conversion, 1), r.failed ? '<span class="fail">FAIL</span>' : '<span class="pass">pass</span>']),
  );
  const line = planSummary(v);
  const body = [
    `<p class="headline ${line.startsWith('FAIL') ? 'fail' : 'pass'}" role="status">${html(line)}</p>`,
    section('checks', 'Against the plan', `<figure>${chart}<figcaption>Bars: done (vermillion where short of plan); tick: planned for these weeks.</figcaption></figure>` + ordered.map((r) => card(r, v.alpha)).join('\n')),
    section('gap', 'Effort or conversion', `<figure>${gaps}<figcaption>${GAP_LEGEND}. In meetings at the plan’s rates.</figcaption></figure>` + summaryTable),
  ];
  const method = `<p>A subject fails when its meetings are short of plan and its effort or conversion shortfall is beyond chance, Holm-adjusted across the team and every rep at alpha ${v.alpha}.</p>`;
  return page({ title: 'Funnel check against a plan', subtitle: `plan ${name(v.planFile)}`, body: body.join('\n'), method });
}
