import type { Report, ReportPart } from '../core/report.js';
import { repWeeklyColumns } from '../core/rep-weeks.js';
import { ListOf, jsonNumberListsInline } from './json-lists.js';

/** The documented, stable JSON shape (README "JSON output"): keys in a fixed order, ratios unrounded. */
function part(p: ReportPart) {
  return { totals: p.totals, ratios: p.ratios, intervals: p.intervals, pace: p.pace };
}

/** `input`: how each file was understood (README "JSON output"), so a CI script can check what was read. */
// Printed as given: the io layer's FileUnderstanding (render never imports from io).
export function reportJson(r: Report, input: readonly object[] = []): string {
  const out = {
    ...part(r),
    chain: r.chain,
    evidence: r.evidence,
    wobble: r.wobble,
    weeks: r.weeks.map((w) => ({ week: w.week, ...part(w), change: w.change, moved: w.moved })),
    // One rep at a time: 20,000 reps' weekly columns need not exist at once.
    ...(r.reps ? { reps: new ListOf(r.reps, (p) => ({ rep: p.rep, weeks: p.weeks, ...part(p), vs_team: p.vs_team, trend: p.trend, weekly: repWeeklyColumns(p.weekly.table, p.weekly.index) })) } : {}),
    warnings: r.warnings,
    input,
  };
  return jsonNumberListsInline(out);
}
