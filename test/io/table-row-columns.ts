import { RowColumnsBuilder } from '../../src/core/row-columns-build.js';
import type { RowColumns } from '../../src/core/row-columns.js';
import type { TableRow } from '../../src/io/weekly-row.js';

/** Rows as the weekly reader holds them: columns, each row with its week cell and line. */
export function columnsOfTableRows(rows: readonly TableRow[]): RowColumns {
  const b = new RowColumnsBuilder(rows.length);
  for (const r of rows) b.add(r.week, r.rep, r.counts, r.weekLabel, r.origin.file, r.line, r.weekColumn);
  return b.done();
}

/** Each row's line. */
export function linesOf(rows: RowColumns): number[] {
  return rows.toRows().map((r) => r.origin.line);
}
