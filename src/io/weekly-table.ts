import { plural, type Problem } from '../errors.js';
import { appendAll } from '../core/arrays.js';
import type { ActivityRow, Counts } from '../core/types.js';
import { REQUIRED_FIELDS, type Field } from '../domain/fields.js';
import { resolveWeekLabels, type WeekResult } from '../domain/weeks.js';
import { weekNumberLabel } from '../domain/week-numbers.js';
import { checkRow, outcomesExceedReached, type Row } from '../schema.js';
import { findHeader, headerMap, isHeaderRow, mapColumns, sameHeader, type HeaderMap } from './columns.js';
import { decode, encodingNotice } from './decode.js';
import { detectDialect, normaliseLineEnds, type Delimiter } from './dialect.js';
import { detectDecimalMark, expectedNumber, otherLocaleThousands, parseHours, parseNumber, type DecimalMark } from './numbers.js';
import { readRecords, type SourceRecord } from './records.js';
import { computedTotals, labelledTotals, summaryLabel } from './summary-rows.js';
import type { FileUnderstanding, WeekUnderstanding } from './understanding.js';
import { isIsoWeek } from '../core/funnel.js';
import { quote } from '../render/safe.js';

export interface TableOptions {
  /** Extra header → field mappings from --map ("ignore" drops a column). Checked by headerMap. */
  map?: Readonly<Record<string, string>>;
}

/** A row as read, with what duplicate checks across files need to name it. */
export interface TableRow {
  row: ActivityRow;
  weekLabel: string;
  weekColumn: number;
}

export interface ParsedTable {
  rows: TableRow[];
  /** Notices, each prefixed with the file name (and line). */
  warnings: string[];
  /** Every problem found; the table is unusable when there is one. */
  problems: Problem[];
  /** The header row as written (empty when none was found). */
  headers: string[];
  /** How the file was understood; null when no header was found. */
  input: FileUnderstanding | null;
}

const NUMBER_FIELDS = ['dials', 'reached', 'meetings', 'callbacks_short', 'callbacks_long', 'callbacks', 'hours'] as const satisfies readonly (Field & keyof Counts)[];
const REQUIRED_NUMBERS: readonly Field[] = ['dials', 'reached', 'meetings'];

/** A record's cell for a field, trimmed; undefined when the file has no such column. */
function cellOf(record: SourceRecord, index: Partial<Record<Field, number>>, f: Field): string | undefined {
  const i = index[f];
  return i === undefined ? undefined : (record.fields[i] ?? '').trim();
}

const delimiterName = (d: Delimiter) => (d === '\t' ? 'tab' : `"${d}"`);
// A row of nothing but delimiters is blank whichever delimiter the file turned out to use.
const isBlank = (r: SourceRecord) => r.fields.every((f) => /^[\s,;|]*$/.test(f));

/** Reads one input's bytes: decoding, dialect, header, numbers, weeks, validation. */
export function parseWeeklyTable(file: string, bytes: Uint8Array, options: TableOptions = {}): ParsedTable {
  const decoded = decode(file, bytes);
  if (!decoded.ok) return { rows: [], warnings: [], problems: [decoded.problem], headers: [], input: null };
  const table = parseWeeklyText(file, decoded.text, headerMap(options.map));
  if (table.input) table.input.encoding = decoded.encoding;
  const notice = encodingNotice(file, decoded.encoding);
  if (notice) table.warnings.unshift(notice);
  return table;
}

/** Why a table was read as a weekly table, true also when a field it needs is missing. */
function weeklyReason(columns: readonly { field: string | null }[]): string {
  const found = REQUIRED_FIELDS.filter((f) => columns.some((c) => c.field === f));
  const missing = REQUIRED_FIELDS.filter((f) => !found.includes(f));
  if (missing.length === 0) return 'the header names week, dials, reached and meetings';
  return `not a call log; the header names ${found.length ? found.join(', ') : 'none of our fields'} but no ${missing.join(' or ')}`;
}

