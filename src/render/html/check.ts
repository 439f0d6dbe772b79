import type { CheckResult } from '../../core/check-types.js';
import { boundText, checkTitle, headline, pValue, reason, scopeText, valueText, type ReasonContext } from '../check-reason.js';
import { pct } from '../format.js';
import { axisPct } from './charts.js';
import { html } from '../safe.js';
import { fileName, name, page, section, table } from './page.js';
import { circle, line, rect, scale, svg, text, ticks } from './svg.js';

export interface CheckInputs {
  files: readonly string[];
  baseline: string | undefined;
}

/** Failing checks first, then those that could be noise, then the rest; the run's order within each. */
const RANK: Record<CheckResult['finding'], number> = { regression: 1, noise: 2, 'within-tolerance': 3, 'no-data': 4, ok: 5 };
const rank = (r: CheckResult) => (r.failed ? 0 : RANK[r.finding]);

function verdictWord(r: CheckResult): { word: string; cls: string } {
  if (r.failed) return { word: r.finding === 'no-data' ? 'no data (required)' : 'regression', cls: 'fail' };
  if (r.verdict === 'no data') return { word: 'no data', cls: 'muted' };
  return { word: r.finding === 'noise' ? 'pass · could be noise' : 'pass', cls: 'pass' };
}

/**
 * The value against its bound on one scale: the side that fails is tinted, the bound is a bar, the
 * baseline a dashed tick, the value a dot in the verdict's colour.
 */
function bullet(r: CheckResult, k: number): string {
  if (r.value === null || r.bound === null) return '';
  const W = 420, H = 54, left = 8, right = 16, y0 = 20;
  const tk = ticks(Math.max(r.value, r.bound, r.baseline?.value ?? 0) * 1.1 || 0.01, 5);
  const x = scale([0, tk.at(-1) ?? 1], [left, W - right]);
  const fails = r.kind === 'max' ? [x(r.bound), W - right] : [left, x(r.bound)];
  const parts = [
    rect(left, y0 - 9, W - left - right, 18, { class: 'track' }),
    rect(fails[0]!, y0 - 9, fails[1]! - fails[0]!, 18, { class: 'mat' }),
    ...tk.map((t) => text(x(t), H - 4, axisPct(t), { 'text-anchor': 'middle', class: 'm', 'font-size': 10.5 })),
    line(x(r.bound), y0 - 13, x(r.bound), y0 + 13, { class: 'bound' }),
  ];
  if (r.baseline) parts.push(line(x(r.baseline.value), y0 - 13, x(r.baseline.value), y0 + 13, { class: 'ref' }));
  parts.push(circle(x(r.value), y0, 6, { class: r.failed ? 'fail' : 'pass' }, `value ${pct(r.value)}`));
  const desc = `Value ${valueText(r)} against the bound ${boundText(r)}${r.baseline ? ` (baseline ${pct(r.baseline.value)})` : ''}; tinted: the failing side.`;
  return svg({ id: `check-${k}`, title: checkTitle(r), desc, width: W, height: H, body: parts.join(''), className: 'small' });
}

function card(r: CheckResult, ctx: ReasonContext, k: number): string {
  const v = verdictWord(r);
  const state = r.failed ? 'failed' : r.verdict === 'no data' ? 'nodata' : 'passed';
  const baseline = r.baseline ? `${pct(r.baseline.value)} (${r.baseline.num}/${r.baseline.den}, ${r.baseline.source === 'team' ? 'team' : 'this rep'})` : null;
  const facts: [string, string][] = [
    ['Value', valueText(r)],
    ['Bound', boundText(r) + (r.kind === 'baseline' ? ' (baseline less the tolerance)' : r.kind === 'min' ? ' (--min)' : ' (--max)')],
    ...(baseline ? [['Baseline', baseline] as [string, string]] : []),
    ['Evidence', r.p_value === null ? 'no test' : `${pValue(r.p_value)} (${r.test === 'fisher' ? 'Fisher’s exact test' : 'exact binomial test'}, one-sided, alpha ${ctx.alpha})`],
    ['Why', reason(r, ctx)],
  ];
  return (
    `<article class="check ${state}"><h3><span class="verdict ${v.cls}">${html(v.word)}</span> <span>${html(r.ratio)}</span> <span class="muted">${name(scopeText(r))}</span></h3>` +
    `<div class="cb"><dl>${facts.map(([t, d]) => `<dt>${html(t)}</dt><dd>${html(d)}</dd>`).join('')}</dl>${bullet(r, k)}</div></article>`
  );
}

/** A card per check; in a long run, the clean passes only in the table, so the page stays about what needs a look. */
function cards(ordered: readonly CheckResult[], ctx: ReasonContext): string {
  const clean = (r: CheckResult) => !r.failed && r.finding === 'ok';
  const carded = ordered.length <= CARDS_UP_TO ? ordered : ordered.filter((r) => !clean(r));
  const left = ordered.length - carded.length;
  const note = left > 0 ? `<p class="muted">${left} more checks passed cleanly (not beyond their bound); they are in the table below.</p>` : '';
  return carded.map((r, k) => card(r, ctx, k)).join('\n') + note;
}

function settingsLine(results: readonly CheckResult[], ctx: ReasonContext): string {
  const mode = ctx.strict ? 'strict: point values only' : `one-sided tests at alpha ${ctx.alpha}`;
  const tolerance = results.some((r) => r.kind === 'baseline') ? `, baseline tolerance ${Math.round(ctx.tolerance * 1000) / 10} %` : '';
  return mode + tolerance + (ctx.requireData ? ', data required' : '');
}

/** Up to this many checks each get a card; past it, clean passes are in the table only. */
export const CARDS_UP_TO = 40;

/** `funnel check --format html`: the verdict first, then each check, failing ones first. */
export function checkHtml(results: readonly CheckResult[], ctx: ReasonContext, inputs: CheckInputs): string {
  const ordered = [...results].map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map((x) => x.r);
  const line_ = headline(results);
  const failed = results.some((r) => r.failed);
  const summary = table(
    ['Check', 'Value', 'Bound', 'p-value', 'Verdict'],
    ordered.map((r) => {
      const v = verdictWord(r);
      return [`${html(r.ratio)} <span class="muted">${name(scopeText(r))}</span>`, valueText(r), html(boundText(r)), pValue(r.p_value), `<span class="${v.cls}">${html(v.word)}</span>`];
    }),
  );
  const body = [
    `<p class="headline ${failed ? 'fail' : 'pass'}" role="status">${html(line_)}</p>`,
    `<p class="muted">${html(settingsLine(results, ctx))}</p>`,
    section('checks', 'Checks', '<p class="legend">Failing checks first. In each picture: the dot is the value, the solid bar the bound, the dashed bar the baseline; the tinted side fails.</p>' + cards(ordered, ctx)),
    section('summary', 'All checks', summary),
  ];
  const method = `<p>A check fails only when the value is beyond its bound and the difference is significant, one-sided: an exact binomial test against a fixed bound, Fisher’s exact test against a baseline. Under --strict, point values only.</p>`;
  const files = inputs.files.length ? inputs.files.map(fileName).join(', ') : 'standard input';
  const subtitle = files + (inputs.baseline === undefined ? '' : ` · baseline ${fileName(inputs.baseline)}`);
  return page({ title: 'Funnel check', subtitle, body: body.join('\n'), method });
}
