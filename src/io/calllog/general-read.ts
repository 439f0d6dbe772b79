/**
 * The general reader: any encoding we decode, any quoting (escaped quotes, line breaks inside values),
 * through csv-parse in streaming mode. Slower than the byte scanner, so it only runs when that one cannot.
 */
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { parse, CsvError } from 'csv-parse';
import { InputError } from '../../errors.js';
import type { CallLogAggregate } from './aggregate.js';
import { notUtf8Error } from './byte-interner.js';
import type { Sniffed } from './sniff.js';
import { isUtf8Prefix } from '../utf8.js';

/**
 * Decoded text with CRLF turned into LF. csv-parse's own line counting drifts on CRLF inside quotes and its
 * `raw` text drops the LF of a CRLF, so we count physical lines ourselves on LF-only text.
 */
async function* decodeLines(source: AsyncIterable<Buffer> | Iterable<Buffer>, sniffed: Sniffed, file: string, from: ResumePoint | null): AsyncGenerator<string> {
  const decoder = new TextDecoder(sniffed.encoding, { fatal: true });
  let skip = from ? 0 : sniffed.bomLength;
  let pendingCr = false;
  let linesBefore = from ? from.line - 1 : 0; // line feeds before the bytes decoded so far, to name the line of a bad byte
  let bytes: Buffer = Buffer.alloc(0);
  const tidy = (text: string): string => {
    if (pendingCr) text = '\r' + text;
    pendingCr = text.endsWith('\r');
    return (pendingCr ? text.slice(0, -1) : text).replace(sniffed.crLineEnds ? /\r\n?/g : /\r\n/g, '\n');
  };
  try {
    for await (const chunk of source) {
      bytes = skip > 0 ? chunk.subarray(skip) : chunk;
      skip = Math.max(0, skip - chunk.length);
      const text = tidy(decoder.decode(bytes, { stream: true }));
      for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) linesBefore++;
      yield text;
    }
    const tail = tidy(decoder.decode());
    yield pendingCr ? tail + '\r' : tail;
  } catch (err) {
    if (err instanceof TypeError && sniffed.encoding === 'utf-8') {
      // The same message, with the line, as the byte scanner gives for the same bytes.
      const bad = validUtf8Prefix(bytes);
      let line = linesBefore + 1;
      for (let i = bytes.indexOf(10); i >= 0 && i < bad; i = bytes.indexOf(10, i + 1)) line++;
      throw notUtf8Error(file, line);
    }
    if (err instanceof TypeError) {
      throw new InputError([{ file, message: `is not valid ${sniffed.encoding.toUpperCase()} text`, hint: 'export the file again as "CSV UTF-8"' }]);
    }
    throw err;
  }
}

/** How many leading bytes are valid UTF-8 (a character cut off at the end counts as valid). */
function validUtf8Prefix(bytes: Buffer): number {
  const valid = (n: number) => isUtf8Prefix(bytes.subarray(0, n));
  let [lo, hi] = [0, bytes.length]; // valid(lo) holds; the largest valid prefix lies in [lo, hi]
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (valid(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A record longer than this is not a call; refusing it keeps memory bounded. */
const MAX_RECORD = 16 << 20;

/** By csv-parse's error code (its opening-quote code has no CSV_ prefix). Never its own message: that names its own line count, which starts again where the byte scanner handed over. */
const CSV_MESSAGES: Record<string, [string, string]> = {
  CSV_INVALID_CLOSING_QUOTE: ['a quoted value is followed by more text', 'write a quote inside a quoted value as two quotes ("")'],
  CSV_QUOTE_NOT_CLOSED: ['a quote is opened but never closed', 'close the quote or remove it'],
  CSV_MAX_RECORD_SIZE: ['a row is longer than 16 MB', 'check for a quote that is never closed'],
  INVALID_OPENING_QUOTE: ['a quote appears in the middle of an unquoted value', 'quote the whole value and double the inner quote'],
};

/** Where the byte scanner stopped: the general reader goes on from that line (its first byte is `source`'s). */
export interface ResumePoint {
  line: number;
}

/** Reads records into `agg`: the whole input, or (`from`) the rest of it after the byte scanner stopped. */
export async function readGeneral(source: AsyncIterable<Buffer> | Iterable<Buffer>, sniffed: Sniffed, agg: CallLogAggregate, from: ResumePoint | null = null): Promise<void> {
  // Blank lines come as records of their own (raw "\n") and are skipped here: so every line is counted
  // as it passes, and a malformed row after blank lines is named by its own line.
  const parser = parse({ delimiter: sniffed.delimiter, relax_column_count: true, raw: true, skip_empty_lines: false, record_delimiter: '\n', max_record_size: MAX_RECORD });
  let linesBefore = from ? from.line - 1 : 0; // physical lines consumed by earlier records
  let headerRecords = from ? 0 : sniffed.preambleLines + 1;
  let failure: unknown;
  parser.on('data', ({ record, raw }: { record: string[]; raw: string }) => {
    if (failure !== undefined) return;
    if (raw === '\n') {
      linesBefore++;
      return;
    }
    const line = linesBefore + 1;
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) linesBefore++;
    if (headerRecords > 0) {
      headerRecords--;
      return;
    }
    try {
      agg.addRecord(record, line);
    } catch (err) {
      failure = err;
    }
  });
  parser.on('error', (err) => (failure ??= err));
  for await (const text of decodeLines(source, sniffed, agg.file, from)) {
    if (failure !== undefined) break;
    if (!parser.write(text)) {
      await Promise.race([once(parser, 'drain'), once(parser, 'close')]).catch(() => undefined);
    }
  }
  if (failure === undefined) {
    parser.end();
    await finished(parser).catch(() => undefined);
  }
  if (failure instanceof CsvError) {
    const [message, hint] = CSV_MESSAGES[failure.code] ?? [`the row cannot be read as CSV (${failure.code})`, 'check the quoting of this line'];
    throw new InputError([{ file: agg.file, line: linesBefore + 1, message, hint }]);
  }
  if (failure !== undefined) throw failure;
}
