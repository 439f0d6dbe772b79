import type { Problem } from '../errors.js';
import { strictUtf8 } from './utf8.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; problem: Problem };

const EXPORT_HINT = 'open it in your spreadsheet and export the table as CSV (File › Save As › CSV UTF-8)';

/** File signatures of formats people rename to .csv by mistake (or that a tool saved instead of CSV). */
const SIGNATURES: readonly { bytes: readonly number[]; what: string; hint?: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook (.xlsx) or another zip archive, not CSV text' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Excel workbook (.xls), not CSV text' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document, not CSV text', hint: 'export the table as CSV from the spreadsheet or CRM it came from' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file, not CSV text', hint: 'decompress it first (gunzip FILE), then pass the CSV inside' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], what: 'UTF-32 text, which funnel does not read', hint: 'save it as CSV UTF-8' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], what: 'UTF-32 text, which funnel does not read', hint: 'save it as CSV UTF-8' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a byte-order mark puts a NUL next to nearly every ASCII character. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let even = 0;
  let odd = 0;
  sample.forEach((b, i) => {
    if (b === 0) i % 2 === 0 ? even++ : odd++;
  });
  return Math.max(even, odd) * 2 >= sample.length * 0.8 && Math.min(even, odd) === 0;
}

function refuse(file: string, message: string, hint = EXPORT_HINT): Decoded {
  return { ok: false, problem: { file, message, hint } };
}

/** C0 controls other than tab, LF, CR, and the C1 block: text exports never contain them. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** 1-based line and column of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Windows-1252's 0x80–0x9F block (€, „, “, –, … ); the rest is ISO-8859-1. Decoded by table because
 * Node 20's TextDecoder('windows-1252') decodes ISO-8859-1 (0x80 → U+0080, not €). The five
 * undefined bytes stay C1 controls, which plausibleCp1252 rejects.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeCp1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function strict(encoding: Exclude<Encoding, 'windows-1252' | 'macintosh'>, bytes: Uint8Array): string | undefined {
  if (encoding === 'utf-8') return strictUtf8(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Windows-1252 decodes every byte, so "valid" means nothing: we accept it only when the result
 * reads like text — no control characters, and non-ASCII letters a minority (umlauts, not noise).
 */
function plausibleCp1252(text: string): boolean {
  if (CONTROL.test(text)) return false;
  const nonAscii = text.replace(/[\x00-\x7f]/g, '').length;
  return nonAscii * 4 <= text.length;
}

/**
 * Turns the bytes of an input into text, or refuses with a problem that says what the file is.
 * Invalid bytes never become U+FFFD: a file is decoded strictly or not at all.
 */
export function decode(file: string, bytes: Uint8Array): Decoded {
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) return refuse(file, `the file is ${sig.what}`, sig.hint);
  }
  const withBom = (encoding: 'utf-8' | 'utf-16le' | 'utf-16be', skip: number): Decoded => {
    const text = strict(encoding, bytes.subarray(skip));
    if (text === undefined) return refuse(file, `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`, 'save it again as CSV UTF-8');
    return checkText(file, text, encoding);
  };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return withBom('utf-8', 3);
  if (startsWith(bytes, [0xff, 0xfe])) return withBom('utf-16le', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return withBom('utf-16be', 2);

  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    if (looksLikeBomlessUtf16(bytes)) return refuse(file, 'the file looks like UTF-16 text without a byte-order mark', 'save it again as CSV UTF-8 (or as Unicode text, which has the mark)');
    return refuse(file, `the file is binary, not CSV text (a NUL byte at byte ${nul + 1})`);
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return checkText(file, utf8, 'utf-8');

  // Excel's "CSV (Macintosh)" is Mac Roman with CR line ends; as Windows-1252 its ä ö ü would read Š š Ÿ.
  if (bytes.includes(0x0d) && !bytes.includes(0x0a)) {
    const mac = new TextDecoder('macintosh').decode(bytes);
    if (!CONTROL.test(mac)) return { ok: true, text: mac, encoding: 'macintosh' };
  }
  const cp1252 = decodeCp1252(bytes);
  if (plausibleCp1252(cp1252)) return { ok: true, text: cp1252, encoding: 'windows-1252' };

  // Point at the first byte that is not UTF-8: the valid prefix re-encodes to the same bytes.
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const at = lossy.indexOf('\uFFFD');
  const byteOffset = Buffer.byteLength(lossy.slice(0, Math.max(at, 0)), 'utf8');
  const bad = bytes[byteOffset] ?? 0;
  const { line, column } = position(lossy, Math.max(at, 0));
  return {
    ok: false,
    problem: {
      file, line, column,
      message: `byte 0x${bad.toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8, and the file does not read as Windows-1252 text either`,
      hint: 'save the file as CSV UTF-8 (or check that it is really a CSV export)',
    },
  };
}

/** Said once per input that is not UTF-8, weekly table or call log alike: its letters are a guess. */
export function encodingNotice(file: string, encoding: Encoding): string | undefined {
  if (encoding === 'windows-1252') return `${file}: read as Windows-1252 text (it is not valid UTF-8)`;
  if (encoding === 'macintosh') return `${file}: read as Mac Roman text, Excel's "CSV (Macintosh)" (it is not valid UTF-8 and its lines end in CR)`;
  return undefined;
}

function checkText(file: string, text: string, encoding: Encoding): Decoded {
  const m = CONTROL.exec(text);
  if (m) {
    const { line, column } = position(text, m.index);
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { ok: false, problem: { file, line, column, message: `control character U+${code} in the text: the file is binary or corrupted, not CSV`, hint: EXPORT_HINT } };
  }
  return { ok: true, text, encoding };
}
