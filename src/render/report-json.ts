import type { Report, RepPart, ReportPart } from '../core/report.js';
import { json } from './safe.js';

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
    ...(r.reps ? { reps: r.reps.map((p) => ({ rep: p.rep, weeks: p.weeks, ...part(p), vs_team: p.vs_team, trend: p.trend, weekly: weeklyColumns(r, p) })) } : {}),
    warnings: r.warnings,
    input,
  };
  return collapseNumberLists(json(out));
}

/**
 * A rep's weeks as columns aligned with the report's `weeks` (null where the rep had no row): what a
 * later `check --baseline` needs to measure reps' weekly wobble, in a few hundred bytes a rep.
 */
function weeklyColumns(r: Report, p: RepPart): Record<'dials' | 'reached' | 'meetings' | 'callbacks', (number | null)[]> {
  const byWeek = new Map(p.weekly.map((w) => [w.week, w.totals]));
  const column = (field: 'dials' | 'reached' | 'meetings' | 'callbacks') => r.weeks.map((w) => byWeek.get(w.week)?.[field] ?? null);
  return { dials: column('dials'), reached: column('reached'), meetings: column('meetings'), callbacks: column('callbacks') };
}

/** Lists of plain numbers on one line: a year of weekly columns for a thousand reps stays readable and small. */
function collapseNumberLists(text: string): string {
  return text.replace(/\[\n\s*((?:-?\d[\d.eE+-]*|null)(?:,\n\s*(?:-?\d[\d.eE+-]*|null))*)\n\s*\]/g, (_, items: string) => `[${items.split(/,\n\s*/).join(', ')}]`);
}
