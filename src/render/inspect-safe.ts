/**
 * Makes a string from a file (header, label, file name) safe to print on a terminal or in a CI log:
 * control characters, escape sequences, bidirectional overrides, invisible and line-breaking
 * characters become visible \u{…} escapes, so a cell can neither recolour the screen, reorder what
 * follows it, hide itself nor break the layout. The one gate for every data string inspect prints.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/gu;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).padStart(4, '0')}}`);
}
