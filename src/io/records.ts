import { CsvError, parse } from 'csv-parse/sync';
import type { Problem } from '../errors.js';
import type { Delimiter } from './dialect.js';
import { splitRecords, type RecordVisitor } from './split-records.js';
import { groupThousands } from '../render/format.js';

/** One CSV record and the physical line where it starts (csv-parse reports where it ends). */
export interface SourceRecord {
  line: number;
  fields: string[];
}

export interface Records {
  records: SourceRecord[];
  /** A structural CSV problem that stopped reading (unclosed quote, oversized record), if any. */
  problem?: Problem;
}

/**
 * No record of a weekly table comes near this; a longer one means a stray quote or a file
 * that is not a table. csv-parse stops there, so a 50 MB field fails fast in bounded memory.
 */
export const MAX_RECORD_CHARS = 100_000;

function csvProblem(file: string, line: number, err: CsvError): Problem {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { file, line, message: 'a quoted field starting in this record is never closed', hint: 'add the missing closing quote (") or remove the stray one' };
    case 'CSV_MAX_RECORD_SIZE':
      return { file, line, message: `a record longer than ${groupThousands(MAX_RECORD_CHARS)} characters`, hint: 'a weekly table has short rows: look for an unclosed quote, or check that this is the right file' };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { file, line, message: 'text follows a closing quote inside a field', hint: 'quote the whole field and double any quote inside it ("")' };
    default:
      // csv-parse's own message names its (drifting) line; the code is enough.
      return { file, line, message: `the record cannot be read as CSV (${err.code})`, hint: 'check the quotes in this record' };
  }
}

const isRecord = (value: unknown): value is string[] => Array.isArray(value);

/**
 * Reads records with csv-parse, keeping every record (also blank ones, which we skip later,
 * so that counting raw text gives physical line numbers). Text must have "\n" line ends.
 */
export function readRecords(file: string, text: string, delimiter: Delimiter): Records {
  const records: SourceRecord[] = [];
  const problem = recordSource(file, text, delimiter).visit((fields, line) => records.push({ line, fields }));
  return problem ? { records, problem } : { records };
}

/** How a text's records are read: split in plain string operations, or by csv-parse. */
export type RecordPath = 'line splitter' | 'quote-aware splitter' | 'general CSV reader (csv-parse)';

export interface RecordSource {
  path: RecordPath;
  /**
   * Hands every record to `visit` in order, holding none, so a million-row table is read in the memory
   * of one row, as often as a reader needs; returns the structural problem that stopped reading, if any.
   */
  visit: (visit: RecordVisitor) => Problem | undefined;
}

/**
 * Chooses, once per text ("\n" line ends), how its records are read. Text without a quote is split on
 * line ends and the delimiter: csv-parse would read it cell for cell the same (its trim removes exactly
 * what String.prototype.trim does), ten times slower. Quoted text in the forms exports write goes to
 * the quote-aware splitter; anything else, and every error, to csv-parse itself.
 */
export function recordSource(file: string, text: string, delimiter: Delimiter): RecordSource {
  if (text.indexOf('"') === -1 && !hasLongLine(text)) return { path: 'line splitter', visit: (visit) => void splitLines(text, delimiter, visit) };
  if (splitRecords(text, delimiter, MAX_RECORD_CHARS, null)) return { path: 'quote-aware splitter', visit: (visit) => void splitRecords(text, delimiter, MAX_RECORD_CHARS, visit) };
  return { path: 'general CSV reader (csv-parse)', visit: (visit) => parseRecords(file, text, delimiter, visit) };
}

function hasLongLine(text: string): boolean {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_RECORD_CHARS) return true;
    start = stop + 1;
  }
  return false;
}

/**
 * Text without quotes: each line a record, each delimiter a field boundary. Fields are cut straight from
 * the text (twice as fast as slicing each line and splitting it); the next delimiter is searched once
 * and remembered, so a file with few of them is still read in one pass.
 */
export function splitLines(text: string, delimiter: Delimiter, visit: RecordVisitor): void {
  const n = text.length;
  let next = text.indexOf(delimiter);
  let line = 1;
  for (let start = 0; start < n; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? n : end;
    // csv-parse drops a last line without a line end that holds only whitespace.
    if (end === -1 && (next === -1 || next > stop) && text.slice(start, stop).trim() === '') return;
    const fields: string[] = [];
    for (let from = start; ;) {
      if (next !== -1 && next < from) next = text.indexOf(delimiter, from);
      const cut = next === -1 || next > stop ? stop : next;
      fields.push(text.slice(from, cut).trim());
      if (cut === stop) break;
      from = cut + 1;
    }
    visit(fields, line);
    start = stop + 1;
  }
}

export function parseRecords(file: string, text: string, delimiter: Delimiter, visit: RecordVisitor): Problem | undefined {
  let line = 1;
  try {
    parse(text, {
      delimiter,
      record_delimiter: '\n',
      bom: false, // decode() already removed it
      trim: true,
      relax_quotes: true,
      relax_column_count: true, // ragged rows are reported by us, with all the others
      skip_empty_lines: false,
      max_record_size: MAX_RECORD_CHARS,
      // csv-parse's info says on which line a record ENDS; the next one starts on the line after.
      on_record: (record: unknown, info: { lines: number }) => {
        if (!isRecord(record)) throw new Error('csv-parse did not pass the record\'s fields to on_record');
        visit(record, line);
        line = info.lines + 1;
        return null;
      },
    });
  } catch (err) {
    if (err instanceof CsvError) return csvProblem(file, line, err);
    throw err;
  }
  return undefined;
}
