import type { Delimiter } from './dialect.js';

/** Receives each record's fields and the physical line where it starts, without the reader keeping it. */
export type RecordVisitor = (fields: string[], line: number) => void;

const QUOTE = 34; // "
const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;

/**
 * Reads CSV text ("\n" line ends) the way csv-parse reads it with our options (trim, relaxed quotes,
 * blank lines kept), in plain string operations: a field is either unquoted, taken up to the next
 * delimiter or line end with any quote in it kept, or quoted after optional spaces, with `""` for a
 * quote and line ends inside. With `visit` null it only checks that the text keeps to those forms.
 *
 * Returns false, having visited nothing when checking, at what csv-parse would refuse or read its own
 * way (text after a closing quote, a quote never closed, a record longer than `maxRecord`, other
 * whitespace before a quote): the caller then leaves the whole text to csv-parse, so its errors stay
 * its own. A test checks both read generated texts alike.
 */
export function splitRecords(text: string, delimiter: Delimiter, maxRecord: number, visit: RecordVisitor | null): boolean {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let line = 1;
  let pos = 0;
  while (pos < n) {
    const start = pos;
    const startLine = line;
    const fields: string[] = [];
    let quoted = false;
    for (;;) {
      // One field from pos: skip spaces and tabs to see whether it opens with a quote.
      let p = pos;
      while (p < n && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p++;
      if (p < n && text.charCodeAt(p) === QUOTE) {
        quoted = true;
        let value = '';
        const open = p + 1;
        let from = open;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) return false; // never closed: csv-parse says so
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value += text.slice(from, close);
          p = close + 1;
          break;
        }
        for (let i = open; i < p; i++) if (text.charCodeAt(i) === NEWLINE) line++;
        while (p < n && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p++;
        if (p < n && text.charCodeAt(p) !== d && text.charCodeAt(p) !== NEWLINE) return false; // text after the closing quote
        if (visit) fields.push(value);
        pos = p;
      } else {
        let p2 = pos;
        let blank = true; // only whitespace so far
        while (p2 < n) {
          const c = text.charCodeAt(p2);
          if (c === d || c === NEWLINE) break;
          if (c === QUOTE && blank) return false; // a quote after whitespace other than spaces and tabs
          if (blank && String.fromCharCode(c).trim() !== '') blank = false;
          p2++;
        }
        if (visit) fields.push(text.slice(pos, p2).trim());
        pos = p2;
      }
      if (pos - start > maxRecord) return false;
      if (pos < n && text.charCodeAt(pos) === d) {
        pos++;
        continue;
      }
      break; // a line end, or the end of the text
    }
    const atEnd = pos >= n;
    // csv-parse drops a last line without a line end that holds only whitespace (nor delimiter, nor quote).
    if (!(atEnd && !quoted && fields.length <= 1 && text.slice(start, pos).trim() === '' && !text.slice(start, pos).includes(delimiter))) {
      visit?.(fields, startLine);
    }
    if (!atEnd) pos++; // the line end
    line++;
  }
  return true;
}
