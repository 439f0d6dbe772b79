import { describe, expect, it } from 'vitest';
import { normaliseLineEnds } from '../../src/io/dialect.js';
import fc from 'fast-check';
import { MAX_RECORD_CHARS, parseRecords, readRecords, recordSource, splitLines } from '../../src/io/records.js';
import { splitRecords } from '../../src/io/split-records.js';

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

describe('text without quotes is split, and reads exactly as csv-parse reads it', () => {
  // Whitespace of every kind csv-parse's trim knows, delimiters of every dialect, blank lines and ragged rows.
  const pieces = ['a', 'Week', '12', '1.234,5', ' ', '\t', '\u00A0', '\u202F', '\u3000', '\uFEFF', '\u2028', '\v', '\f', ',', ';', '|', '\t', '\n', '\n\n', 'Zoë', "it's", '#', '=1+2'];
  const both = (text: string, delimiter: ',' | ';' | '\t' | '|') => {
    const split: [number, string[]][] = [];
    const parsed: [number, string[]][] = [];
    splitLines(text, delimiter, (fields, line) => split.push([line, fields]));
    expect(parseRecords('f', text, delimiter, (fields, line) => parsed.push([line, fields]))).toBeUndefined();
    return { split, parsed };
  };

  it('on generated texts in every delimiter', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom(',' as const, ';' as const, '\t' as const, '|' as const), (parts, delimiter) => {
      const { split, parsed } = both(parts.join(''), delimiter);
      expect(split).toEqual(parsed);
    }), { numRuns: 500, seed: 13 });
  });

  it('on the edges: empty text, a lone line end, no final line end, trailing blank lines', () => {
    for (const text of ['', '\n', ' ', 'a\n ', 'a\n,', ' ,', 'a\n\u3000', 'a', 'a\n', 'a\n\n\n', '\n\na,b', ' , \n']) {
      const { split, parsed } = both(text, ',');
      expect(split).toEqual(parsed);
    }
  });

  it('a quote anywhere, or a line longer than csv-parse takes, goes to csv-parse', () => {
    const seen: string[][] = [];
    const quoted = recordSource('f', 'a,b\n"x, y",2\n', ',');
    quoted.visit((fields) => seen.push(fields));
    expect(seen).toEqual([['a', 'b'], ['x, y', '2']]);
    expect(quoted.path).toBe('quote-aware splitter');
    const long = `a\n${'x'.repeat(MAX_RECORD_CHARS + 1)}\nb\n`;
    const lines: number[] = [];
    const source = recordSource('f', long, ',');
    expect(source.path).toBe('general CSV reader (csv-parse)');
    expect(source.visit((_, line) => lines.push(line))).toBeUndefined();
    expect(lines).toEqual([1, 2, 3]);
  });
});

describe('quoted text is split as csv-parse reads it, or left to csv-parse', () => {
  const pieces = ['"', '""', '"a,b"', '" x "', 'a', '12', ' ', '\t', '\u00A0', '\u3000', '\v', ',', ';', '\n', '\n\n', '"line\nbreak"', 'Zoë', 'x"y', '"', ' "q" ', '\t"b"\t', '"""'];
  const bothWays = (text: string, delimiter: ',' | ';') => {
    const split: [number, string[]][] = [];
    const parsed: [number, string[]][] = [];
    const ok = splitRecords(text, delimiter, MAX_RECORD_CHARS, (fields, line) => split.push([line, fields]));
    const problem = parseRecords('f', text, delimiter, (fields, line) => parsed.push([line, fields]));
    return { ok, checked: splitRecords(text, delimiter, MAX_RECORD_CHARS, null), split, parsed, problem };
  };

  it('on generated texts: where the splitter reads, csv-parse reads the same without a problem', () => {
    let read = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.constantFrom(',' as const, ';' as const), (parts, delimiter) => {
      const r = bothWays(parts.join(''), delimiter);
      expect(r.checked).toBe(r.ok); // checking first decides as reading would
      if (!r.ok) return;
      read++;
      expect(r.problem).toBeUndefined();
      expect(r.split).toEqual(r.parsed);
    }), { numRuns: 3000, seed: 21 });
    expect(read).toBeGreaterThan(600); // most texts take the fast way
  });

  it('leaves to csv-parse what it refuses: an unclosed quote, text after a closing quote', () => {
    for (const text of ['a,b\n"open,1\n', 'a,b\n"x"y,1\n', 'a\n\u00A0"x"\n']) expect(splitRecords(text, ',', MAX_RECORD_CHARS, null)).toBe(false);
    expect(recordSource('f', 'a,b\n"open,1\n', ',').visit(() => {})).toMatchObject({ line: 2, message: expect.stringContaining('never closed') });
  });

  it('counts lines inside quoted fields, as the record that follows starts after them', () => {
    const lines: number[] = [];
    splitRecords('a,"b\n\nc"\nd,e\n', ',', MAX_RECORD_CHARS, (_, line) => lines.push(line));
    expect(lines).toEqual([1, 4]);
  });
});

describe('the splitters run in linear time', () => {
  /** Best of three: the cost of reading a text, in this process. */
  const cost = (read: () => void) => {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      read();
      best = Math.min(best, performance.now() - t);
    }
    return Math.max(best, 0.05);
  };
  // 50× the text: linear is about 50, quadratic 2,500; a loaded machine stretches single runs several times,
  // so the bound sits between. A ratio of two runs side by side (best of five), not a time limit.
  const growth = (make: (lines: number) => string, read: (text: string) => void) => {
    const [small, large] = [make(1_000), make(50_000)];
    return cost(() => read(large)) / cost(() => read(small));
  };

  it('a file without delimiters (one column) does not search the rest of the text on every line', () => {
    expect(growth((n) => 'week\n' + '2026-W05\n'.repeat(n), (t) => splitLines(t, ',', () => {}))).toBeLessThan(600);
  });

  it('quoted text, also one long quoted value per line', () => {
    expect(growth((n) => 'a,b\n' + '"x, y",2\n'.repeat(n), (t) => splitRecords(t, ',', MAX_RECORD_CHARS, () => {}))).toBeLessThan(600);
    expect(growth((n) => 'a\n' + `"${'word '.repeat(20)}"\n`.repeat(n), (t) => splitRecords(t, ',', MAX_RECORD_CHARS, () => {}))).toBeLessThan(600);
    // Quotes inside an unquoted value are kept as they are; a value of many of them is still one pass.
    expect(growth((n) => 'a,b\n' + `x${'"'.repeat(300)},2\n`.repeat(n), (t) => splitRecords(t, ',', MAX_RECORD_CHARS, () => {}))).toBeLessThan(600);
  });
});
