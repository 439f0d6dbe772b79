import type { Problem } from '../errors.js';
import { appendAll } from '../core/arrays.js';
import { REQUIRED_FIELDS, type Field } from '../domain/fields.js';
import type { WeekResult } from '../domain/weeks.js';
import { weekNumberLabel } from '../domain/week-numbers.js';
import { headerMap, mapColumns, type HeaderMap } from './columns.js';
import { decode, encodingNotice, type Decoded } from './decode.js';
import { detectDialect, normaliseLineEnds } from './dialect.js';
import { DecimalEvidence } from './numbers.js';
import type { RecordPath, SourceRecord } from './records.js';
import { computedTotals, isoWeeks, labelledTotals, summaryLabelOf } from './summary-rows.js';
import type { FileUnderstanding } from './understanding.js';
import type { RowColumns } from '../core/row-columns.js';
import { RowColumnsBuilder } from '../core/row-columns-build.js';
import type { ActivityRow } from '../core/types.js';
import { NUMBER_FIELDS, cellOf, readRow, type RowContext, type TableRow } from './weekly-row.js';
import { rowsOnDemand } from './rows-on-demand.js';
import { surveyTable, weekColumnReader } from './weekly-survey.js';

export { MAX_COUNT_TEXT, type TableRow } from './weekly-row.js';

export interface TableOptions {
  /** Extra header → field mappings from --map ("ignore" drops a column). Checked by headerMap. */
  map?: Readonly<Record<string, string>>;
}

export interface ParsedTable {
  /** The rows, as columns. */
  columns: RowColumns;
  /** The same rows as objects, made when first asked for (tests, small inputs). */
  readonly rows: readonly ActivityRow[];
  /** Notices, each prefixed with the file name (and line). */
  warnings: string[];
  /** Every problem found; the table is unusable when there is one. */
  problems: Problem[];
  /** The header row as written (empty when none was found). */
  headers: string[];
  /** How the file was understood; null when no header was found. */
  input: FileUnderstanding | null;
  /** How its records were read (said with --verbose); absent when the file could not be decoded. */
  readBy?: RecordPath;
}

/** Reads one input's bytes: decoding, dialect, header, numbers, weeks, validation. */
export function parseWeeklyTable(file: string, bytes: Uint8Array, options: TableOptions = {}): ParsedTable {
  return parseDecodedTable(file, decode(file, bytes), options);
}

/** Reads one input once decoded: the caller can let go of its bytes first (a 60 MB table is not held twice). */
export function parseDecodedTable(file: string, decoded: Decoded, options: TableOptions = {}): ParsedTable {
  if (!decoded.ok) return rowsOnDemand({ columns: NO_ROWS, warnings: [], problems: [decoded.problem], headers: [], input: null });
  const table = parseWeeklyText(file, decoded.text, headerMap(options.map));
  if (table.input) table.input.encoding = decoded.encoding;
  const notice = encodingNotice(file, decoded.encoding);
  if (notice) table.warnings.unshift(notice);
  return table;
}

const NO_ROWS = new RowColumnsBuilder(0).done();

/** Why a table was read as a weekly table, true also when a field it needs is missing. */
function weeklyReason(columns: readonly { field: string | null }[]): string {
  const found = REQUIRED_FIELDS.filter((f) => columns.some((c) => c.field === f));
  const missing = REQUIRED_FIELDS.filter((f) => !found.includes(f));
  if (missing.length === 0) return 'the header names week, dials, reached and meetings';
  return `not a call log; the header names ${found.length ? found.join(', ') : 'none of our fields'} but no ${missing.join(' or ')}`;
}

/**
 * Reads one input's text (already decoded, byte-order mark removed) in three visits of its records,
 * none of which keeps them: the first finds the header and which columns hold data, the second what
 * the whole file decides (decimal mark, the week column's day/month order), the third builds the rows.
 * A million-row table so costs the memory of its rows, not of its cells.
 */