/** Reads one input's text (already decoded, byte-order mark removed). */
export function parseWeeklyText(file: string, text: string, map: HeaderMap = new Map()): ParsedTable {
  const warnings: string[] = [];
  const problems: Problem[] = [];
  // Problems in reading order, whichever check found them.
  const byPlace = (a: Problem, b: Problem) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  let headers: string[] = [];
  let input: FileUnderstanding | null = null;
  const done = (rows: TableRow[] = []): ParsedTable => ({ rows, warnings, problems: problems.sort(byPlace), headers, input });

  const { delimiter, text: body } = detectDialect(normaliseLineEnds(text));
  const read = readRecords(file, body, delimiter);
  if (read.problem) problems.push(read.problem);
  // Blank lines and rows of bare delimiters (";;;;;"), which csv-parse's skip_empty_lines keeps.
  const filled = read.records.filter((r) => !isBlank(r));
  // Titles above the header ("Weekly report, team North") are skipped, with a notice.
  const headerAt = findHeader(filled.map((r) => r.fields), map);
  const [header, ...rest] = filled.slice(headerAt);
  headers = header?.fields ?? [];
  if (header && headerAt > 0) {
    warnings.push(`${file}:${header.line}: the header is on line ${header.line}; skipped ${headerAt === 1 ? 'the line' : `${headerAt} lines`} above it`);
  }
  if (!header) {
    if (!read.problem) problems.push({ file, message: 'the file is empty', hint: 'export the table with a header row and one row per week' });
    return done();
  }
  // Exports joined end to end repeat their header: a copy is skipped; a header in another layout
  // would put the rows below it in the wrong columns, so it stops the file.
  const otherLayout: Problem[] = [];
  const data = rest.filter((r) => {
    if (!isHeaderRow(r.fields, map)) return true;
    if (sameHeader(r.fields, header.fields, map)) warnings.push(`${file}:${r.line}: skipped a repeated header row (files joined together?)`);
    else otherLayout.push({ file, line: r.line, column: 1, message: `another header row, with its columns in another order than the header on line ${header.line}`, hint: 'split the file at this line, or put the columns of both parts in the same order' });
    return false;
  });
  if (otherLayout.length) {
    appendAll(problems, otherLayout);
    return done();
  }
  if (data.length === 0) {
    if (!read.problem) problems.push({ file, line: header.line, message: 'the file has a header but no data rows', hint: 'add one row per week (and rep) below the header' });
    return done();
  }

  const columns = mapColumns(file, header.line, header.fields, (i) => data.some((r) => (r.fields[i] ?? '').trim() !== ''), map);
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

  // Summary rows are recognised by their labels before anything else is checked.
  const rowsToRead = data.filter((r) => {
    const label = summaryLabel([cell(r, 'week'), cell(r, 'rep')]);
    if (label !== undefined) warnings.push(`${file}:${r.line}: skipped summary row "${label}" (totals are computed, never counted twice)`);
    return label === undefined;
  });

  const mark = detectDecimalMark(
    rowsToRead.flatMap((r) => NUMBER_FIELDS.map((f) => cell(r, f) ?? '')),
    delimiter,
  );
  input.decimal = mark;
  input.thousands = mark === ',' ? '.' : ',';
  const years = index.year === undefined ? undefined : rowsToRead.map((r) => cell(r, 'year'));
  const weeks = resolveWeekLabels(rowsToRead.map((r) => cell(r, 'week') ?? ''), { anchor: columns.weekAnchor, ...(years ? { years } : {}) });
  if (weeks.notice) warnings.push(`${file}: ${weeks.notice}`);
  input.weeks = weekUnderstanding(rowsToRead.map((r) => cell(r, 'week') ?? ''), weeks.results, columns.weekAnchor, years !== undefined);

  const rows: TableRow[] = [];
  const weekless: TableRow[] = []; // candidates for unlabelled totals
  const context: RowContext = { file, index, mark, delimiter, width: header.fields.length, problems, warnings };
  rowsToRead.forEach((record, n) => {
    const row = readRow(context, record, weeks.results[n] as WeekResult);
    if (row) (row.weekLabel === '' ? weekless : rows).push(row);
  });

  const totals = computedTotals(rows, weekless);
  for (const t of totals.skipped) {
    const what = t.weekLabel === '' ? 'a row without a week' : `a row for ${t.weekLabel} without a rep`;
    warnings.push(`${file}:${t.row.origin.line}: skipped ${what} whose numbers are the sum of the other rows (a total, never counted twice)`);
  }
  for (const t of totals.weekless) {
    problems.push({ file, line: t.row.origin.line, column: t.weekColumn, field: 'week', message: 'the week is empty', hint: 'every row needs its week, e.g. 2026-W05 or the date of its Monday' });
  }
  const labelled = labelledTotals(totals.rows);
  for (const t of labelled.skipped) {
    warnings.push(`${file}:${t.row.origin.line}: skipped the row "${t.weekLabel}", which is no week and whose numbers are the sum of the weeks (a total, never counted twice)`);
  }
  // In a column of weeks and dates, "TBC", "n/a" or "?" is a mistake, not a week of its own.
  if (labelled.rows.some((t) => isIsoWeek(t.row.week))) {
    for (const t of labelled.rows) {
      if (isIsoWeek(t.row.week)) continue;
      const yearless = weekNumberLabel(t.weekLabel) !== undefined;
      problems.push({
        file, line: t.row.origin.line, column: t.weekColumn, field: 'week',
        message: yearless ? `"${t.weekLabel}" names no year, and the other rows have weeks with a year` : `"${t.weekLabel}" is not a week or a date, and the other rows have weeks`,
        hint: yearless ? 'write it with its year, e.g. 2026-W05' : 'write the week (2026-W05) or the date of a day in it; a total row is skipped when it says Total',
      });
    }
  }
  return done(labelled.rows);
}

