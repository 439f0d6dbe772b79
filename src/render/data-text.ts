/**
 * Strings that come from files (rep names, week labels, file names) on their way out. Until the
 * shared safe renderer lands, this is the one place track's renderers make them safe per channel.
 */

// C0 and C1 controls (ESC starts terminal escapes), DEL, and bidirectional overrides/isolates that
// can make a terminal or a review page show text in another order than it is.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** For a terminal or a log: every control character becomes a visible \u{…} escape. */
export function terminalText(s: string): string {
  return s.replace(UNSAFE_IN_TERMINAL, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

// Inline Markdown (GitHub-flavoured) syntax inside a table cell: emphasis, code, links, HTML tags
// and entities (mdTable escapes the cell border |). Block syntax (#, -, 1.) means nothing inside a cell.
const MARKDOWN_SYNTAX = /[\\`*_[\]<>~&]/g;

/** For a Markdown table cell: controls as in a terminal, then inline syntax backslash-escaped. */
export function markdownText(s: string): string {
  return terminalText(s).replace(MARKDOWN_SYNTAX, (ch) => `\\${ch}`);
}
