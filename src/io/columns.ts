import { UsageError, type Problem } from '../errors.js';
import { FIELD_ALIASES, MAP_TARGETS, REQUIRED_FIELDS, fieldForHeader, isMapTarget, normaliseHeader, withUnit, type Field, type MapTarget } from '../domain/fields.js';

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

/** What each header cell names: --map first, then the aliases. */
function targetOf(cell: string, map: HeaderMap): MapTarget | undefined {
  return map.get(normaliseHeader(cell)) ?? fieldForHeader(cell);
}

/** True when the cells name every required field: a header row. */
export function isHeaderRow(cells: readonly string[], map: HeaderMap): boolean {
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
}

const quoteList = (items: readonly string[]) => items.map((h) => `"${h}"`).join(', ');

/**
 * Maps header cells to fields: --map first, then the aliases. Unknown columns are dropped with a
 * notice; two columns meaning one field is an error (csv-parse would silently keep the last).
 */
export function mapColumns(
  file: string,
  line: number,
  header: readonly string[],
  columnHasData: (index: number) => boolean,
  map: HeaderMap,
): Columns {
  const index: Partial<Record<Field, number>> = {};
  const problems: Problem[] = [];
  const notices: string[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim();
    const target = targetOf(name, map);
    if (target === 'ignore') return;
    if (target === undefined) {
      const unit = withUnit(name);
      if (unit) notices.push(`${file}: ignored column "${name}" (${unit.field} ${unit.field === 'hours' ? 'are read in hours' : 'are counts'}, not "${unit.unit}"; convert the column, or drop this notice with --map "${name}=ignore")`);
      else if (name !== '') notices.push(`${file}: ignored column "${name}" (not a known field; use --map "${name}=field" to use it)`);
      else if (columnHasData(i)) notices.push(`${file}: ignored column ${i + 1}, which has no header`);
      return;
    }
    const first = index[target];
    if (first !== undefined) {
      problems.push({
        file, line, column: i + 1, field: target,
        message: `columns "${header[first]?.trim()}" (column ${first + 1}) and "${name}" (column ${i + 1}) both mean ${target}`,
        // --map matches normalised headers, so it cannot tell "Dials" from "dials".
        hint: normaliseHeader(header[first] ?? '') === normaliseHeader(name)
          ? 'keep one of them: delete or rename the other column'
          : `keep one of them, or drop one with --map "${name}=ignore"`,
      });
      return;
    }
    index[target] = i;
  });
  const found = header.map((h) => h.trim()).filter((h) => h !== '');
  for (const field of REQUIRED_FIELDS) {
    if (index[field] !== undefined) continue;
    problems.push({
      file, line, field,
      message: `no column for ${field}; headers found: ${found.length ? quoteList(found) : '(none)'}`,
      hint: `name the column one of ${quoteList(FIELD_ALIASES[field])}, or map yours with --map "Your header=${field}"`,
    });
  }
  return { index, problems, notices };
}
