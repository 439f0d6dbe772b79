import { CsvError, parse } from 'csv-parse/sync';
import type { Problem } from '../errors.js';
import type { Delimiter } from './dialect.js';
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

function isRawRecord(value: unknown): value is { record: string[]; raw: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { record?: unknown; raw?: unknown };
  return Array.isArray(v.record) && v.record.every((f) => typeof f === 'string') && typeof v.raw === 'string';
}

/**
 * Reads records with csv-parse, keeping every record (also blank ones, which we skip later,
 * so that counting raw text gives physical line numbers). Text must have "\n" line ends.
 */
export function readRecords(file: string, text: string, delimiter: Delimiter): Records {
  const records: SourceRecord[] = [];
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
      raw: true,
      // With `raw`, csv-parse hands on_record {record, raw} (its typings say string[]).
      on_record: (value: unknown) => {
        if (!isRawRecord(value)) throw new Error('csv-parse did not pass {record, raw} to on_record');
        records.push({ line, fields: value.record });
        line += value.raw.split('\n').length - 1;
        return null;
      },
    });
  } catch (err) {
    if (err instanceof CsvError) return { records, problem: csvProblem(file, line, err) };
    throw err;
  }
  return { records };
}
