import type { ActivityRow } from '../core/types.js';
import { readInput } from './read-input.js';
import type { Io } from './process-io.js';
import { parseWeeklyTable, type TableOptions } from './weekly-table.js';

export interface Tables {
  rows: ActivityRow[];
  warnings: string[];
  files: string[];
}

/** Reads and validates every input; all rows of all files, in file order. */
export async function readTables(files: readonly string[], options: TableOptions, io: Io): Promise<Tables> {
  const rows: ActivityRow[] = [];
  const warnings: string[] = [];
  const names: string[] = [];
  for (const file of files) {
    const input = await readInput(file, io);
    const table = parseWeeklyTable(input.name, input.bytes.toString('utf8'), options);
    rows.push(...table.rows);
    warnings.push(...table.warnings);
    names.push(input.name);
  }
  return { rows, warnings, files: names };
}
