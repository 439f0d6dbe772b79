/**
 * The one place where a string from a file (rep, week, outcome, header, file name, cell) is made safe
 * for the channel it goes to. Every renderer and every error or warning message uses it: data typed by
 * many people and exported by many products must not move a terminal's cursor, open a link, reorder
 * text, run a CI workflow command, break a Markdown table, start a spreadsheet formula or invalidate XML.
 *
 * Each function is total (any string in, a safe string out), linear in the input, and idempotent where
 * the channel allows it (made safe twice reads the same as once), so a message may pass through twice.
 */
import { groupThousands } from './format.js';

// C0 (tab, LF and CR too: one value is one line), DEL, C1 (U+009B is a one-byte CSI, U+0085 a line break),
// and the invisible characters that reorder or hide text: Arabic letter mark, zero-width space, LRM/RLM,
// line/paragraph separators, bidi embeddings/overrides/isolates, word joiner and invisible operators,
// byte-order mark, interlinear annotations; and lone surrogates, which no encoder can write.
// Zero-width (non-)joiners U+200C/D stay: scripts and emoji need them and they reorder nothing.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** An unsafe character as a visible escape: \n, \x1B, \u202E. */
function visibleEscape(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A CI runner reads a line whose first non-blank characters are `::` (GitHub Actions) or `##[` (its
 * older syntax) as a workflow command. Data that starts a word so may end up at a line start after
 * wrapping, so every such word start gets a backslash: `\::error`.
 */
const WORKFLOW_COMMAND = /(^|\s)(::|##\[)/g;

/** Data for a terminal, a log or any plain-text channel: one line, nothing invisible, no CI command. */
export function terminal(text: string): string {
  const visible = text.replace(UNSAFE, visibleEscape);
  return visible.includes('::') || visible.includes('##[') ? visible.replace(WORKFLOW_COMMAND, '$1\\$2') : visible;
}

/** How much of one value a message shows: enough to recognise it, never a whole 10 MB cell. */
export const MESSAGE_CUT = 80;

/**
 * The first `max` characters and a count of the rest: "aaaa… (10,000,000 characters)". Never splits a
 * surrogate pair.
 */
export function cut(text: string, max = MESSAGE_CUT): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}… (${groupThousands(text.length)} characters)`;
}

/** A value quoted in a message: "Ann\x1B[31m", cut to MESSAGE_CUT characters. */
export function quote(text: string, max = MESSAGE_CUT): string {
  return `"${terminal(cut(text, max))}"`;
}

// --- a shell command line (a flag we suggest, with a value from the data) ---

/**
 * One quoted shell word that pastes back as exactly the text: in double quotes when nothing inside
 * them means anything to a shell, else in single quotes (a quote inside as '\\''). An outcome such
 * as `x"; rm -rf ~; "` stays one value.
 */
export function shellWord(text: string): string {
  const word = /^[^"$`\\!]*$/.test(text) ? `"${text}"` : `'${text.replace(/'/g, "'\\''")}'`;
  return terminal(word);
}

// --- Markdown (GitHub-flavoured: --format md, $GITHUB_STEP_SUMMARY) ---

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Inline Markdown syntax: emphasis, code, links and images, tables, math, strikethrough, escapes. */
const MD_SYNTAX = /[\\`*_{}[\]()!|~$]/g;

/**
 * Data in a Markdown table cell or inline text: HTML escaped (no `<img onerror>`), inline syntax escaped
 * (no link, image, emphasis, code, math or extra table column), one line, and bare URLs lose their
 * autolink. What it escapes renders as the same characters.
 */
export function markdownCell(text: string): string {
  return terminal(text)
    .replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]!)
    .replace(MD_SYNTAX, '\\$&')
    .replace(/(?<=[a-z])(?=:\/\/)|(?<=\bwww)(?=\.)/gi, '\\');
}

/**
 * Data that may begin a line of Markdown (a quoted warning, a list item): as markdownCell, and nothing
 * at its start opens a block — heading, list, thematic break, setext underline or indented code.
 */
export function markdown(text: string): string {
  return markdownCell(text)
    .replace(/^ +/, (s) => '&#32;'.repeat(s.length))
    .replace(/^[#+=-]|^\d{1,9}(?=[.)](?:\s|$))/, (s) => (/\d/.test(s) ? `${s}\\` : `\\${s}`));
}

// --- CSV (spreadsheets) ---

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula (a tab or CR first too, but those are
 * escaped visibly before). Excel with `;` as list separator splits `Ann;=HYPERLINK(…)` into two cells
 * even inside quotes, so every piece after a `,` or `;` is guarded too, not only the value's start,
 * also behind spaces and quotes (OWASP: prefix an apostrophe).
 */
const FORMULA_START = /(^|[,;])(?=[\s"']*[=+\-@])/g;

/** One CSV cell; numbers we write stay numbers. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = terminal(value).replace(FORMULA_START, "$1'");
  return /[",;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// --- XML 1.0 (JUnit) ---

const XML_ENTITIES: Readonly<Record<string, string>> = { ...HTML_ENTITIES, "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/**
 * Data in an XML attribute value. Unsafe characters become visible escapes first, so what remains is
 * always a valid XML 1.0 character (U+FFFE/U+FFFF, which XML forbids, are dropped).
 */
export function xmlAttr(text: string): string {
  return terminal(text).replace(/[\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

/**
 * Element content that we composed over several lines from safe pieces: line breaks and tabs stay,
 * every other character XML 1.0 cannot carry (or a terminal would obey) is escaped visibly.
 */
export function xmlText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\t').map(xmlAttr).join('\t'))
    .join('\n');
}

// --- CI annotations (GitHub Actions workflow commands) ---

/**
 * A workflow command's message: the runner reads `%`, CR and LF escaped as %25, %0D, %0A (and turns
 * them back into line breaks inside the annotation); every other unsafe character is escaped visibly.
 */
export function annotationData(text: string): string {
  return terminal(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A workflow command's property value (file=, title=): also `:` and `,`, which end a property. */
export function annotationProperty(text: string): string {
  return annotationData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// --- HTML ---

/** Data in HTML text or a quoted attribute value. */
export function html(text: string): string {
  return terminal(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

// --- JSON ---

// JSON.stringify leaves C1 controls, bidi and line separators raw; as \uXXXX they parse back the same.
const JSON_INVISIBLE = /[\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;

/**
 * JSON that reads back to exactly the same data, and that no terminal obeys when printed (`jq` off):
 * characters JSON.stringify keeps raw but a terminal would obey are written as \uXXXX escapes.
 */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// --- the last line of defence on the way out ---

// Our colour codes (SGR: ESC [ … m) are the only escape sequences we write ourselves.
// eslint-disable-next-line no-control-regex
const STRAY = /\u001B\[[0-9;]*m|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;

/** A rendered result on its way out: each piece through the net, ending in a line break, empty pieces dropped. */
export function* netted(rendered: string | Iterable<string>): Generator<string> {
  let last = '';
  for (const piece of typeof rendered === 'string' ? [rendered] : rendered) {
    if (piece === '') continue;
    last = piece;
    yield outputNet(piece);
  }
  if (last !== '' && !last.endsWith('\n')) yield '\n';
}

/**
 * What reaches stdout or stderr: anything a renderer let through by mistake is escaped, except our own
 * line breaks, tabs and colour codes. Data was already made safe where it was placed; this is a net.
 */
export function outputNet(text: string): string {
  return text.replace(STRAY, (c) => (c.length > 1 ? c : visibleEscape(c)));
}
