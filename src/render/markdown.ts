import { markdownCell } from './safe.js';

export type MdAlign = 'left' | 'right';

/** A GitHub-flavoured Markdown table; every cell made safe by render/safe (no HTML, links, or extra columns). */
export function mdTable(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly MdAlign[]): string {
  const al = align ?? head.map((_, i) => (i === 0 ? 'left' : 'right'));
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = `| ${al.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
