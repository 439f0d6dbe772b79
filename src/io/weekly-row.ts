import { plural, type Problem } from '../errors.js';
import type { ActivityRow, Counts } from '../core/types.js';
import type { Field } from '../domain/fields.js';
import type { WeekResult } from '../domain/weeks.js';
import { checkRow, outcomesExceedReached, plainlyValid, type Row, type RowInput } from '../schema.js';
import type { Delimiter } from './dialect.js';
import type { SourceRecord } from './records.js';
import { expectedNumber, otherLocaleThousands, parseHours, parseNumber, type DecimalMark } from './numbers.js';
import { quote } from '../render/safe.js';
import { unicodeRegExp } from '../domain/unicode-regexp.js';

/** What every row of one file shares: its name and where its week column is. */
export interface RowSource {
  file: string;
  weekColumn: number;
}

/**
 * A row as read, before it joins the table's columns (a row without a week is kept apart, as a
 * possible total). A class, so that the rows of a file share one source.
 */
export class TableRow implements ActivityRow {
  constructor(
    readonly week: string,
    readonly rep: string | null,
    readonly counts: Counts,
    /** The week cell as written (trimmed): "2026-02-02" for the week 2026-W06. */
    readonly weekLabel: string,
    /** The physical line where the record starts. */
    readonly line: number,
    private readonly source: RowSource,
  ) {}

  get origin(): { file: string; line: number } {
    return { file: this.source.file, line: this.line };
  }

  /** The week column, 1-based, for messages. */
  get weekColumn(): number {
    return this.source.weekColumn;
  }
}

export const NUMBER_FIELDS = ['dials', 'reached', 'meetings', 'callbacks_short', 'callbacks_long', 'callbacks', 'hours'] as const satisfies readonly (Field & keyof Counts)[];
const REQUIRED_NUMBERS: readonly Field[] = ['dials', 'reached', 'meetings'];

/** A record's cell for a field, trimmed; undefined when the file has no such column. */
export function cellOf(record: SourceRecord, index: Partial<Record<Field, number>>, f: Field): string | undefined {
  const i = index[f];
  return i === undefined ? undefined : (record.fields[i] ?? '').trim();
}

const delimiterName = (d: Delimiter) => (d === '\t' ? 'tab' : `"${d}"`);

export interface RowContext {
  file: string;
  index: Partial<Record<Field, number>>;
  mark: DecimalMark;
  delimiter: Delimiter;
  width: number;
  problems: Problem[];
  warnings: string[];
  source: RowSource;
}

/** One data record → a validated row, or problems (returns undefined). Notices go to warnings. */
export function readRow(ctx: RowContext, record: SourceRecord, week: WeekResult): TableRow | undefined {
  const { file, index, mark, problems, warnings } = ctx;
  const cell = (f: Field): string => cellOf(record, index, f) ?? '';
  const before = problems.length;
  checkWidth(file, record, ctx.width, ctx.delimiter, problems);
  const input = readCells(file, record, index, mark, problems);
  if (!week.ok) problems.push({ file, line: record.line, column: ctx.source.weekColumn, field: 'week', message: week.message, hint: week.hint });
  if (problems.length > before) return undefined;

  const candidate: RowInput = Object.assign(input, { week: week.ok ? week.week : cell('week'), rep: cell('rep') || null });
  const checked = plainlyValid(candidate) ? { ok: true as const, row: candidate } : checkRow(candidate);
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
  const outcomes = outcomesExceedReached(r.callbacks === counts.callbacks ? r : { ...r, callbacks: counts.callbacks });
  if (outcomes !== null) {
    warnings.push(`${file}:${record.line}: meetings + callbacks (${outcomes}) exceed reached (${r.reached}); each conversation usually has one outcome`);
  }
  return new TableRow(r.week, r.rep, counts, cell('week'), record.line, ctx.source);
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
const FORMULA_ERROR = unicodeRegExp(String.raw`^(?:#[\p{L}\d/]+[!?]?|Err:\d{3})$`, 'u');

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
    else if (FORMULA_ERROR().test(raw)) problems.push({ file, line: record.line, column: i + 1, field: f, message: `${quote(raw)} is a spreadsheet formula error, not a number`, hint: 'fix the formula in the sheet (or type the value), then export again' });
    else problems.push({ file, line: record.line, column: i + 1, field: f, message: `${quote(raw)} is not a number`, hint: expectedNumber(f === 'hours' ? 'hours' : 'count', mark) });
  }
  return out;
}

function countsOf(r: Row): Counts {
  const split = r.callbacks_short !== null && r.callbacks_long !== null ? r.callbacks_short + r.callbacks_long : null;
  return { dials: r.dials, reached: r.reached, meetings: r.meetings, callbacks_short: r.callbacks_short, callbacks_long: r.callbacks_long, callbacks: split ?? r.callbacks, hours: r.hours };
}
