import type { CheckResult } from '../core/check-types.js';
import { checkTitle, reason, type ReasonContext } from './check-reason.js';
import { annotationData, annotationProperty } from './safe.js';

/**
 * One annotation per check worth a look: an error for each failure, a warning for a drop that
 * could be noise or a check without data. Passing checks stay quiet.
 */
export function renderAnnotations(results: readonly CheckResult[], ctx: ReasonContext): string {
  const lines: string[] = [];
  for (const r of results) {
    const level = r.failed ? 'error' : r.finding === 'noise' || r.finding === 'no-data' ? 'warning' : null;
    if (level === null) continue;
    lines.push(`::${level} title=${annotationProperty(`funnel check: ${checkTitle(r)}`)}::${annotationData(reason(r, ctx))}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
