import type { PlanCheckResult } from '../core/check-plan.js';
import { annotationData, annotationProperty, json as safeJson, markdownCell, terminal, xmlAttr, xmlText } from './safe.js';
import { int, num } from './format.js';
import type { CheckFormat } from './formats.js';
import { loadHtml } from './html-lazy.js';
import { mdTable } from './markdown.js';
import { nameCell } from './track-parts.js';
import { renderTable } from './table.js';
import { finish, makeTheme, tone, type Theme } from './theme.js';
import { wrap } from './wrap.js';

/** `funnel check --plan` in each format; JSON is documented in README ("Check against a plan"). */

export interface PlanCheckView {
  results: readonly PlanCheckResult[];
  alpha: number;
  planFile: string;
}

const p = (x: number | null) => (x === null ? 'not judged' : x < 0.001 ? 'p < 0.001' : `p = ${x.toFixed(3)}`);

/** Why a subject passed or failed, in words. */
export function planReason(r: PlanCheckResult, alpha: number): string {
  const short = `${num(r.actual.meetings, 1)} of ${num(r.planned.meetings, 1)} planned meetings`;
  if (r.beyond_chance !== null) {
    const what = r.beyond_chance === 'both' ? 'effort and conversion' : r.beyond_chance;
    return `behind plan beyond chance (${what}): ${short}; effort ${p(r.p_effort_adjusted)}, conversion ${p(r.p_conversion_adjusted)} (Holm-adjusted, alpha ${alpha})`;
  }
  if (r.gap.meetings <= 0) return `on or ahead of plan: ${short}`;
  return `behind plan, but within chance: ${short}; effort ${p(r.p_effort_adjusted)}, conversion ${p(r.p_conversion_adjusted)} (Holm-adjusted)`;
}

const who = (r: PlanCheckResult, text: (s: string) => string) => (r.rep === null ? 'team' : text(r.rep));

function rows(v: PlanCheckView, text: (s: string) => string, verdict: (r: PlanCheckResult) => string) {
  return {
    head: ['', 'scope', 'meetings', 'dials', 'gap', 'effort', 'conversion', 'verdict'],
    rows: v.results.map((r) => [
      who(r, text), text(r.scope), `${int(r.actual.meetings)}/${num(r.planned.meetings, 1)}`, `${int(r.actual.dials)}/${int(r.planned.dials)}`,
      num(r.gap.meetings, 1), num(r.gap.effort, 1), num(r.gap.conversion, 1), verdict(r),
    ]),
  };
}

export function planSummary(v: PlanCheckView): string {
  const failed = v.results.filter((r) => r.failed).length;
  return failed === 0 ? `PASS: no one is behind plan beyond chance (${v.results.length} checked)` : `FAIL: ${failed} of ${v.results.length} behind plan beyond chance`;
}

function table(v: PlanCheckView, theme: Theme): string {
  const t = rows(v, nameCell, (r) => (r.failed ? tone(theme, 'worse', 'FAIL') : 'pass'));
  const reasons = v.results.map((r) => wrap(`${who(r, terminal)}: ${planReason(r, v.alpha)}`, theme.width - 2).join('\n  '));
  return finish([theme.c.bold(planSummary(v)), renderTable(t.head, t.rows, theme), reasons.join('\n')].join('\n\n'), theme);
}

function markdown(v: PlanCheckView): string {
  // mdTable makes every cell safe.
  const t = rows(v, (s) => s, (r) => (r.failed ? 'FAIL' : 'pass'));
  return ['## funnel check --plan', `**${planSummary(v)}**`, mdTable(t.head, t.rows), v.results.map((r) => `- **${who(r, markdownCell)}:** ${planReason(r, v.alpha)}`).join('\n')].join('\n\n');
}

function json(v: PlanCheckView): string {
  return safeJson({
    passed: v.results.every((r) => !r.failed),
    plan: v.planFile,
    alpha: v.alpha,
    checks: v.results.map((r) => ({
      scope: r.scope, rep: r.rep, weeks: r.weeks, planned: r.planned, actual: r.actual, gap: r.gap,
      p_effort: r.p_effort, p_conversion: r.p_conversion, p_effort_adjusted: r.p_effort_adjusted, p_conversion_adjusted: r.p_conversion_adjusted,
      beyond_chance: r.beyond_chance, failed: r.failed, reason: planReason(r, v.alpha),
    })),
  });
}

export async function renderPlanCheck(v: PlanCheckView, format: CheckFormat, color: boolean, width?: number): Promise<string> {
  const render = { table: () => table(v, makeTheme(color, width)), md: () => markdown(v), json: () => json(v),
    html: async () => (await loadHtml()).checkPlanHtml(v) } satisfies Record<CheckFormat, () => string | Promise<string>>;
  return render[format]();
}

/** JUnit XML: one test case per subject; a failure carries the reason. */
export function renderPlanCheckJunit(v: PlanCheckView): string {
  const failures = v.results.filter((r) => r.failed).length;
  const counts = `tests="${v.results.length}" failures="${failures}" errors="0" skipped="0" time="0"`;
  const cases = v.results.map((r) => {
    const name = xmlAttr(`${r.rep === null ? 'team' : r.rep} on plan (${r.scope})`);
    const reason = planReason(r, v.alpha);
    const body = r.failed ? `      <failure message="${xmlAttr(reason)}" type="behind-plan">${xmlText(reason)}</failure>` : `      <system-out>${xmlText(reason)}</system-out>`;
    return `    <testcase classname="${xmlAttr(r.rep === null ? 'funnel.plan.team' : `funnel.plan.rep.${r.rep}`)}" name="${name}" time="0">\n${body}\n    </testcase>`;
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="funnel check" ${counts}>`, `  <testsuite name="funnel check --plan" ${counts}>`, ...cases, '  </testsuite>', '</testsuites>', ''].join('\n');
}

/** In a GitHub Actions job: an error for each subject behind plan beyond chance, a warning for one behind within chance. */
export function renderPlanCheckAnnotations(v: PlanCheckView): string {
  const lines: string[] = [];
  for (const r of v.results) {
    const level = r.failed ? 'error' : r.gap.meetings > 0 ? 'warning' : null;
    if (level === null) continue;
    const title = `funnel check --plan: ${r.rep === null ? 'team' : r.rep} (${r.scope})`;
    lines.push(`::${level} title=${annotationProperty(title)}::${annotationData(planReason(r, v.alpha))}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
