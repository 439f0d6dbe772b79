import { UsageError, type Problem } from '../errors.js';
import { CALL_LOG_TARGETS, FIELD_ALIASES, MAP_TARGETS, REQUIRED_FIELDS, fieldForHeader, isMapTarget, normaliseHeader, type CallLogOnlyTarget, type Field, type MapTarget } from '../domain/fields.js';
import { matchWeeklyHeader } from '../domain/header-match.js';
import type { ColumnUnderstanding } from './understanding.js';
import { maxOf } from '../core/arrays.js';

/** A column that looks like one of our fields but could not be used (FileUnderstanding.unused). */
export type UnusedColumn = { header: string; looks_like: string; why: string };

const isCallLogOnly = (t: MapTarget): t is CallLogOnlyTarget => (CALL_LOG_TARGETS as readonly string[]).includes(t);

/** --map entries keyed by normalised header, so "gesprekken " matches "Gesprekken". */
export type HeaderMap = ReadonlyMap<string, MapTarget>;

/** How to write --map, said by every --map error. */
export const MAP_HINT = `write --map "Header Name=field" with field one of: ${MAP_TARGETS.join(', ')}`;

/** Checks --map entries ("Header Name=field") before any file is read. */
export function headerMap(map: Readonly<Record<string, string>> = {}): HeaderMap {
  const entries = new Map<string, MapTarget>();
  for (const [header, target] of Object.entries(map)) {
    const field = String(target ?? '').trim();
    if (normaliseHeader(header) === '' || !isMapTarget(field)) {
      throw new UsageError(
        `--map "${header}=${target ?? ''}": ${normaliseHeader(header) === '' ? 'the header name is missing' : `"${field}" is not a field`}`,
        MAP_HINT,
      );
    }
    entries.set(normaliseHeader(header), field);
  }
  return entries;
}

/** What each header cell names: --map first, then its words. */
function targetOf(cell: string, map: HeaderMap): MapTarget | undefined {
  return map.get(normaliseHeader(cell)) ?? fieldForHeader(cell);
}

// A cell that is a number (or a date, a week): a data row has some; a header row has none.
const DATA_CELL = /^[\d\s.,:/+-]+$|^\d{4}-W\d/;

/** True when the cells name every required field: a header row. */
export function isHeaderRow(cells: readonly string[], map: HeaderMap): boolean {
  // Called for every row (copies of the header further down): numbers settle it without reading words.
  if (cells.some((c) => DATA_CELL.test(c.trim()))) return false;
  const targets = new Set(cells.map((c) => targetOf(c.trim(), map)));
  return REQUIRED_FIELDS.every((f) => targets.has(f));
}

/** True when two header rows name the same columns in the same places ("Dials" = "dials"; trailing empty cells aside). */
export function sameHeader(a: readonly string[], b: readonly string[], map: HeaderMap): boolean {
  const names = (cells: readonly string[]) => {
    const out = cells.map((c) => targetOf(c.trim(), map) ?? normaliseHeader(c));
    while (out.at(-1) === '') out.pop();
    return out;
  };
  const [x, y] = [names(a), names(b)];
  return x.length === y.length && x.every((n, i) => n === y[i]);
}

/** Index of the header among the first records: the first naming every required field, else 0. */
export function findHeader(records: readonly (readonly string[])[], map: HeaderMap, lookAhead = 10): number {
  return Math.max(records.slice(0, lookAhead).findIndex((cells) => isHeaderRow(cells, map)), 0);
}

export interface Columns {
  /** Column index (0-based) of each field the header names. */
  index: Partial<Record<Field, number>>;
  problems: Problem[];
  notices: string[];
  /** Each header cell and what it was taken for (the `input` section of report JSON). */
  understood: ColumnUnderstanding[];
  /** Columns that look like one of our fields but could not be used. */
  unused: UnusedColumn[];
  /** The week column's header says its dates start their weeks, or end them. */
  weekAnchor: 'start' | 'end' | null;
}

const quoteList = (items: readonly string[]) => items.map((h) => `"${h}"`).join(', ');

type Candidate = { column: number; name: string; strength: number; decidedBy: 'map' | 'words'; words: string[] };

/**
 * Maps header cells to fields: --map first, then the words of each header. A column that could mean
 * two fields, and two columns that mean one field equally clearly, are errors naming the --map that
 * settles them; a column that resembles a field but cannot be used is a notice and listed as unused.
 */
