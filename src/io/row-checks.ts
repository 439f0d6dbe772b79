import type { ActivityRow } from '../core/types.js';
import type { Problem } from '../errors.js';
import { quote } from '../render/safe.js';
import { MAX_COUNT_TEXT, type TableRow } from './weekly-row.js';

// Checks across all rows of all inputs, once every file is read.

/** The same (week, rep) twice, within a file or across files, names both places. */
export function duplicateProblems(rows: readonly TableRow[]): Problem[] {
  const repeated = repeatedCells(rows);
  if (repeated.size === 0) return [];
  const first = new Map<number, TableRow>();
  const problems: Problem[] = [];
  rows.forEach((t, i) => {
    const key = repeated.get(i);
    if (key === undefined) return;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, t);
      return;
    }
    const label = t.weekLabel === t.week ? t.week : `${t.week} (from ${quote(t.weekLabel)})`;
    const who = t.rep === null ? '' : ` for rep ${quote(t.rep)}`;
    problems.push({
      file: t.origin.file, line: t.origin.line, column: t.weekColumn, field: 'week',
      message: `${label}${who} appears twice: here and at ${earlier.origin.file}:${earlier.origin.line}`,
      hint: 'keep one row per week (and rep): merge the two rows or correct the week',
    });
  });
  return problems;
}

/**
 * The rows whose (week, rep) another row has too, by index, with a number for that pair. Weeks and
 * reps are numbered, and each pair is one bit: a million rows are checked in a few hundred kilobytes
 * (a map of pairs took 40 MB). Pairs too many for bits (hostile labels) go to a set of numbers.
 */
function repeatedCells(rows: readonly TableRow[]): Map<number, number> {
  const weeks = new Map<string, number>();
  const reps = new Map<string | null, number>();
  const number = <K>(ids: Map<K, number>, k: K) => {
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  };
  const keys = new Float64Array(rows.length);
  rows.forEach((t) => number(reps, t.rep));
  rows.forEach((t, i) => (keys[i] = number(weeks, t.week) * reps.size + reps.get(t.rep)!));
  const pairs = weeks.size * reps.size;
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
export function inexactTotals(rows: readonly ActivityRow[]): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['dials', 'reached', 'meetings', 'callbacks'] as const) {
    let total = 0;
    for (const row of rows) {
      total += row.counts[field] ?? 0;
      if (Number.isSafeInteger(total)) continue;
      problems.push({
        file: row.origin.file, line: row.origin.line, field,
        message: `the ${field} of all rows up to here add up to more than ${MAX_COUNT_TEXT}, too many to count exactly`,
        hint: 'check the counts for a misplaced or pasted-in number',
      });
      break;
    }
  }
  return problems;
}
