import type { RowColumns } from '../core/row-columns.js';
import type { ActivityRow } from '../core/types.js';

/**
 * Gives something holding columns a `rows` made when first read: a report or a check of a million
 * rows works on the columns and never makes them; a plan of a few weeks, and tests, read them as objects.
 */
export function rowsOnDemand<T extends { columns: RowColumns }>(holder: T): T & { readonly rows: readonly ActivityRow[] } {
  let rows: ActivityRow[] | undefined;
  return Object.defineProperty(holder, 'rows', {
    get: () => (rows ??= holder.columns.toRows()),
    // Enumerable, so a copy (`{ ...tables }`) still has rows; the code copies none, to make none it needs not.
    enumerable: true,
  }) as T & { readonly rows: readonly ActivityRow[] };
}
