import type { Report, RepPart, ReportPart } from '../core/report.js';
import type { Rendered } from './formats.js';
import { json } from './safe.js';

/** The documented, stable JSON shape (README "JSON output"): keys in a fixed order, ratios unrounded. */
function part(p: ReportPart) {
  return { totals: p.totals, ratios: p.ratios, intervals: p.intervals, pace: p.pace };
}

/** `input`: how each file was understood (README "JSON output"), so a CI script can check what was read. */
// Printed as given: the io layer's FileUnderstanding (render never imports from io).
export function reportJson(r: Report, input: readonly object[] = []): Rendered {
  const reps = r.reps ?? [];
  const out = {
    ...part(r),
    chain: r.chain,
    evidence: r.evidence,
    wobble: r.wobble,
    weeks: r.weeks.map((w) => ({ week: w.week, ...part(w), change: w.change, moved: w.moved })),
    ...(r.reps ? { reps: [] } : {}),
    warnings: r.warnings,
    input,
  };
  const text = collapseNumberLists(json(out));
  return reps.length === 0 ? text : repsInPlace(text, reps.map((p) => () => ({ rep: p.rep, weeks: p.weeks, ...part(p), vs_team: p.vs_team, trend: p.trend, weekly: weeklyColumns(r, p) })));
}

/**
 * The document with its reps written in, one rep a piece, each made only when it is written: exactly the
 * text the whole object would give (JSON.stringify with two spaces; a rep is an item two levels deep).
 */
function* repsInPlace(text: string, reps: readonly (() => object)[]): Generator<string> {
  // Two spaces and a line break before it: the top-level key, which no string value can hold (a line break in one is escaped).
  const key = '\n  "reps": []';
  const at = text.indexOf(key);
  yield text.slice(0, at + key.length - 1);
  for (const [i, rep] of reps.entries()) {
    const item = collapseNumberLists(json(rep())).replace(/\n/g, '\n    ');
    yield `\n    ${item}${i < reps.length - 1 ? ',' : ''}`;
  }
  yield `\n  ${text.slice(at + key.length - 1)}`;
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
export function collapseNumberLists(text: string): string {
  return text.replace(/\[\n\s*((?:-?\d[\d.eE+-]*|null)(?:,\n\s*(?:-?\d[\d.eE+-]*|null))*)\n\s*\]/g, (_, items: string) => `[${items.split(/,\n\s*/).join(', ')}]`);
}
