import type { CheckResult } from '../core/check-types.js';
import { boundText, checkTitle, pValue, reason, tally, valueText, type ReasonContext } from './check-reason.js';
import { xmlAttr, xmlText } from './safe.js';

/** Dots group test cases in CI viewers: funnel.check.team, funnel.check.rep.anna. */
function className(r: CheckResult): string {
  return r.rep === null ? 'funnel.check.team' : `funnel.check.rep.${r.rep}`;
}

function details(r: CheckResult, ctx: ReasonContext): string {
  const test = r.test === 'fisher' ? "Fisher's exact test, one-sided" : r.test === 'binomial' ? 'exact binomial test, one-sided' : 'none';
  const base = r.baseline ? `\nbaseline: ${r.baseline.num}/${r.baseline.den} (${r.baseline.source})` : '';
  return `value: ${valueText(r)}\nbound: ${boundText(r)}${base}\n${pValue(r.p_value)} (${test}, alpha ${ctx.alpha})\n${reason(r, ctx)}`;
}

function testcase(r: CheckResult, ctx: ReasonContext): string {
  const open = `    <testcase classname="${xmlAttr(className(r))}" name="${xmlAttr(checkTitle(r))}" time="0">`;
  const why = xmlAttr(reason(r, ctx));
  let body: string;
  if (r.failed) body = `      <failure message="${why}" type="${r.finding}">${xmlText(details(r, ctx))}</failure>`;
  else if (r.finding === 'no-data') body = `      <skipped message="${why}"/>`;
  else body = `      <system-out>${xmlText(details(r, ctx))}</system-out>`;
  return `${open}\n${body}\n    </testcase>`;
}

/** JUnit XML as CI servers read it: one test case per check; a failure carries the explanation. */
export function renderCheckJunit(results: readonly CheckResult[], ctx: ReasonContext): string {
  const t = tally(results);
  const skipped = results.filter((r) => r.finding === 'no-data' && !r.failed).length;
  const counts = `tests="${t.checks}" failures="${t.failed}" errors="0" skipped="${skipped}" time="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="funnel check" ${counts}>`,
    `  <testsuite name="funnel check" ${counts}>`,
    ...results.map((r) => testcase(r, ctx)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
