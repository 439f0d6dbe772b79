import { RATIO_NAMES } from '../core/funnel.js';
import type { Report, ReportPart } from '../core/report.js';
import { COUNT_FIELDS } from '../core/types.js';
import { csvLine } from './csv.js';

/** One line per scope (total, each week, each rep): counts then unrounded ratios, for spreadsheets. */
export function reportCsv(r: Report): string {
  const line = (scope: string, key: string, p: ReportPart) =>
    csvLine([scope, key, ...COUNT_FIELDS.map((f) => p.totals[f]), ...RATIO_NAMES.map((n) => p.ratios[n])]);
  return [
    csvLine(['scope', 'key', ...COUNT_FIELDS, ...RATIO_NAMES]),
    line('total', r.chain, r),
    ...r.weeks.map((w) => line('week', w.week, w)),
    ...(r.reps ?? []).map((p) => line('rep', p.rep, p)),
  ].join('\n');
}
