export type MdAlign = 'left' | 'right';

function mdCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A GitHub-flavoured Markdown table. */
export function mdTable(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly MdAlign[]): string {
  const al = align ?? head.map((_, i) => (i === 0 ? 'left' : 'right'));
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  const rule = `| ${al.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
