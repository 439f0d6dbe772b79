import { parse } from 'csv-parse/sync';

// "|" is LibreOffice's and some CRMs' "other" delimiter; it never appears in a weekly table's values.
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface Dialect {
  delimiter: Delimiter;
  /** True when an Excel `sep=` line named the delimiter. */
  declared: boolean;
}

/**
 * Every line end becomes "\n". Line numbers stay the same (one break is one break), and
 * csv-parse then counts lines right even when a quoted field holds a CRLF (its counter drifts there).
 */
export function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Whether a line starts with Excel's `sep=` (any case): the only lines the sep expressions can match, checked
 * before compiling them (no other character is an s, e or p to a case-insensitive expression without the u flag).
 */
export function startsWithSep(line: string): boolean {
  const head = line.slice(0, 5).toLowerCase();
  return head.startsWith('sep=') || head.startsWith('"sep=');
}

const SEP_LINE = /^"?sep=(.)"?[ \t]*(?:\n|$)/i;

/**
 * Excel writes `sep=;` as the first line to name the delimiter. Returns the named delimiter and
 * the text with that line blanked (kept as an empty line, so physical line numbers do not shift).
 */
export function takeSepLine(text: string): { delimiter?: Delimiter; text: string } {
  const m = startsWithSep(text) ? SEP_LINE.exec(text) : null;
  const d = m?.[1];
  if (!m || !d || !(DELIMITERS as readonly string[]).includes(d)) return { text };
  return { delimiter: d as Delimiter, text: '\n' + text.slice(m[0].length) };
}

/** How many characters the delimiter guess looks at: enough for dozens of rows, bounded for huge inputs. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

/** Field counts of the first records of the sample, read the way csv-parse will read the file (quotes respected). */
export function fieldCounts(sample: string, delimiter: Delimiter): number[] {
  if (sample.indexOf('"') === -1) return plainFieldCounts(sample, delimiter);
  const counts: number[] = [];
  try {
    parse(sample, {
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to_line: SAMPLE_RECORDS,
      on_record: (record: string[]) => {
        // Rows of only delimiters (";;;;") say nothing about the delimiter's consistency.
        if (record.some((f) => f.trim() !== '')) counts.push(record.length);
        return null;
      },
    });
  } catch {
    // The sample may end inside a quoted field; the records seen before that still count.
  }
  return counts;
}

/**
 * fieldCounts of a sample without quotes, where a line is a record and a delimiter a field boundary: what
 * csv-parse counts there, without its set-up (which costs a small file's start more than the counting).
 */
function plainFieldCounts(sample: string, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  let start = 0;
  for (let line = 1; line <= SAMPLE_RECORDS && start < sample.length; line++) {
    const end = sample.indexOf('\n', start);
    const stop = end === -1 ? sample.length : end;
    const fields = sample.slice(start, stop).split(delimiter);
    if (fields.some((f) => f.trim() !== '')) counts.push(fields.length);
    start = stop + 1;
  }
  return counts;
}

/** The most common field count of at least 2 (ties go to the wider), or 0. */
function typicalWidth(counts: readonly number[]): number {
  const freq = new Map<number, number>();
  for (const c of counts) if (c >= 2) freq.set(c, (freq.get(c) ?? 0) + 1);
  let best = 0;
  for (const [width, n] of freq) if (n > (freq.get(best) ?? 0) || (n === freq.get(best) && width > best)) best = width;
  return best;
}

/**
 * Guesses the delimiter: the candidate under which most records have the same number of fields
 * (at least 2) wins; ties go to the one giving more fields. A title line above the header
 * lowers every candidate alike. (csv-parse's own delimiter_auto crashes on BOMs, umlauts and
 * UTF-16 and ignores quotes.)
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: { delimiter: Delimiter; consistency: number; width: number } = { delimiter: ',', consistency: -1, width: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(sample, delimiter);
    const width = typicalWidth(counts);
    if (width < 2) continue;
    const consistency = counts.filter((c) => c === width).length / counts.length;
    if (consistency > best.consistency || (consistency === best.consistency && width > best.width)) {
      best = { delimiter, consistency, width };
    }
  }
  return best.delimiter;
}

/** The file's dialect: an Excel `sep=` line wins, otherwise the guess. */
export function detectDialect(text: string): Dialect & { text: string } {
  const sep = takeSepLine(text);
  if (sep.delimiter) return { delimiter: sep.delimiter, declared: true, text: sep.text };
  return { delimiter: detectDelimiter(text), declared: false, text };
}
