import { describe, expect, it } from 'vitest';
import { plainEnd, plainTextAbove, quotedEnd, skipFields } from '../../../src/io/calllog/scan-skip.js';

const NO = -1;
const COMMA = 44, SEMICOLON = 59, TAB = 9;

/** skipFields over `text` (whole lines, as the scanner passes them) from its start. */
function skip(text: string, fields: number, delimiter = COMMA): number {
  return skipFields(Buffer.from(text), 0, fields, delimiter, plainTextAbove(delimiter));
}

describe('skipping the values the report does not use', () => {
  it('ends after the line feed when exactly that many values end the line', () => {
    expect(skip('a,b,c\nnext\n', 3)).toBe(6);
    expect(skip('a,b,c\r\nnext\n', 3)).toBe(7);
    expect(skip(',,\n', 3)).toBe(3); // empty values count
    expect(skip('x;y z;1.5\n', 3, SEMICOLON)).toBe(10);
    expect(skip('x\ty,z\n', 2, TAB)).toBe(6);
  });

  it('crosses quoted values: delimiters and doubled quotes inside, CR inside', () => {
    const line = '1,"Company 1, Inc.","say ""hi"", then ""bye""","a\rb",""\n';
    expect(skip(line, 5)).toBe(line.length);
    expect(skip('"ünïcödé, ✓"\n', 1)).toBe(Buffer.byteLength('"ünïcödé, ✓"\n'));
  });

  it('refuses what the careful path must read: ragged rows, values over lines, stray quotes, lone CR', () => {
    expect(skip('a,b\n', 3)).toBe(NO); // a value missing
    expect(skip('a,b,c,d\n', 3)).toBe(NO); // one too many
    expect(skip('a,"call\nback",c\n', 3)).toBe(NO); // a quoted value over two lines
    expect(skip('a,in"side,c\n', 3)).toBe(NO); // a quote inside an unquoted value
    expect(skip('a,"x"y,c\n', 3)).toBe(NO); // text after a closing quote
    expect(skip('a,b\rc,d\n', 3)).toBe(NO); // a CR that does not end the line
  });

  it('finds value ends: plain at the delimiter or line end, quoted at its closing quote', () => {
    const above = plainTextAbove(COMMA);
    expect(plainEnd(Buffer.from('abc def,x\n'), 0, COMMA, above)).toBe(7);
    expect(plainEnd(Buffer.from('abc\r\n'), 0, COMMA, above)).toBe(3);
    expect(quotedEnd(Buffer.from('"a ""b"", c",x\n'), 1)).toBe(11);
    expect(quotedEnd(Buffer.from('"open\n"'), 1)).toBe(NO);
    // A long value (free-text notes) is searched natively: same answers.
    const note = 'called, said ""later"" '.repeat(10); // 230 characters, doubled quotes throughout
    expect(quotedEnd(Buffer.from(`"${note}",x\n`), 1)).toBe(1 + note.length);
    expect(quotedEnd(Buffer.from(`"${note}""\n`), 1)).toBe(NO); // ends in a doubled quote: still open at the line's end
    expect(quotedEnd(Buffer.from(`"${note}\nmore",x\n`), 1)).toBe(NO);
    expect(skip(`a,"${note}",b\n`, 3)).toBe(note.length + 7);
  });
});