/** The week column as read: its rule, a few labels and the weeks they became. */
function weekUnderstanding(labels: readonly string[], results: readonly WeekResult[], anchor: 'start' | 'end' | null, yearColumn: boolean): WeekUnderstanding {
  const weeks = results.flatMap((r, i) => (r.ok ? [{ label: labels[i]!.trim(), week: r.week }] : []));
  const iso = weeks.filter((w) => isIsoWeek(w.week));
  const sorted = iso.map((w) => w.week).sort();
  const examples = weeks.filter((w, i) => weeks.findIndex((o) => o.label === w.label) === i).slice(0, 3);
  const rule = iso.length === 0 ? 'labels kept as written (no ISO week or date)'
    : yearColumn ? 'week number + year column'
      : iso.every((w) => w.label === w.week) ? 'ISO weeks'
        : anchor === 'start' ? 'week start dates: the ISO week that contains each date, a Sunday → the Monday after it'
          : anchor === 'end' ? 'week ending dates: the ISO week that contains each date'
            : 'the ISO week (Monday to Sunday) that contains each date or names each week';
  return { rule, examples, first: sorted[0] ?? null, last: sorted.at(-1) ?? null, count: new Set(weeks.map((w) => w.week)).size };
}

interface RowContext {
  file: string;
  index: Partial<Record<Field, number>>;
  mark: DecimalMark;
  delimiter: Delimiter;
  width: number;
  problems: Problem[];
  warnings: string[];
}

/** One data record → a validated row, or problems (returns undefined). Notices go to warnings. */
function readRow(ctx: RowContext, record: SourceRecord, week: WeekResult): TableRow | undefined {
  const { file, index, mark, problems, warnings } = ctx;
  const cell = (f: Field): string => cellOf(record, index, f) ?? '';
  const before = problems.length;
  checkWidth(file, record, ctx.width, ctx.delimiter, problems);
  const input = readCells(file, record, index, mark, problems);
  const weekColumn = (index.week ?? 0) + 1;
  if (!week.ok) problems.push({ file, line: record.line, column: weekColumn, field: 'week', message: week.message, hint: week.hint });
  if (problems.length > before) return undefined;

  const checked = checkRow({ ...input, week: week.ok ? week.week : cell('week'), rep: cell('rep') || null });
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const f = issue.field as Field;
      const raw = cell(f);
      const message = issue.complete ? issue.message : `${quote(raw)} ${issue.message}`;
      const hint = !issue.complete && otherLocaleThousands(raw, mark)
        ? `this file's decimal mark is "${mark}", so ${quote(raw)} is a fraction; for thousands write ${raw.replace(/[.,]/g, '')}`
        : issue.hint;
      problems.push({ file, line: record.line, column: (index[f] ?? 0) + 1, field: f, message, ...(hint ? { hint } : {}) });
    }
    return undefined;
  }
  const r = checked.row;
  const counts = countsOf(r);
  if (r.callbacks !== null && r.callbacks_short !== null && r.callbacks_long !== null && r.callbacks !== r.callbacks_short + r.callbacks_long) {
    warnings.push(`${file}:${record.line}: callbacks (${r.callbacks}) is not callbacks_short + callbacks_long (${r.callbacks_short} + ${r.callbacks_long}); using short + long`);
  }
  const outcomes = outcomesExceedReached({ ...r, callbacks: counts.callbacks });
  if (outcomes !== null) {
    warnings.push(`${file}:${record.line}: meetings + callbacks (${outcomes}) exceed reached (${r.reached}); each conversation usually has one outcome`);
  }
  return { row: { week: r.week, rep: r.rep, counts, origin: { file, line: record.line } }, weekLabel: cell('week'), weekColumn };
}

