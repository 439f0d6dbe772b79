import type { ActivityRow } from '../core/types.js';
import { InputError, type Problem } from '../errors.js';
import { readInput } from './read-input.js';
import type { Io } from './process-io.js';
import { headerMap } from './columns.js';
import { normaliseHeader } from '../domain/fields.js';
import { parseWeeklyTable, type TableOptions, type TableRow } from './weekly-table.js';

export type { TableOptions } from './weekly-table.js';

export interface Tables {
  rows: ActivityRow[];
  warnings: string[];
  files: string[];
}

/** The same (week, rep) twice, within a file or across files, names both places. */
export function duplicateProblems(rows: readonly TableRow[]): Problem[] {
  const seen = new Map<string, TableRow>();
  const problems: Problem[] = [];
  for (const t of rows) {
    const key = JSON.stringify([t.row.week, t.row.rep]);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, t);
      continue;
    }
    const label = t.weekLabel === t.row.week ? t.row.week : `${t.row.week} (from "${t.weekLabel}")`;
    const who = t.row.rep === null ? '' : ` for rep "${t.row.rep}"`;
    problems.push({
      file: t.row.origin.file, line: t.row.origin.line, column: t.weekColumn, field: 'week',
      message: `${label}${who} appears twice: here and at ${first.row.origin.file}:${first.row.origin.line}`,
      hint: 'keep one row per week (and rep): merge the two rows or correct the week',
    });
  }
  return problems;
}

/**
 * Reads and validates every input; all rows of all files, in file order. Every problem of every
 * file is collected before failing, so one run shows everything to fix.
 */
export async function readTables(files: readonly string[], options: TableOptions, io: Io): Promise<Tables> {
  const map = headerMap(options.map); // a bad --map is a usage error before any file is read
  const headers = new Set<string>();
  const rows: TableRow[] = [];
  const warnings: string[] = [];
  const problems: Problem[] = [];
  const names: string[] = [];
  for (const file of files) {
    let input;
    try {
      input = await readInput(file, io);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems);
      continue;
    }
    const table = parseWeeklyTable(input.name, input.bytes, options);
    rows.push(...table.rows);
    warnings.push(...table.warnings);
    problems.push(...table.problems);
    names.push(input.name);
    for (const h of table.headers) headers.add(normaliseHeader(h));
  }
  // A --map whose header no file has is most likely a typo.
  for (const [header, target] of Object.entries(options.map ?? {})) {
    if (map.has(normaliseHeader(header)) && !headers.has(normaliseHeader(header))) {
      warnings.push(`--map "${header}=${target}": no input has a column "${header}"`);
    }
  }
  problems.push(...duplicateProblems(rows));
  if (problems.length) throw new InputError(problems);
  return { rows: rows.map((t) => t.row), warnings, files: names };
}
