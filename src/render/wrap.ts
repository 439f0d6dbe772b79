/** Human output must stay readable in an 80-column terminal, CI log or pipe; a wider terminal gets its width. */
export const WIDTH = 80;

/** The width to lay out for: a terminal's own width (never under 80), else 80. */
export function layoutWidth(terminalColumns: number | undefined, toTerminal: boolean): number {
  return toTerminal && terminalColumns !== undefined && terminalColumns > WIDTH ? terminalColumns : WIDTH;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Visible length: colour codes take no room on screen. */
export const visible = (s: string) => s.replace(ANSI, '').length;

/** Greedy word wrap to `width` visible columns; a word longer than that gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && visible(line) + 1 + visible(word) > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return line === '' ? lines : [...lines, line];
}
