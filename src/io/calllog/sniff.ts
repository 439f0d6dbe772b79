/**
 * A look at the first bytes of an input: encoding, `sep=` line, delimiter, header fields, and whether
 * the byte scanner can read it. Enough to tell a call log from a weekly table without reading the rest.
 */
import { parse } from 'csv-parse/sync';
import type { Encoding } from '../decode.js';
import { startsWithSep } from '../dialect.js';
import { isUtf8Prefix } from '../utf8.js';

/** The encodings the byte scanner reads: UTF-8 as is, UTF-16 through a transcoder (scan-file.ts). */
export function scannable(encoding: Encoding): boolean {
  return encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be';
}

export interface Sniffed {
  encoding: Encoding;
  /** Bytes to skip before the first record: the BOM. */
  bomLength: number;
  /** Physical lines before the header (an Excel `sep=;` line). */
  preambleLines: number;
  delimiter: ',' | ';' | '\t';
  header: string[];
  /** UTF-8 or UTF-16 with LF or CRLF line ends: the byte scanner's shape. */
  fastPathOk: boolean;
  /** Lines end in CR alone (Excel "CSV (Macintosh)", old Mac exports): the general reader reads CR as LF. */
  crLineEnds: boolean;
}

/** `whole`: the head is the whole input, so a header without a line feed is complete. */
export function sniff(head: Buffer, whole: boolean): Sniffed | null {
  let encoding: Encoding = 'utf-8';
  let bomLength = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) bomLength = 3;
  else if (head[0] === 0xff && head[1] === 0xfe) [encoding, bomLength] = ['utf-16le', 2];
  else if (head[0] === 0xfe && head[1] === 0xff) [encoding, bomLength] = ['utf-16be', 2];
  // Not UTF-8 with CR-only lines is Excel's "CSV (Macintosh)": Mac Roman, as decode() reads weekly tables.
  else if (!isUtf8Prefix(head)) encoding = head.includes(0x0d) && !head.includes(0x0a) ? 'macintosh' : 'windows-1252';
  if (encoding === 'utf-8' && head.includes(0)) return null; // binary, not text: the table reader explains
  // A character cut off at the end of the head becomes U+FFFD, as TextDecoder makes it; the header line is whole.
  const text = encoding === 'utf-8' ? head.toString('utf8', bomLength) : new TextDecoder(encoding).decode(head.subarray(bomLength));
  const crLineEnds = !text.includes('\n') && text.includes('\r');
  let lines = text.split(crLineEnds ? '\r' : '\n');
  let preambleLines = 0;
  let forced: Sniffed['delimiter'] | undefined;
  const sep = startsWithSep(lines[0] ?? '') ? /^sep=(.)\r?$/i.exec(lines[0] ?? '') : null;
  if (sep && [',', ';', '\t'].includes(sep[1]!)) {
    forced = sep[1] as Sniffed['delimiter'];
    preambleLines = 1;
    lines = lines.slice(1);
  }
  const headerLine = (lines[0] ?? '').replace(/\r$/, '');
  if (headerLine.trim() === '' || (lines.length < 2 && !whole)) return null; // no complete header line in view
  const delimiter = forced ?? pickDelimiter(headerLine);
  const header = headerFields(headerLine, delimiter);
  if (!header) return null;
  const loneCr = text.includes('\r') && /\r(?!\n)/.test(text.slice(0, text.lastIndexOf('\n') + 1));
  return { encoding, bomLength, preambleLines, delimiter, header, fastPathOk: scannable(encoding) && !loneCr && !crLineEnds, crLineEnds };
}

/**
 * The header line's fields as csv-parse reads them; null when it cannot. A line without quotes or line
 * breaks is split on the delimiter, as csv-parse would split it, without its set-up.
 */
export function headerFields(line: string, delimiter: Sniffed['delimiter']): string[] | null {
  if (!line.includes('"') && !line.includes('\r') && !line.includes('\n')) return line === '' ? [] : line.split(delimiter);
  try {
    return (parse(line, { delimiter, relax_column_count: true }) as string[][])[0] ?? [];
  } catch {
    return null;
  }
}

function pickDelimiter(line: string): Sniffed['delimiter'] {
  const unquoted = line.includes('"') ? line.replace(/"[^"]*"/g, '') : line;
  const counts = ([',', ';', '\t'] as const).map((d) => [d, unquoted.split(d).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
