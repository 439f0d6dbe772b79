import type { ActivityRow } from './types.js';

/** Optional measures a row may leave blank while others fill them in. */
type Optional = 'hours' | 'callbacks';

const LISTED = 3;

/**
 * An optional measure blank in some rows but not all: totals leave it out (a partial sum would
 * understate it), which silently drops hours or callbacks from the whole output. Say so, with
 * where the blanks are. null when every row has it, or none does (the column is simply absent).
 */
export function blankMeasureNote(rows: readonly ActivityRow[], field: Optional, consequence: string): string | null {
  // Counted, not filtered: a table of a million rows without hours would list them all to name three.
  const first: ActivityRow[] = [];
  let blank = 0;
  for (const r of rows) {
    if (r.counts[field] !== null) continue;
    if (blank < LISTED) first.push(r);
    blank++;
  }
  if (blank === 0 || blank === rows.length) return null;
  const where = first.map((r) => `${r.origin.file}:${r.origin.line}`).join(', ') + (blank > LISTED ? ', …' : '');
  return `${field}: blank in ${blank} of ${rows.length} rows (${where}), so ${consequence}; fill in the blanks`;
}
