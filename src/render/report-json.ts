import type { Report, ReportPart } from '../core/report.js';
import { json } from './safe.js';

/** The documented, stable JSON shape (README "JSON output"): keys in a fixed order, ratios unrounded. */
function part(p: ReportPart) {
  return { totals: p.totals, ratios: p.ratios, intervals: p.intervals, pace: p.pace };
}

export function reportJson(r: Report): string {
  const out = {
    ...part(r),
    chain: r.chain,
    evidence: r.evidence,
    weeks: r.weeks.map((w) => ({ week: w.week, ...part(w), change: w.change })),
    ...(r.reps ? { reps: r.reps.map((p) => ({ rep: p.rep, weeks: p.weeks, ...part(p), vs_team: p.vs_team, trend: p.trend })) } : {}),
    warnings: r.warnings,
  };
  return json(out);
}