export function mapColumns(
  file: string,
  line: number,
  header: readonly string[],
  columnHasData: (index: number) => boolean,
  map: HeaderMap,
): Columns {
  const problems: Problem[] = [];
  const notices: string[] = [];
  const unused: UnusedColumn[] = [];
  const understood: ColumnUnderstanding[] = header.map((raw, i) => ({ column: i + 1, header: raw.trim(), field: null, decided_by: 'ignored', why: '' }));
  const candidates = new Map<Field, Candidate[]>();
  const lookalikes = new Map<Field, { name: string; why: string }>();
  header.forEach((raw, i) => {
    const name = raw.trim();
    const col = understood[i]!;
    const mapped = map.get(normaliseHeader(name));
    if (mapped === 'ignore') {
      col.why = '--map … =ignore';
      return;
    }
    if (mapped !== undefined) {
      if (isCallLogOnly(mapped)) {
        col.why = `mapped to ${mapped}, a call-log column, but this file is a weekly table`;
        notices.push(`${file}: ignored column "${name}" (--map names it ${mapped}, a call-log column, and this file is read as a weekly table)`);
        return;
      }
      // As strong as a header that says it plainly: a clash with such a column is an error, never a silent pick.
      push(candidates, mapped, { column: i, name, strength: 2, decidedBy: 'map', words: [] });
      return;
    }
    if (name === '') {
      col.why = 'no header';
      if (columnHasData(i)) notices.push(`${file}: ignored column ${i + 1}, which has no header`);
      return;
    }
    const meaning = matchWeeklyHeader(name);
    switch (meaning.kind) {
      case 'field':
        push(candidates, meaning.target, { column: i, name, strength: meaning.strength, decidedBy: 'words', words: meaning.words });
        return;
      case 'ambiguous': {
        const [a, b] = meaning.targets;
        col.why = `could be ${a} or ${b}`;
        problems.push({
          file, line, column: i + 1, field: a,
          message: `"${name}" could mean ${a} or ${b} (words: ${meaning.words.join(', ')})`,
          hint: `say which with --map "${name}=${a}" or --map "${name}=${b}" (or --map "${name}=ignore")`,
        });
        return;
      }
      case 'unusable':
        col.why = meaning.why;
        unused.push({ header: name, looks_like: meaning.looksLike, why: meaning.why });
        lookalikes.set(meaning.looksLike, { name, why: meaning.why });
        notices.push(`${file}: ignored column "${name}" (${meaning.why}; ${meaning.looksLike === 'hours' && meaning.why.startsWith('hours are read') ? 'convert the column, or drop this notice with' : 'if it is what you mean, use it with'} ${meaning.why.startsWith('hours are read') ? `--map "${name}=ignore"` : `--map "${name}=${meaning.looksLike}"`})`);
        return;
      case 'none':
        col.why = meaning.why;
        notices.push(`${file}: ignored column "${name}" (${meaning.why === 'not one of our fields' ? 'not a known field' : meaning.why}; use --map "${name}=field" to use it)`);
    }
  });
  const index: Partial<Record<Field, number>> = {};
  for (const [target, list] of candidates) {
    const best = maxOf(list.map((c) => c.strength));
    const [first, ...rest] = list.filter((c) => c.strength === best);
    if (!first) continue;
    for (const other of rest) problems.push(bothMean(file, line, header, first, other, target));
    index[target] = first.column;
    Object.assign(understood[first.column]!, { field: target, decided_by: first.decidedBy === 'map' ? 'map' : 'words', why: first.decidedBy === 'map' ? `--map "${first.name}=${target}"` : first.words.join(' ') });
    for (const weaker of list.filter((c) => c.strength < best)) {
      const why = `"${first.name}" says ${target} more clearly`;
      understood[weaker.column]!.why = why;
      unused.push({ header: weaker.name, looks_like: target, why });
      notices.push(`${file}: ignored column "${weaker.name}" (${why}; to read this one instead, use --map "${weaker.name}=${target}")`);
    }
  }
  const found = header.map((h) => h.trim()).filter((h) => h !== '');
  for (const field of REQUIRED_FIELDS) {
    if (index[field] !== undefined) continue;
    const like = lookalikes.get(field);
    problems.push({
      file, line, field,
      message: `no column for ${field}; headers found: ${found.length ? quoteList(found) : '(none)'}${like ? `; "${like.name}" looks like ${field} but is ${like.why}` : ''}`,
      hint: like
        ? `if "${like.name}" is what you want counted as ${field}, use --map "${like.name}=${field}"; otherwise add a ${field} column`
        : `name the column one of ${quoteList(FIELD_ALIASES[field])}, or map yours with --map "Your header=${field}"`,
    });
  }
  const weekHeader = index.week === undefined ? undefined : header[index.week];
  const week = weekHeader === undefined ? undefined : matchWeeklyHeader(weekHeader.trim());
  return { index, problems, notices, understood, unused, weekAnchor: week?.kind === 'field' ? week.anchor : null };
}

function push<K, V>(m: Map<K, V[]>, key: K, value: V): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

function bothMean(file: string, line: number, header: readonly string[], first: Candidate, other: Candidate, target: Field): Problem {
  return {
    file, line, column: other.column + 1, field: target,
    message: `columns "${first.name}" (column ${first.column + 1}) and "${other.name}" (column ${other.column + 1}) both mean ${target}`,
    // --map matches normalised headers, so it cannot tell "Dials" from "dials".
    hint: normaliseHeader(header[first.column] ?? '') === normaliseHeader(other.name)
      ? 'keep one of them: delete or rename the other column'
      : `keep one of them, or drop one with --map "${other.name}=ignore"`,
  };
}
