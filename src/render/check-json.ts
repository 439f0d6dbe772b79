import type { CheckResult } from '../core/check-types.js';
import { reason, tally, type ReasonContext } from './check-reason.js';
import { json } from './safe.js';

/**
 * The machine-readable result (documented in README "funnel check"). Numbers stay unrounded;
 * `finding` and `test` are internal names: new values may be added.
 */
export function renderCheckJson(results: readonly CheckResult[], ctx: ReasonContext): string {
  const t = tally(results);
  return json(
    {
      passed: t.failed === 0,
      summary: t,
      settings: { alpha: ctx.alpha, tolerance: ctx.tolerance, strict: ctx.strict, require_data: ctx.requireData },
      checks: results.map((r) => ({
        ratio: r.ratio,
        kind: r.kind,
        scope: r.scope,
        rep: r.rep,
        value: r.value,
        bound: r.bound,
        p_value: r.p_value,
        test: r.test,
        verdict: r.verdict,
        failed: r.failed,
        finding: r.finding,
        reason: reason(r, ctx),
        counts: r.counts,
        baseline: r.baseline,
      })),
    },
  );
}
