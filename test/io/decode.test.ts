import { describe, expect, it } from 'vitest';
import { decode } from '../../src/io/decode.js';

const text = (d: ReturnType<typeof decode>) => (d.ok ? [d.encoding, d.text] : ['refused', d.problem]);
const CSV = 'week;Verkäufer;dials\n2026-W45;Jürgen;106\n';

describe('decode', () => {
  it('reads UTF-8 with and without BOM (the BOM is removed: csv-parse keeps it by default)', () => {
    expect(text(decode('f', Buffer.from(CSV)))).toEqual(['utf-8', CSV]);
    expect(text(decode('f', Buffer.from('\uFEFF' + CSV)))).toEqual(['utf-8', CSV]);
  });

  it('reads UTF-16LE and UTF-16BE with BOM (Excel "Unicode text")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(text(decode('f', le))).toEqual(['utf-16le', CSV]);
    expect(text(decode('f', Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toEqual(['utf-16be', CSV]);
  });

  it('reads Excel "CSV (Macintosh)": Mac Roman with CR line ends (ä = 0x8A, ü = 0x9F, not Š and Ÿ)', () => {
    const mac = Buffer.from('week;Verk\x8Aufer;dials\r2026-W45;J\x9Frgen;106\r', 'latin1');
    expect(text(decode('f', mac))).toEqual(['macintosh', CSV.replaceAll('\n', '\r')]);
    // With LF line ends the same bytes are Windows-1252, as before.
    expect(text(decode('f', Buffer.from('a;\x8A\n', 'latin1')))).toEqual(['windows-1252', 'a;Š\n']);
  });

  it('reads Windows-1252 when the bytes are not UTF-8 but read as text', () => {
    const bytes = Buffer.from(CSV, 'latin1'); // ä, ü are the same bytes in Latin-1 and Windows-1252
    expect(text(decode('f', bytes))).toEqual(['windows-1252', CSV]);
    expect(text(decode('f', Buffer.from([0x80, 0x20, 0x35, 0x0a])))).toEqual(['windows-1252', '€ 5\n']);
  });

  it('never turns invalid bytes into U+FFFD: an odd-length UTF-16 body is refused', () => {
    expect(text(decode('f', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])))).toEqual(['refused', {
      file: 'f', message: 'the file starts with a UTF-16LE byte-order mark but is not valid UTF-16LE', hint: 'save it again as CSV UTF-8',
    }]);
  });

  it('refuses workbooks, PDFs and other binaries by their signatures', () => {
    const what = (bytes: number[]) => { const d = decode('f', Buffer.from(bytes)); return d.ok ? d.text : d.problem.message; };
    const hint = (bytes: number[]) => { const d = decode('f', Buffer.from(bytes)); return d.ok ? d.text : d.problem.hint; };
    expect(hint([...Buffer.from('%PDF-1.7\n')])).toBe('export the table as CSV from the spreadsheet or CRM it came from');
    expect(hint([0x1f, 0x8b, 0x08])).toBe('decompress it first (gunzip FILE), then pass the CSV inside');
    expect(what([0x50, 0x4b, 0x03, 0x04, 0x0a])).toBe('the file is an Excel workbook (.xlsx) or another zip archive, not CSV text');
    expect(what([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])).toBe('the file is an old Excel workbook (.xls), not CSV text');
    expect(what([...Buffer.from('%PDF-1.7\n')])).toBe('the file is a PDF document, not CSV text');
    expect(what([0x1f, 0x8b, 0x08])).toBe('the file is a gzip-compressed file, not CSV text');
    expect(what([0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x0a, 0x00])).toBe('the file looks like UTF-16 text without a byte-order mark');
    expect(what([0x41, 0x42, 0x01, 0x02, 0x00, 0x43])).toBe('the file is binary, not CSV text (a NUL byte at byte 5)');
  });

  it('refuses control characters with their position', () => {
    const d = decode('f', Buffer.from('week,dials\n2026-W45,1\u0007\n'));
    expect(d.ok ? null : d.problem).toMatchObject({ line: 2, column: 11, message: 'control character U+0007 in the text: the file is binary or corrupted, not CSV' });
  });

  it('an empty input decodes to empty text (the table reader says "empty")', () => {
    expect(text(decode('f', Buffer.alloc(0)))).toEqual(['utf-8', '']);
  });
});
