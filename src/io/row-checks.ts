import type { RowColumns } from '../core/row-columns.js';
import type { Problem } from '../errors.js';
import { quote } from '../render/safe.js';
import { MAX_COUNT_TEXT } from './weekly-row.js';

// Checks across all rows of all inputs, once every file is read.

/** The same (week, rep) twice, within a file or across files, names both places. */
export function duplicateProblems(rows: RowColumns): Problem[] {
  const repeated = repeatedCells(rows);
  if (repeated.size === 0) return [];
  const first = new Map<number, number>();
  const problems: Problem[] = [];
  for (const [i, key] of repeated) {
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      continue;
    }
    const week = rows.week(i);
    const written = rows.label(i);
    const rep = rows.rep(i);
    const label = written === week ? week : `${week} (from ${quote(written)})`;
    const who = rep === null ? '' : ` for rep ${quote(rep)}`;
    const here = rows.origin(i);
    const there = rows.origin(earlier);
    problems.push({
      file: here.file, line: here.line, column: rows.weekColumn(i), field: 'week',
      message: `${label}${who} appears twice: here and at ${there.file}:${there.line}`,
      hint: 'keep one row per week (and rep): merge the two rows or correct the week',
    });
  }
  return problems;
}

/**
 * The rows whose (week, rep) another row has too, in row order, with a number for that pair. Each
 * pair is one bit: a million rows are checked in a few hundred kilobytes (a map of pairs took 40 MB).
 * Pairs too many for bits (hostile labels) go to a set of numbers.
 */
function repeatedCells(rows: RowColumns): Map<number, number> {
  const reps = rows.repCount + 1; // and no rep
  const keys = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) keys[i] = rows.weekId(i) * reps + rows.repId(i) + 1;
  const pairs = rows.weekCount * reps;
  const bits = pairs <= 2 ** 27 ? new Uint8Array(Math.ceil(pairs / 8)) : undefined;
  const seen = bits ? undefined : new Set<number>();
  const twice = new Set<number>();
  for (const key of keys) {
    if (bits) {
      const byte = Math.floor(key / 8);
      const bit = 1 << (key % 8);
      if (bits[byte]! & bit) twice.add(key);
      bits[byte] = bits[byte]! | bit;
    } else if (seen!.has(key)) twice.add(key);
    else seen!.add(key);
  }
  const repeated = new Map<number, number>();
  if (twice.size > 0) keys.forEach((key, i) => twice.has(key) && repeated.set(i, key));
  return repeated;
}

/**
 * Every count each row holds is exact, but their sum may not be: past 2^53 a double rounds, and a total
 * printed rounded would be a silent wrong number. Sums of any weeks or reps are at most the grand total.
 */
export function inexactTotals(rows: RowColumns): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['dials', 'reached', 'meetings', 'callbacks'] as const) {
    const column = rows.parts.values[field];
    if (column === null) continue;
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = column[i]!;
      total += Number.isNaN(v) ? 0 : v;
      if (Number.isSafeInteger(total)) continue;
      const { file, line } = rows.origin(i);
      problems.push({
        file, line, field,
        message: `the ${field} of all rows up to here add up to more than ${MAX_COUNT_TEXT}, too many to count exactly`,
        hint: 'check the counts for a misplaced or pasted-in number',
      });
      break;
    }
  }
  return problems;
}
