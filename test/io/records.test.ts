import { describe, expect, it } from 'vitest';
import { normaliseLineEnds } from '../../src/io/dialect.js';
import { MAX_RECORD_CHARS, readRecords } from '../../src/io/records.js';

describe('records carry the physical line where they START (csv-parse reports where they end)', () => {
  it('counts lines inside quoted fields with CRLF, blank lines and ";;;" rows', () => {
    const text = normaliseLineEnds('week,notes\r\n2026-W44,"two\r\nlines"\r\n\r\n,,,\r\n2026-W45,"three\r\nlines\r\nhere"\r\n2026-W46,x\r\n');
    const { records, problem } = readRecords('f', text, ',');
    expect(problem).toBeUndefined();
    expect(records.filter((r) => r.fields.some((f) => f !== '')).map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'week'], [2, '2026-W44'], [6, '2026-W45'], [9, '2026-W46'],
    ]);
  });

  it('trims whitespace around values, keeps it inside quotes', () => {
    expect(readRecords('f', '  week , " a b " \n', ',').records[0]?.fields).toEqual(['week', ' a b ']);
  });

  it('reports an unclosed quote at the line where its record starts', () => {
    const { records, problem } = readRecords('f', 'a,b\n1,2\n"3,4\n5,6\n', ',');
    expect(records.map((r) => r.line)).toEqual([1, 2]);
    expect(problem).toEqual({ file: 'f', line: 3, message: 'a quoted field starting in this record is never closed', hint: 'add the missing closing quote (") or remove the stray one' });
  });

  it('text after a closing quote stops reading, at the line where the record starts; a stray quote inside a value is kept', () => {
    const { records, problem } = readRecords('f', 'a,b\nab"c,2\n"multi\nline"x,3\n5,6\n', ',');
    expect(records.map((r) => r.fields)).toEqual([['a', 'b'], ['ab"c', '2']]);
    expect(problem).toEqual({ file: 'f', line: 3, message: 'text follows a closing quote inside a field', hint: 'quote the whole field and double any quote inside it ("")' });
  });

  it('a 50 MB field fails within seconds: csv-parse stops at MAX_RECORD_CHARS', () => {
    const started = Date.now();
    const huge = 'week,dials\n"' + 'x'.repeat(50 * 1024 * 1024) + '",1\n';
    const { problem } = readRecords('f', huge, ',');
    expect(problem).toEqual({ file: 'f', line: 2, message: `a record longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters`, hint: 'a weekly table has short rows: look for an unclosed quote, or check that this is the right file' });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
