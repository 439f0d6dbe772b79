import { UsageError } from '../errors.js';
import type { Tables } from '../io/tables.js';

/** `--by rep` on data without a rep column would silently compare nobody: say so, and how to fix it. */
export function requireRepColumn(tables: Tables): void {
  if (tables.columns.hasRep()) return;
  throw new UsageError(
    `--by rep: ${tables.files.join(', ')} ${tables.files.length === 1 ? 'has' : 'have'} no rep column`,
    'add a column such as "Rep" (or Verkoper, Verkäufer), or map yours with --map "Your Header=rep"',
  );
}
