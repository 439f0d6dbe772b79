import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DELIMITERS, fieldCounts, type Delimiter } from '../../src/io/dialect.js';
import { headerFields } from '../../src/io/calllog/sniff.js';

// Small files are read without csv-parse when they hold no quote (its set-up costs a start more than the
// reading): the plain splits must give what csv-parse gives, line for line.

/** What csv-parse counts with the options of the quoted path in dialect.ts: the independent method. */
function csvParseCounts(sample: string, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  parse(sample, {
    delimiter, record_delimiter: '\n', relax_column_count: true, relax_quotes: true, skip_empty_lines: true, to_line: 50,
    on_record: (record: string[]) => {
      if (record.some((f) => f.trim() !== '')) counts.push(record.length);
      return null;
    },
  });
  return counts;
}

/** Text of the characters that matter (every delimiter, blanks, line ends, a non-ASCII letter) and no quote. */
const plainText = (maxLength: number) => fc.array(fc.constantFrom('a', 'W', '7', ' ', '\t', ',', ';', '|', '\n', '\n', '\u00e4', '\r'), { maxLength }).map((c) => c.join(''));

describe('reading quote-free text without csv-parse', () => {
  it('counts the fields of the first 50 lines as csv-parse does', () => {
    fc.assert(fc.property(plainText(400), fc.constantFrom(...DELIMITERS), (text, d) => {
      expect(fieldCounts(text, d)).toEqual(csvParseCounts(text, d));
    }), { numRuns: 3000 });
  });

  it('counts only the first 50 lines, blank ones included, and skips lines of blanks and delimiters', () => {
    const text = ['week,dials', '', ' , ', ...Array.from({ length: 60 }, (_, i) => `2026-W${i},${i}`)].join('\n');
    // 50 lines: the header, a blank line, a line of blanks and a delimiter, then 47 rows.
    expect(fieldCounts(text, ',')).toEqual(Array.from({ length: 48 }, () => 2));
    expect(fieldCounts(text, ',')).toEqual(csvParseCounts(text, ','));
  });

  it('splits a header line as csv-parse does, and leaves quotes and line breaks to csv-parse', () => {
    fc.assert(fc.property(plainText(80).map((t) => t.replace(/[\r\n]/g, '')), fc.constantFrom(',', ';', '\t' as const), (line, d) => {
      expect(headerFields(line, d)).toEqual((parse(line, { delimiter: d, relax_column_count: true }) as string[][])[0] ?? []);
    }), { numRuns: 3000 });
    expect(headerFields('Week;"Calls; made";Meetings', ';')).toEqual(['Week', 'Calls; made', 'Meetings']);
    expect(headerFields('Week,"Calls\nmade', ',')).toBeNull();
  });
});
