/**
 * Numbers as spreadsheets export them. A file uses one decimal mark: "," (Dutch/German locales,
 * with "." grouping thousands) or "." (with "," grouping thousands).
 */
export type DecimalMark = ',' | '.';

export type ParsedNumber = { ok: true; value: number } | { ok: false };

// Spaces (also no-break and narrow no-break, as French/Swiss exports group thousands) are dropped.
const SPACES = /[\s\u00A0\u202F]/g;
// Swiss exports group thousands with an apostrophe (1'234, also typographic 1’234): dropped when it groups by three.
const APOSTROPHE_GROUPED = /^-?\d{1,3}(?:['\u2019]\d{3})+(?:[.,]\d+)?$/;

/** The cell without its space and apostrophe thousands marks. */
function compact(raw: string): string {
  const s = raw.replace(SPACES, '');
  return APOSTROPHE_GROUPED.test(s) ? s.replace(/['\u2019]/g, '') : s;
}

const PATTERNS = {
  ',': { grouped: /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, plain: /^-?\d+(?:,\d+)?$/, group: /\./g },
  '.': { grouped: /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, plain: /^-?\d+(?:\.\d+)?$/, group: /,/g },
} as const;

/** What a count or an hours cell should look like in this file, said when a cell does not match. */
export function expectedNumber(kind: 'count' | 'hours', mark: DecimalMark): string {
  const thousands = mark === ',' ? '.' : ',';
  return kind === 'count'
    ? `expected a whole number such as 98 or 1${thousands}234 (this file groups thousands with "${thousands}")`
    : `expected hours such as 7${mark}5 or 7:30 (this file's decimal mark is "${mark}")`;
}

/** "1.234" in a decimal-point file (or "1,234" in a decimal-comma one): probably meant as a thousand. */
export function otherLocaleThousands(raw: string, mark: DecimalMark): boolean {
  return raw.length <= MAX_NUMBER_TEXT && PATTERNS[mark === ',' ? '.' : ','].grouped.test(compact(raw));
}

/**
 * No number or hours cell is longer: a longer one is not a number, and is refused before a pattern
 * looks at it (each pattern stays linear, but 64 characters keep even a slip cheap).
 */
export const MAX_NUMBER_TEXT = 64;

/**
 * Digits alone, as most cells are, read the same in either number format: the patterns below would
 * accept them unchanged. Fifteen digits and fewer are exact in a double.
 */
function isPlainDigits(raw: string): boolean {
  if (raw.length === 0 || raw.length > 15) return false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Parses one cell in the file's number format. Sign and fraction are kept; the schema judges them. */
export function parseNumber(raw: string, mark: DecimalMark): ParsedNumber {
  if (isPlainDigits(raw)) return { ok: true, value: Number(raw) };
  if (raw.length > MAX_NUMBER_TEXT) return { ok: false };
  const s = compact(raw);
  const p = PATTERNS[mark];
  if (!p.grouped.test(s) && !p.plain.test(s)) return { ok: false };
  const canonical = s.replace(p.group, '').replace(',', '.');
  return { ok: true, value: Number(canonical) };
}

// An hours unit after the number, as people type it: "7,5 h", "8u", "7.5 hrs", "6 Std.". The spaces
// before it are trimmed apart: `\s*` in front of an unanchored pattern backtracks quadratically.
const HOUR_UNIT = /(?:h|hrs?|hours?|u|uur|uren|std\.?|stunden)$/i;
const withoutHourUnit = (t: string) => t.replace(HOUR_UNIT, '').trimEnd();

/** Hours may also be written as a duration, h:mm (7:30 = 7.5 hours) or French 7h30, or with a unit (7,5 h). */
export function parseHours(raw: string, mark: DecimalMark): ParsedNumber {
  if (raw.length > MAX_NUMBER_TEXT) return { ok: false };
  const t = raw.trim();
  const m = /^(\d+)(?::|\s*h\s*)([0-5]\d)(?::[0-5]\d)?$/i.exec(t);
  if (m) return { ok: true, value: Number(m[1]) + Number(m[2]) / 60 };
  const bare = withoutHourUnit(t);
  return bare !== '' && bare !== t && /\d$/.test(bare) ? parseNumber(bare, mark) : parseNumber(t, mark);
}

// A mark followed by other than exactly three digits can only be a decimal mark.
const DECIMAL_EVIDENCE = { ',': /^-?\d+,(?:\d{1,2}|\d{4,})$|^-?\d{1,3}(?:\.\d{3})+,\d+$/, '.': /^-?\d+\.(?:\d{1,2}|\d{4,})$|^-?\d{1,3}(?:,\d{3})+\.\d+$/ } as const;

/**
 * The decimal mark of a file: what its numeric cells show when they show only one, otherwise
 * what the delimiter implies (";" files come from locales with a decimal comma).
 */
export function detectDecimalMark(cells: Iterable<string>, delimiter: string): DecimalMark {
  const evidence = new DecimalEvidence();
  for (const cell of cells) evidence.add(cell);
  return evidence.mark(delimiter);
}

/** The decimal mark cells show, gathered one cell at a time (a million-row table is never held whole). */
export class DecimalEvidence {
  private comma = false;
  private dot = false;

  add(cell: string): void {
    // Only a "," or "." can show a mark; most cells are plain digits and skip the patterns.
    if (cell.length > MAX_NUMBER_TEXT || (!cell.includes(',') && !cell.includes('.'))) return;
    const s = compact(withoutHourUnit(cell.trim())); // "7,5 h" shows a decimal comma too
    this.comma ||= DECIMAL_EVIDENCE[','].test(s);
    this.dot ||= DECIMAL_EVIDENCE['.'].test(s);
  }

  mark(delimiter: string): DecimalMark {
    if (this.comma !== this.dot) return this.comma ? ',' : '.';
    return delimiter === ';' ? ',' : '.';
  }
}
