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
  const blank = rows.filter((r) => r.counts[field] === null);
  if (blank.length === 0 || blank.length === rows.length) return null;
  const where = blank.slice(0, LISTED).map((r) => `${r.origin.file}:${r.origin.line}`).join(', ') + (blank.length > LISTED ? ', …' : '');
  return `${field}: blank in ${blank.length} of ${rows.length} rows (${where}), so ${consequence}; fill in the blanks`;
}
