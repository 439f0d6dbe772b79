import { unicodeRegExp } from './unicode-regexp.js';

/**
 * Splits a header or a label into the words people meant: "SUM of Dials" → [sum, of, dials],
 * "meetingsBooked" → [meetings, booked], "hs_call_disposition" → [hs, call, disposition],
 * "Rückrufe (kurzfristig)" → [ruckrufe, kurzfristig], "# of DMs" → [#, of, dms].
 * Case and accents are ignored; `#` and `%` are kept as words of their own ("number of", "a percentage").
 * Matching works on these words, never on whole spellings.
 */
export function words(text: string): string[] {
  if (ASCII.test(text)) return asciiWords(text);
  const spaced = text
    // camelCase and PascalCase boundaries: "meetingsBooked", "DMReached" → "meetings Booked", "DM Reached"
    .replace(LOWER_UPPER(), '$1 $2')
    .replace(ACRONYM_WORD(), '$1 $2');
  const plain = ASCII.test(spaced) ? spaced.toLowerCase() : spaced.normalize('NFKD').replace(MARKS(), '').toLowerCase().replace(SHARP_S, 'ss');
  const out: string[] = [];
  for (const m of plain.matchAll(WORD())) out.push(m[0]);
  return out;
}

/**
 * words() of ASCII text, where the Unicode classes below come down to [a-z], [A-Z] and [0-9]: most headers
 * and labels are ASCII, and the Unicode expressions cost about a millisecond to build and first run.
 */
function asciiWords(text: string): string[] {
  const plain = text.replace(ASCII_LOWER_UPPER, '$1 $2').replace(ASCII_ACRONYM_WORD, '$1 $2').toLowerCase();
  const out: string[] = [];
  for (const m of plain.matchAll(ASCII_WORD)) out.push(m[0]);
  return out;
}

const ASCII = /^[\x00-\x7f]*$/;
const MARKS = unicodeRegExp(String.raw`\p{M}`, 'gu');
// Non-ASCII in a regular expression is written as an escape (ß): esbuild copies regex literals as they are,
// and one non-ASCII character makes Node read the whole bundle as a two-byte string (test/e2e/bundles.e2e.test.ts).
const SHARP_S = /\u00df/g;
const LOWER_UPPER = unicodeRegExp(String.raw`(\p{Ll}|\d)(\p{Lu})`, 'gu');
// "DMReached" → "DM Reached", but a plural acronym stays one word ("DMs", "CBs").
const ACRONYM_WORD = unicodeRegExp(String.raw`(\p{Lu})(\p{Lu}\p{Ll}{2,})`, 'gu');
// A word is a run of letters and digits; `#` and `%` stand alone.
const WORD = unicodeRegExp(String.raw`[\p{L}\p{N}]+|[#%]`, 'gu');
const ASCII_LOWER_UPPER = /([a-z0-9])([A-Z])/g;
const ASCII_ACRONYM_WORD = /([A-Z])([A-Z][a-z]{2,})/g;
const ASCII_WORD = /[a-z0-9]+|[#%]/g;
