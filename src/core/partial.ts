import { columnsOf, type Rows } from './row-columns-build.js';

/** Optional measures a row may leave blank while others fill them in. */
type Optional = 'hours' | 'callbacks';

const LISTED = 3;

/**
 * An optional measure blank in some rows but not all: totals leave it out (a partial sum would
 * understate it), which silently drops hours or callbacks from the whole output. Say so, with
 * where the blanks are. null when every row has it, or none does (the column is simply absent).
 */
export function blankMeasureNote(rows: Rows, field: Optional, consequence: string): string | null {
  // Counted, not filtered: a table of a million rows without hours would list them all to name three.
  const t = columnsOf(rows);
  const column = t.parts.values[field];
  if (column === null) return null; // blank in every row: the file has no such column
  const first: number[] = [];
  let blank = 0;
  for (let i = 0; i < t.length; i++) {
    if (!Number.isNaN(column[i]!)) continue;
    if (blank < LISTED) first.push(i);
    blank++;
  }
  if (blank === 0 || blank === t.length) return null;
  const where = first.map((i) => `${t.origin(i).file}:${t.origin(i).line}`).join(', ') + (blank > LISTED ? ', …' : '');
  return `${field}: blank in ${blank} of ${t.length} rows (${where}), so ${consequence}; fill in the blanks`;
}