export function parseWeeklyText(file: string, text: string, map: HeaderMap = new Map()): ParsedTable {
  const warnings: string[] = [];
  const problems: Problem[] = [];
  // Problems in reading order, whichever check found them.
  const byPlace = (a: Problem, b: Problem) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  let input: FileUnderstanding | null = null;
  const { delimiter, text: body } = detectDialect(normaliseLineEnds(text));
  const survey = surveyTable(file, body, delimiter, map);
  const headers = survey.header?.fields ?? [];
  const done = (columns = NO_ROWS): ParsedTable => rowsOnDemand({ columns, warnings, problems: problems.sort(byPlace), headers, input, readBy: survey.path });
  if (survey.problem) problems.push(survey.problem);
  const { header } = survey;
  if (!header) {
    if (!survey.problem) problems.push({ file, message: 'the file is empty', hint: 'export the table with a header row and one row per week' });
    return done();
  }
  appendAll(warnings, survey.notices);
  if (survey.otherLayout.length) {
    appendAll(problems, survey.otherLayout);
    return done();
  }
  if (survey.dataRows === 0) {
    if (!survey.problem) problems.push({ file, line: header.line, message: 'the file has a header but no data rows', hint: 'add one row per week (and rep) below the header' });
    return done();
  }

  const columns = mapColumns(file, header.line, header.fields, (i) => survey.hasData[i] === true, map);
  appendAll(warnings, columns.notices);
  input = {
    file, encoding: 'utf-8', delimiter, decimal: '.', thousands: null, layout: 'weekly',
    layout_reason: weeklyReason(columns.understood), header_line: header.line,
    columns: columns.understood, weeks: null, calllog: null, unused: columns.unused,
  };
  if (columns.problems.length) {
    appendAll(problems, columns.problems);
    return done();
  }
  const { index } = columns;
  const cell = (r: SourceRecord, f: Field) => cellOf(r, index, f);
  const isSummary = summaryLabelOf();

  // Second visit: summary rows (recognised by their labels before anything else is checked), the
  // decimal mark all numbers show, and every week label, as the day/month order is the column's.
  const evidence = new DecimalEvidence();
  const weekColumn = weekColumnReader(columns.weekAnchor, index.year !== undefined);
  const summaryLines = new Set<number>();
  survey.visitData((r) => {
    const label = isSummary([cell(r, 'week'), cell(r, 'rep')]);
    if (label !== undefined) {
      warnings.push(`${file}:${r.line}: skipped summary row "${label}" (totals are computed, never counted twice)`);
      summaryLines.add(r.line);
      return;
    }
    for (const f of NUMBER_FIELDS) {
      const c = cell(r, f);
      if (c !== undefined) evidence.add(c);
    }
    weekColumn.add(cell(r, 'week') ?? '', cell(r, 'year'));
  });
  const mark = evidence.mark(delimiter);
  input.decimal = mark;
  input.thousands = mark === ',' ? '.' : ',';
  const weeks = weekColumn.resolve();
  if (weeks.notice) warnings.push(`${file}: ${weeks.notice}`);
  input.weeks = weeks.understanding;

  // Third visit: the rows, into columns sized for every data record.
  const builder = new RowColumnsBuilder(survey.dataRows - summaryLines.size);
  const weekless: TableRow[] = []; // candidates for unlabelled totals
  const source = { file, weekColumn: (index.week ?? 0) + 1 };
  const context: RowContext = { file, index, mark, delimiter, width: header.fields.length, problems, warnings, source };
  survey.visitData((record) => {
    if (summaryLines.has(record.line)) return;
    const row = readRow(context, record, weeks.of(cell(record, 'week') ?? '', cell(record, 'year')) as WeekResult);
    if (row === undefined) return;
    if (row.weekLabel === '') weekless.push(row);
    else builder.add(row.week, row.rep, row.counts, row.weekLabel, file, record.line, source.weekColumn);
  });
  const rows = builder.done();

  const totals = computedTotals(rows, weekless);
  for (const t of totals.skipped) {
    const what = t.weekLabel === '' ? 'a row without a week' : `a row for ${t.weekLabel} without a rep`;
    warnings.push(`${file}:${t.origin.line}: skipped ${what} whose numbers are the sum of the other rows (a total, never counted twice)`);
  }
  for (const t of totals.weekless) {
    problems.push({ file, line: t.origin.line, column: t.weekColumn, field: 'week', message: 'the week is empty', hint: 'every row needs its week, e.g. 2026-W05 or the date of its Monday' });
  }
  const labelled = labelledTotals(totals.rows);
  for (const t of labelled.skipped) {
    warnings.push(`${file}:${t.origin.line}: skipped the row "${t.weekLabel}", which is no week and whose numbers are the sum of the weeks (a total, never counted twice)`);
  }
  // In a column of weeks and dates, "TBC", "n/a" or "?" is a mistake, not a week of its own.
  const kept = labelled.rows;
  const iso = isoWeeks(kept);
  if (iso.some((x) => x === 1)) {
    for (let i = 0; i < kept.length; i++) {
      if (iso[kept.weekId(i)] === 1) continue;
      const written = kept.label(i);
      const yearless = weekNumberLabel(written) !== undefined;
      problems.push({
        file, line: kept.origin(i).line, column: kept.weekColumn(i), field: 'week',
        message: yearless ? `"${written}" names no year, and the other rows have weeks with a year` : `"${written}" is not a week or a date, and the other rows have weeks`,
        hint: yearless ? 'write it with its year, e.g. 2026-W05' : 'write the week (2026-W05) or the date of a day in it; a total row is skipped when it says Total',
      });
    }
  }
  return done(kept);
}