function checkWidth(file: string, record: SourceRecord, width: number, delimiter: Delimiter, problems: Problem[]): void {
  const n = record.fields.length;
  // Trailing empty cells (a spreadsheet's unused columns) are harmless.
  const extra = record.fields.slice(width).some((f) => f.trim() !== '');
  if (n > width && extra) {
    problems.push({ file, line: record.line, column: width + 1, message: `the row has ${n} fields but the header has ${width}`, hint: `a value containing the delimiter ${delimiterName(delimiter)} must be in quotes, e.g. "1${delimiter === '\t' ? ' ' : delimiter}234"` });
  } else if (n < width) {
    problems.push({ file, line: record.line, column: n + 1, message: `the row has ${plural(n, 'field')} but the header has ${width}`, hint: `give every column a value or an empty cell, separated by ${delimiterName(delimiter)}` });
  }
}

/** Number.MAX_SAFE_INTEGER, as the message shows it. */
export const MAX_COUNT_TEXT = '9,007,199,254,740,991';

// What Excel, LibreOffice and Google Sheets export for a formula that failed: #REF!, #N/A, #DIV/0!, #WERT!, Err:502.
const FORMULA_ERROR = /^(?:#[\p{L}\d/]+[!?]?|Err:\d{3})$/u;

/** Cells of the numeric columns as numbers (null when empty or absent); unreadable cells become problems. */
function readCells(file: string, record: SourceRecord, index: Partial<Record<Field, number>>, mark: DecimalMark, problems: Problem[]): Record<(typeof NUMBER_FIELDS)[number], number | null> {
  const out = {} as Record<(typeof NUMBER_FIELDS)[number], number | null>;
  for (const f of NUMBER_FIELDS) {
    const i = index[f];
    const raw = cellOf(record, index, f) ?? '';
    out[f] = null;
    if (i === undefined || record.fields.length <= i) continue;
    if (raw === '') {
      if (REQUIRED_NUMBERS.includes(f)) problems.push({ file, line: record.line, column: i + 1, field: f, message: 'the cell is empty', hint: `every row needs its ${f}; write 0 if there were none` });
      continue;
    }
    const parsed = f === 'hours' ? parseHours(raw, mark) : parseNumber(raw, mark);
    if (parsed.ok && f !== 'hours' && !Number.isSafeInteger(Math.trunc(parsed.value))) {
      // Past 2^53 a double cannot hold every whole number: 9007199254740993 would be read as …992.
      problems.push({ file, line: record.line, column: i + 1, field: f, message: `${quote(raw)} is too large to count exactly (at most ${MAX_COUNT_TEXT})`, hint: 'check the cell: no team makes that many calls' });
    } else if (parsed.ok) out[f] = parsed.value;
    else if (FORMULA_ERROR.test(raw)) problems.push({ file, line: record.line, column: i + 1, field: f, message: `${quote(raw)} is a spreadsheet formula error, not a number`, hint: 'fix the formula in the sheet (or type the value), then export again' });
    else problems.push({ file, line: record.line, column: i + 1, field: f, message: `${quote(raw)} is not a number`, hint: expectedNumber(f === 'hours' ? 'hours' : 'count', mark) });
  }
  return out;
}

function countsOf(r: Row): Counts {
  const split = r.callbacks_short !== null && r.callbacks_long !== null ? r.callbacks_short + r.callbacks_long : null;
  return { dials: r.dials, reached: r.reached, meetings: r.meetings, callbacks_short: r.callbacks_short, callbacks_long: r.callbacks_long, callbacks: split ?? r.callbacks, hours: r.hours };
}
